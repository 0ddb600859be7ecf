import fs from 'node:fs';
import path from 'node:path';

/**
 * The package folder a bundled file came from (`…/node_modules/@scope/name`), or null for the
 * project's own files. The last `node_modules` wins, so a nested copy counts as its own package.
 */
export function packageDirOf(file: string): string | null {
  const normal = file.replaceAll('\\', '/');
  const marker = 'node_modules/';
  const at = normal.lastIndexOf(marker);
  if (at < 0) return null;
  const segments = normal.slice(at + marker.length).split('/');
  const nameLength = segments[0]?.startsWith('@') ? 2 : 1;
  if (segments.length <= nameLength) return null;
  return path.resolve(
    normal.slice(0, at + marker.length) + segments.slice(0, nameLength).join('/'),
  );
}

/** Node's lookup: the nearest `node_modules/<name>` from `fromDir` up to the project root. */
export function installedDir(root: string, fromDir: string, name: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
