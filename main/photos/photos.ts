import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import {
  insertPhotoRow,
  isHashReferenced,
  referencedHashes,
  type PhotoRecord,
} from '../db/repositories/photos';
import type { PhotoStore } from './store';

export interface NewPhoto extends Omit<PhotoRecord, 'id' | 'hash' | 'bytes' | 'createdAt'> {
  data: Uint8Array;
}

/**
 * The file is on disk and synced before its row commits, so a crash can leave at worst an
 * unreferenced file (swept later), never a row pointing at nothing.
 */
export function addPhoto(db: Db, store: PhotoStore, photo: NewPhoto, now: Date): PhotoRecord {
  const hash = store.put(photo.data);
  const { data, ...fields } = photo;
  const record: PhotoRecord = {
    ...fields,
    id: randomUUID(),
    hash,
    bytes: data.byteLength,
    createdAt: now.toISOString(),
  };
  insertPhotoRow(db, record);
  return record;
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

/**
 * Deletes files no row uses. Files younger than the grace period are left alone: one may belong
 * to a photo whose row is about to commit.
 */
export function sweepOrphanPhotos(
  db: Db,
  store: PhotoStore,
  now: Date,
  graceMs = 10 * 60_000,
): string[] {
  const used = referencedHashes(db);
  const removed: string[] = [];
  for (const file of store.list()) {
    if (used.has(file.hash) || now.getTime() - file.modifiedMs < graceMs) continue;
    if (store.remove(file.hash)) removed.push(file.hash);
  }
  return removed;
}
