import type { ExercisePhotoRecord } from '../db/repositories/exercises-photos';
import type { Stores } from '../db/stores/stores';
import { preparePhoto } from './import';

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
 * writes the file and its row in one transaction (on SQLite the file is synced before the row
 * commits). `beforeStore` runs inside it, after the slow decoding, so a check it makes still
 * holds when the row commits.
 */
export async function importExercisePhoto(
  stores: Stores,
  photo: ExercisePhotoToImport,
  now: () => Date,
  beforeStore: (stores: Stores) => Promise<void> = () => Promise.resolve(),
): Promise<ExercisePhotoRecord> {
  const prepared = await preparePhoto(photo.bytes, photo.fileName, {
    maxEdge: EXERCISE_PHOTO_EDGE,
  });
  return stores.transaction(async (inside) => {
    await beforeStore(inside);
    const record: ExercisePhotoRecord = {
      exerciseId: photo.exerciseId,
      hash: await inside.files.put(prepared.data, prepared.mediaType),
      mediaType: prepared.mediaType,
      width: prepared.width,
      height: prepared.height,
      bytes: prepared.data.byteLength,
      createdAt: now().toISOString(),
    };
    await inside.exercisePhotos.set(record);
    return record;
  });
}
