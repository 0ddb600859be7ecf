import type { Db } from '../db/connection';
import { upsertExercisePhoto, type ExercisePhotoRecord } from '../db/repositories/exercises-photos';
import { preparePhoto } from './import';
import type { PhotoStore } from './store';

/**
 * Enough for a sharp picture filling half an A4 page at print resolution, and small enough that a
 * handout with a photo for every exercise still renders quickly.
 */
export const EXERCISE_PHOTO_EDGE = 1600;

export interface ExercisePhotoToImport {
  exerciseId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Runs the same import as an assessment photo (read by its bytes, upright, no metadata), then
 * writes and syncs the file before its row commits. `beforeStore` runs right before anything is
 * written, after the slow decoding, so a check it makes still holds when the row commits.
 */
export async function importExercisePhoto(
  db: Db,
  store: PhotoStore,
  photo: ExercisePhotoToImport,
  now: () => Date,
  beforeStore: () => void = () => undefined,
): Promise<ExercisePhotoRecord> {
  const prepared = await preparePhoto(photo.bytes, photo.fileName, {
    maxEdge: EXERCISE_PHOTO_EDGE,
  });
  beforeStore();
  const record: ExercisePhotoRecord = {
    exerciseId: photo.exerciseId,
    hash: store.put(prepared.data),
    mediaType: prepared.mediaType,
    width: prepared.width,
    height: prepared.height,
    bytes: prepared.data.byteLength,
    createdAt: now().toISOString(),
  };
  upsertExercisePhoto(db, record);
  return record;
}
