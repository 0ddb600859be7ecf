import fs from 'node:fs';
import path from 'node:path';
import { addUse, type PackageUse } from './bundled';
import { installedDir } from './package-dir';

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * The production dependency tree as installed, which is what electron-builder copies into the
 * app: `dependencies` and their dependencies, plus the optional ones npm installed for this
 * platform (sharp's @img/* binaries for this operating system and processor only).
 */
export function runtimePackages(root: string): PackageUse {
  const uses: PackageUse = new Map();
  const visit = (fromDir: string, manifest: Manifest): void => {
    const wanted = [
      ...Object.keys(manifest.dependencies ?? {}).map((name) => ({ name, optional: false })),
      ...Object.keys(manifest.optionalDependencies ?? {}).map((name) => ({ name, optional: true })),
    ];
    for (const { name, optional } of wanted) {
      const dir = installedDir(root, fromDir, name);
      if (!dir) {
        if (optional) continue;
        throw new Error(`${name} (needed by ${fromDir}) is not installed; run npm ci first.`);
      }
      if (uses.has(dir)) continue;
      addUse(uses, dir, 'installed runtime dependency');
      visit(dir, readManifest(dir));
    }
  };
  visit(root, readManifest(root));
  return uses;
}
