import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PhotoCopyCount } from '../../shared/channels/backups';
import { syncDirectory } from '../durable';
import { createPhotoStore, SHA256_HEX } from '../photos/store';

/**
 * The photo hashes a database file mentions: assessment and exercise photos and the studio logo. Read from the
 * copy itself (not the live database) so the photo set matches that snapshot exactly; a database
 * older than a table simply has none of its photos.
 * Anything that is not a well-formed hash is skipped: a file picked by the practitioner is not
 * trusted to name paths.
 */
export function photoHashesIn(databaseFile: string): string[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const sources = [
      { table: 'photos', query: 'SELECT hash FROM photos' },
      { table: 'exercise_photos', query: 'SELECT hash FROM exercise_photos' },
      {
        table: 'settings',
        query: "SELECT value ->> '$' AS hash FROM settings WHERE key = 'logo'",
      },
    ].filter(({ table }) =>
      db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table),
    );
    if (sources.length === 0) return [];
    const rows = db.prepare(sources.map(({ query }) => query).join(' UNION ')).all() as {
      hash: unknown;
    }[];
    return rows.flatMap((row) =>
      typeof row.hash === 'string' && SHA256_HEX.test(row.hash) ? [row.hash] : [],
    );
  } finally {
    db.close();
  }
}

/**
 * Copies the photos named by `hashes` that `targetRoot` lacks, looking in each source folder in
 * turn. Each copy is checked against its hash (a damaged file must never take a good file's name),
 * written under a temporary name, fsynced, renamed, and its folder fsynced. Existing files are
 * never touched: the same name always means the same bytes.
 */
export async function copyMissingPhotos(
  hashes: readonly string[],
  sourceRoots: readonly string[],
  targetRoot: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<PhotoCopyCount> {
  const target = createPhotoStore(targetRoot);
  const sources = sourceRoots.map((root) => createPhotoStore(root));
  const touchedFolders = new Set<string>();
  const count: PhotoCopyCount = { copied: 0, missing: 0 };

  let done = 0;
  onProgress(done, hashes.length);
  for (const hash of hashes) {
    if (!target.has(hash)) {
      const bytes = await readVerified(hash, sources);
      if (bytes) {
        await writeDurably(target.pathOf(hash), bytes);
        touchedFolders.add(path.dirname(target.pathOf(hash)));
        count.copied += 1;
      } else {
        count.missing += 1;
      }
    }
    done += 1;
    onProgress(done, hashes.length);
  }
  for (const folder of touchedFolders) syncDirectory(folder);
  if (touchedFolders.size > 0) {
    syncDirectory(targetRoot);
    syncDirectory(path.dirname(targetRoot));
  }
  return count;
}

async function readVerified(
  hash: string,
  sources: readonly ReturnType<typeof createPhotoStore>[],
): Promise<Buffer | null> {
  for (const source of sources) {
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(source.pathOf(hash));
    } catch {
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') === hash) return bytes;
  }
  return null;
}

async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  try {
    const handle = await fs.promises.open(partial, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(partial, file);
  } catch (error) {
    await fs.promises.rm(partial, { force: true });
    throw error;
  }
}
