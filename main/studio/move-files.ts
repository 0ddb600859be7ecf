/**
 * Copies the stored photo and clip files that moved rows name into the server's `photo_files`,
 * one file at a time (a studio's clips can add up to gigabytes), and checks them there.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { PoolClient } from 'pg';
import { AppError } from '../../shared/errors';
import type { PhotoStore } from '../photos/store';

/** Hashes per verifying statement. */
const VERIFY_BATCH = 500;

export async function copyFiles(
  photos: PhotoStore,
  server: PoolClient,
  files: ReadonlyMap<string, string>,
  now: string,
  onFile: () => void,
): Promise<void> {
  for (const [hash, mediaType] of files) {
    // The same bytes under the same name: a colleague's copy of the same file is this one. Held
    // until the move commits, so a colleague's erase does not sweep it away as unused meanwhile.
    const present = await server.query('SELECT 1 FROM photo_files WHERE hash = $1 FOR SHARE', [
      hash,
    ]);
    if (present.rowCount === 0) {
      const content = readChecked(photos, hash);
      await server.query(
        'INSERT INTO photo_files (hash, media_type, content, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING',
        [hash, mediaType, content, now],
      );
    }
    onFile();
  }
}

function readChecked(photos: PhotoStore, hash: string): Buffer {
  let content: Buffer;
  try {
    content = fs.readFileSync(photos.pathOf(hash));
  } catch {
    throw new AppError(
      'not-found',
      `A photo or clip file is missing from this computer’s photo folder (${photos.pathOf(hash)}), so the records that show it cannot be moved whole.`,
    );
  }
  if (createHash('sha256').update(content).digest('hex') !== hash)
    throw new AppError(
      'database-damaged',
      `A photo or clip file on this computer is damaged: its contents no longer match its name (${photos.pathOf(hash)}).`,
    );
  return content;
}

/**
 * How many of these files the server holds with bytes whose SHA-256, recomputed by the server
 * from what it stored, is the file's name.
 */
export async function countVerifiedFiles(
  server: PoolClient,
  hashes: readonly string[],
): Promise<number> {
  let verified = 0;
  for (let start = 0; start < hashes.length; start += VERIFY_BATCH) {
    const { rows } = await server.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM photo_files WHERE hash = ANY($1) AND encode(sha256(content), 'hex') = hash",
      [hashes.slice(start, start + VERIFY_BATCH)],
    );
    verified += rows[0]?.n ?? 0;
  }
  return verified;
}
