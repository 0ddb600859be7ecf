// Bundles the Electron main process and the preload into single CommonJS files under out/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Left out of the main bundle and loaded from node_modules at run time. Electron is provided by
 * the runtime; better-sqlite3 and sharp carry native binaries (sharp finds its libvips build in
 * the @img/* package for the platform); libheif-js (HEIC decoding in WebAssembly) is LGPL, so it
 * stays a separate, replaceable module rather than part of our bundle; so does mediabunny (MPL-2.0,
 * the remux that strips clips: its unmodified source ships in its own folder); pg (the studio
 * server's client, which handles its password and TLS) stays an installed runtime dependency, so
 * `npm audit --omit=dev` and the lockfile name the version the app ships. Everything else is bundled, which is why package.json
 * `dependencies` may list only these (tests/unit/packaging.test.ts checks it).
 */
export const mainExternals = [
  'electron',
  'better-sqlite3',
  'sharp',
  'libheif-js',
  'mediabunny',
  'pg',
];

/** @type {import('esbuild').BuildOptions} */
export const mainBundle = {
  absWorkingDir: root,
  entryPoints: ['main/index.ts'],
  outfile: 'out/main/index.cjs',
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: mainExternals,
  logLevel: 'warning',
};

/**
 * HEIC decoding runs on a worker thread (main/photos/heic.ts), which loads this file from beside
 * the main bundle.
 */
/** @type {import('esbuild').BuildOptions} */
export const heicWorkerBundle = {
  ...mainBundle,
  entryPoints: ['main/photos/heic-worker.ts'],
  outfile: 'out/main/heic-worker.cjs',
};

/**
 * The full check of the database file runs on a worker thread (main/db/integrity-check.ts), which
 * loads this file from beside the main bundle.
 */
/** @type {import('esbuild').BuildOptions} */
export const integrityWorkerBundle = {
  ...mainBundle,
  entryPoints: ['main/db/integrity-worker.ts'],
  outfile: 'out/main/integrity-worker.cjs',
};

/**
 * The preload runs in a sandboxed renderer, whose `require` only knows `electron` and a few
 * polyfills, so everything it imports must be inside this one file.
 */
/** @type {import('esbuild').BuildOptions} */
export const preloadBundle = {
  absWorkingDir: root,
  entryPoints: ['main/preload.ts'],
  outfile: 'out/preload/index.cjs',
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

export async function buildMain() {
  for (const folder of ['out/main', 'out/preload']) {
    fs.rmSync(path.join(root, folder), { recursive: true, force: true });
  }
  await Promise.all([
    build(mainBundle),
    build(heicWorkerBundle),
    build(integrityWorkerBundle),
    build(preloadBundle),
  ]);
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  try {
    await buildMain();
    console.log(
      'Built out/main/index.cjs, out/main/heic-worker.cjs, out/main/integrity-worker.cjs and out/preload/index.cjs',
    );
  } catch (error) {
    // esbuild has already printed the errors with their locations.
    process.exitCode = 1;
    if (!(error instanceof Error && 'errors' in error)) console.error(error);
  }
}
