import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild, type Plugin, type Rolldown } from 'vite';
import { installedDir, packageDirOf } from './package-dir';
import type { ShippedAs } from './types';

/** Package folder -> where its code ended up. */
export type PackageUse = Map<string, Set<ShippedAs>>;

interface BuildScript {
  mainBundle: BuildOptions;
  preloadBundle: BuildOptions;
}

export function addUse(uses: PackageUse, dir: string, as: ShippedAs): void {
  const known = uses.get(dir) ?? new Set<ShippedAs>();
  known.add(as);
  uses.set(dir, known);
}

/**
 * The files esbuild read into one bundle, from its metafile. Built in memory with the build
 * script's own options, so the list is exactly what `npm run build:main` bundles.
 */
async function esbuildInputs(options: BuildOptions, root: string): Promise<string[]> {
  const result = await esbuild({ ...options, write: false, metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input));
}

/**
 * The modules and asset files in the renderer build. Fonts and images are not modules: they come
 * from the emitted assets' original file names (the @fontsource files are found this way).
 */
async function rendererInputs(root: string): Promise<string[]> {
  let viteRoot = root;
  const rootProbe: Plugin = {
    name: 'stance-notices-root',
    configResolved(config) {
      viteRoot = config.root;
    },
  };
  // Web Workers (the pose detector) are bundled by a build of their own; this reads its modules.
  const workerModules: string[] = [];
  const workerProbe = (): Plugin => ({
    name: 'stance-notices-worker',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk') workerModules.push(...file.moduleIds);
    },
  });
  const result = await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    plugins: [rootProbe],
    worker: { plugins: () => [workerProbe()] },
    build: { write: false, sourcemap: false },
  });
  const outputs: Rolldown.RolldownOutput[] = Array.isArray(result)
    ? result
    : 'output' in result
      ? [result]
      : [];
  if (outputs.length === 0) throw new Error('The renderer build returned no output to read.');
  const moduleFiles = (ids: readonly string[]) =>
    ids
      // Virtual modules (`\0…`) are the bundler's own helpers; queries mark a variant.
      .filter((id) => !id.startsWith('\0'))
      .map((id) => id.split('?')[0] ?? id);
  const files = [
    ...outputs.flatMap(({ output }) =>
      output.flatMap((file) =>
        file.type === 'chunk'
          ? moduleFiles(file.moduleIds)
          : file.originalFileNames.map((name) => path.resolve(viteRoot, name)),
      ),
    ),
    ...moduleFiles(workerModules),
  ];
  return [
    ...files,
    ...files.filter((file) => file.endsWith('.css')).flatMap((file) => cssImports(root, file)),
  ];
}

/**
 * Packages a stylesheet pulls in with `@import 'package/…'`. The build inlines them, so they are
 * neither modules nor assets; a package whose CSS brings no font or image would otherwise be missed.
 */
function cssImports(root: string, cssFile: string): string[] {
  if (!fs.existsSync(cssFile)) return [];
  const css = fs.readFileSync(cssFile, 'utf8');
  return [...css.matchAll(/@import\s+(?:url\()?['"]([^'"./][^'"]*)['"]/g)].flatMap((match) => {
    const parts = (match[1] ?? '').split('/');
    const name = (parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
    const dir = installedDir(root, path.dirname(cssFile), name);
    return dir ? [path.join(dir, 'package.json')] : [];
  });
}

/** Every third-party package whose code or files are inside the main, preload or renderer build. */
export async function bundledPackages(root: string): Promise<PackageUse> {
  const buildScript = (await import(
    pathToFileURL(path.join(root, 'scripts/build-main.mjs')).href
  )) as BuildScript;
  const [main, preload, renderer] = await Promise.all([
    esbuildInputs(buildScript.mainBundle, root),
    esbuildInputs(buildScript.preloadBundle, root),
    rendererInputs(root),
  ]);
  const uses: PackageUse = new Map();
  const record = (files: string[], as: ShippedAs) => {
    for (const file of files) {
      const dir = packageDirOf(file);
      if (dir) addUse(uses, dir, as);
    }
  };
  record(main, 'bundled into main');
  record(preload, 'bundled into preload');
  record(renderer, 'bundled into renderer');
  return uses;
}
