import type { Db } from '../connection';

/** A practitioner's photo of one exercise; the picture is the photo-store file named `hash`. */
export interface ExercisePhotoRecord {
  exerciseId: string;
  hash: string;
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  bytes: number;
  createdAt: string;
}

/** One photo per exercise: a new one replaces the old row (the old file is left to the sweep). */
export function upsertExercisePhoto(db: Db, photo: ExercisePhotoRecord): void {
  db.prepare(
    `INSERT INTO exercise_photos (exercise_id, hash, media_type, width, height, bytes, created_at)
     VALUES (@exerciseId, @hash, @mediaType, @width, @height, @bytes, @createdAt)
     ON CONFLICT (exercise_id) DO UPDATE SET
       hash = excluded.hash, media_type = excluded.media_type, width = excluded.width,
       height = excluded.height, bytes = excluded.bytes, created_at = excluded.created_at`,
  ).run(photo);
}

export function deleteExercisePhoto(db: Db, exerciseId: string): boolean {
  return (
    db.prepare('DELETE FROM exercise_photos WHERE exercise_id = ?').run(exerciseId).changes === 1
  );
}

/** The photo hash of each exercise among `ids` that has one; the rest are absent. */
export function exercisePhotoHashes(db: Db, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      'SELECT exercise_id, hash FROM exercise_photos WHERE exercise_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify([...new Set(ids)])) as { exercise_id: string; hash: string }[];
  return new Map(rows.map((row) => [row.exercise_id, row.hash]));
}

/** Every exercise's photo hash, for the whole-library list. */
export function allExercisePhotoHashes(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT exercise_id, hash FROM exercise_photos').all() as {
    exercise_id: string;
    hash: string;
  }[];
  return new Map(rows.map((row) => [row.exercise_id, row.hash]));
}

/** A copied exercise starts with its source's photo; the file is shared, named by its content. */
export function copyExercisePhoto(db: Db, fromId: string, toId: string, at: string): void {
  db.prepare(
    `INSERT INTO exercise_photos (exercise_id, hash, media_type, width, height, bytes, created_at)
     SELECT ?, hash, media_type, width, height, bytes, ? FROM exercise_photos WHERE exercise_id = ?`,
  ).run(toId, at, fromId);
}
