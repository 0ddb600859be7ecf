import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { fileReferenceProblems, isHashReferenced, referencedHashes } from '../db/file-references';
import { insertPhoto, type PhotoRow } from '../db/repositories/photos';
import type { PhotoStore } from './store';

export interface NewPhoto extends Omit<PhotoRow, 'id' | 'hash' | 'bytes' | 'createdAt'> {
  thumbnail: Uint8Array | null;
  data: Uint8Array;
}

/**
 * The file is on disk and synced before its row commits, so a crash can leave at worst an
 * unreferenced file (swept later), never a row pointing at nothing.
 */
export function addPhoto(db: Db, store: PhotoStore, photo: NewPhoto, now: Date): PhotoRow {
  const hash = store.put(photo.data);
  const { data, thumbnail, ...fields } = photo;
  const row: PhotoRow = {
    ...fields,
    id: randomUUID(),
    hash,
    bytes: data.byteLength,
    createdAt: now.toISOString(),
  };
  insertPhoto(db, row, thumbnail);
  return row;
}

/** Removes the files of `hashes` that no row uses any more (after an erase). */
export function removeUnreferencedPhotos(
  db: Db,
  store: PhotoStore,
  hashes: Iterable<string>,
): number {
  let removed = 0;
  for (const hash of hashes) {
    if (!isHashReferenced(db, hash) && store.remove(hash)) removed += 1;
  }
  return removed;
}

/** The sweep would delete files it cannot see are in use, so it stops instead. */
export class SweepRefused extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      'Stance did not tidy away unused photo files this time, and deleted nothing, because its ' +
        'list of what uses a stored file does not match the database: ' +
        `${problems.join('; ')}. Your photos are safe; this needs a fix in Stance itself.`,
    );
    this.name = 'SweepRefused';
  }
}

/**
 * Deletes files no row uses. Files younger than the grace period are left alone: one may belong
 * to a photo whose row is about to commit. Throws `SweepRefused`, deleting nothing, when the list
 * of file references and the database's schema disagree.
 */
export function sweepOrphanPhotos(
  db: Db,
  store: PhotoStore,
  now: Date,
  graceMs = 10 * 60_000,
): string[] {
  const problems = fileReferenceProblems(db);
  if (problems.length > 0) throw new SweepRefused(problems);
  const used = referencedHashes(db);
  const removed: string[] = [];
  for (const file of store.list()) {
    if (used.has(file.hash) || now.getTime() - file.modifiedMs < graceMs) continue;
    if (store.remove(file.hash)) removed.push(file.hash);
  }
  return removed;
}
