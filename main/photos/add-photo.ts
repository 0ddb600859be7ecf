import { randomUUID } from 'node:crypto';
import type { PhotoRow } from '../db/repositories/photos';
import type { Stores } from '../db/stores/stores';
import type { NewPhoto } from './photos';

/**
 * Stores the file, then its row, on either engine. On SQLite the file is written and synced
 * before its row commits, so a crash leaves at worst an unreferenced file (swept later), never a
 * row pointing at nothing; on a server both are in the caller's transaction.
 */
export async function addPhotoTo(stores: Stores, photo: NewPhoto, now: Date): Promise<PhotoRow> {
  const hash = await stores.files.put(photo.data, photo.mediaType);
  const { data, thumbnail, ...fields } = photo;
  const row: PhotoRow = {
    ...fields,
    id: randomUUID(),
    hash,
    bytes: data.byteLength,
    createdAt: now.toISOString(),
  };
  await stores.photos.insert(row, thumbnail);
  return row;
}
