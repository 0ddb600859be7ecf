import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
// js-yaml 4 ships no type declarations; `load` is all this test needs.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface PackageJson {
  main: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

interface BuildScript {
  mainBundle: BuildOptions;
  heicWorkerBundle: BuildOptions;
  preloadBundle: BuildOptions;
  mainExternals: string[];
}

const packageJson = JSON.parse(
  fs.readFileSync(path.join(root, 'package.json'), 'utf8'),
) as PackageJson;
const builderConfig = yaml.load(
  fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
) as Record<string, unknown>;

async function loadBuildScript(): Promise<BuildScript> {
  const module: unknown = await import(
    pathToFileURL(path.join(root, 'scripts/build-main.mjs')).href
  );
  return module as BuildScript;
}

/** Bundles in memory with the build script's own options and lists what was left external. */
async function externalImports(options: BuildOptions): Promise<string[]> {
  const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' });
  const metafile: Metafile = result.metafile;
  const externals = Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
  return [...new Set(externals.map(packageName))].sort();
}

/** `libheif-js/wasm-bundle.js` is loaded from the package `libheif-js`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}

describe('electron-builder.yml', () => {
  it('is valid against the schema electron-builder ships', () => {
    const schemaFile = require.resolve('app-builder-lib/scheme.json');
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    // electron-builder's own marker for options that take a function; YAML cannot hold one.
    ajv.addKeyword('typeof');
    const validate = ajv.compile(schema);

    const valid = validate(builderConfig);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('ships only the built output, without source maps', () => {
    expect(builderConfig.files).toEqual(['out/**', 'package.json', '!**/*.map']);
    expect(builderConfig.asar).toBe(true);
    expect(builderConfig.asarUnpack).toEqual(['**/*.node', 'node_modules/@img/**']);
  });

  it('flips the release fuses', () => {
    expect(builderConfig.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never publishes from a build', () => {
    expect(builderConfig.publish).toBeNull();
  });
});

/** Parsed with the plist reader electron-builder itself uses, so a malformed file fails here. */
function readEntitlements(file: string): Record<string, unknown> {
  const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
  const plist = fromBuilder('plist') as { parse(text: string): unknown };
  return plist.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
}

describe('macOS hardened runtime', () => {
  const mac = builderConfig.mac as Record<string, unknown>;

  it('signs the app and its helpers with Stance’s own entitlements, which allow the camera', () => {
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.entitlements).toBe('build/entitlements.mac.plist');
    expect(mac.entitlementsInherit).toBe('build/entitlements.mac.inherit.plist');
    for (const file of [mac.entitlements, mac.entitlementsInherit] as string[]) {
      // V8 compiles at run time; the camera is how the practitioner takes posture photos.
      expect(readEntitlements(file), file).toEqual({
        'com.apple.security.cs.allow-jit': true,
        'com.apple.security.device.camera': true,
      });
    }
  });

  it('tells the practitioner why Stance asks for the camera', () => {
    const info = mac.extendInfo as Record<string, unknown>;
    expect(info.NSCameraUsageDescription).toMatch(/camera.*photo/i);
  });
});

describe('package.json', () => {
  let script: BuildScript;
  let mainExternals: string[];
  let preloadExternals: string[];

  beforeAll(async () => {
    script = await loadBuildScript();
    const [main, heicWorker, preload] = await Promise.all([
      externalImports(script.mainBundle),
      externalImports(script.heicWorkerBundle),
      externalImports(script.preloadBundle),
    ]);
    mainExternals = [...new Set([...main, ...heicWorker])].sort();
    preloadExternals = preload;
  });

  it('starts the app from the built main bundle', () => {
    expect(packageJson.main).toBe('out/main/index.cjs');
    expect(script.mainBundle.outfile).toBe(packageJson.main);
    expect(script.preloadBundle.outfile).toBe('out/preload/index.cjs');
    expect(script.heicWorkerBundle.outfile).toBe('out/main/heic-worker.cjs');
  });

  it('lists as runtime dependencies exactly the packages main loads from node_modules', () => {
    const loadedFromNodeModules = mainExternals.filter(
      (specifier) => specifier !== 'electron' && !isNodeBuiltin(specifier),
    );
    expect(Object.keys(packageJson.dependencies ?? {}).sort()).toEqual(loadedFromNodeModules);
    expect(loadedFromNodeModules).toEqual([
      'better-sqlite3',
      'libheif-js',
      'mediabunny',
      'pg',
      'sharp',
    ]);
  });

  it('keeps Electron itself a development dependency (the runtime provides it)', () => {
    expect(packageJson.dependencies ?? {}).not.toHaveProperty('electron');
    expect(packageJson.devDependencies ?? {}).toHaveProperty('electron');
  });

  it('leaves nothing external in the sandboxed preload but electron', () => {
    expect(preloadExternals).toEqual(['electron']);
  });

  it('keeps the externals list of the build script in step with what is left external', () => {
    expect([...script.mainExternals].sort()).toEqual(
      mainExternals.filter((specifier) => !isNodeBuiltin(specifier)),
    );
  });
});
