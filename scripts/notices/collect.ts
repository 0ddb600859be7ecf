import fs from 'node:fs';
import path from 'node:path';
import { addUse, bundledPackages, type PackageUse } from './bundled';
import {
  poseModelNotice,
  sqliteNotice,
  withApacheTextWhenMissing,
  withChromiumPointer,
  withLesserGplTexts,
} from './embedded';
import { packageNotice } from './package-notice';
import { runtimePackages } from './runtime';
import type { Notice } from './types';

/** Where the build writes the notices; electron-builder.yml copies it from here. */
export const NOTICES_OUTPUT = 'out/legal/THIRD-PARTY-NOTICES.txt';

function electronDir(root: string): string {
  const dir = path.join(root, 'node_modules/electron');
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    throw new Error('Electron is not installed; run npm ci first.');
  }
  return dir;
}

/** Every package the built app contains, and where each one ended up. */
export async function shippedPackages(root: string): Promise<PackageUse> {
  const uses = await bundledPackages(root);
  for (const [dir, ways] of runtimePackages(root)) {
    for (const way of ways) addUse(uses, dir, way);
  }
  addUse(uses, electronDir(root), 'Electron runtime');
  return uses;
}

/**
 * One notice per shipped package (a package found twice, say zod in main and in the renderer, is
 * listed once with both places), plus SQLite, which better-sqlite3 compiles in.
 */
export function noticesFor(uses: PackageUse): Notice[] {
  const notices = [...uses].map(([dir, ways]) => {
    const notice = withApacheTextWhenMissing(
      withLesserGplTexts(packageNotice(dir, ways), dir),
      dir,
    );
    return ways.has('Electron runtime') ? withChromiumPointer(notice) : notice;
  });
  const betterSqlite = [...uses.keys()].find((dir) => path.basename(dir) === 'better-sqlite3');
  if (betterSqlite) notices.push(sqliteNotice(betterSqlite));
  return mergeSameVersions(notices);
}

export async function collectNotices(root: string): Promise<Notice[]> {
  return [...noticesFor(await shippedPackages(root)), poseModelNotice(root)];
}

/** Two installed copies of one version (nested node_modules) make one entry. */
function mergeSameVersions(notices: Notice[]): Notice[] {
  const byKey = new Map<string, Notice>();
  for (const notice of notices) {
    const key = `${notice.name}@${notice.version}`;
    const known = byKey.get(key);
    byKey.set(
      key,
      known
        ? { ...known, shippedAs: [...new Set([...known.shippedAs, ...notice.shippedAs])].sort() }
        : notice,
    );
  }
  return [...byKey.values()];
}
