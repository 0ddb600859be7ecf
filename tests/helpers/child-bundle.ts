import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Bundles a child-process script (and the real main/ code it imports) into one .cjs file: tsx
 * costs ~0.5 s per start, a bundle a fraction of that. The modules main's own build leaves out
 * (native addons, and libheif-js) stay outside the bundle, pointed at this repository's
 * node_modules.
 */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.cjs`);
  const resolveFromRepo = createRequire(import.meta.url).resolve;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'silent',
    plugins: [
      {
        name: 'native-modules',
        setup: (bundler) => {
          bundler.onResolve({ filter: /^(better-sqlite3|sharp|libheif-js)(\/.*)?$/ }, (args) => ({
            path: resolveFromRepo(args.path),
            external: true,
          }));
        },
      },
    ],
  });
  return outfile;
}
