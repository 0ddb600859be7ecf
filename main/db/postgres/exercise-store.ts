/** A studio's own exercises and exercise photos on PostgreSQL, as the SQLite stores behave. */
import type { LibraryExercise, OwnExerciseFields } from '../../../shared/channels/exercises';
import type { ExercisePhase } from '../../../shared/domain/exercises';
import type { ExercisePhotoStore, ExerciseStore } from '../stores/exercise-store';
import type { Queryable } from './transaction';

interface ExerciseRow {
  id: string;
  copied_from: string | null;
  name: string;
  phase: ExercisePhase;
  body: OwnExerciseFields;
  retired_at: string | null;
  photo_hash: string | null;
}

const selectWithPhoto = `SELECT e.id, e.copied_from, e.name, e.phase, e.body, e.retired_at,
  p.hash AS photo_hash FROM exercises e LEFT JOIN exercise_photos p ON p.exercise_id = e.id`;

// Written by the service after validation, so it is read as is (as on SQLite).
const toExercise = (row: ExerciseRow): LibraryExercise => ({
  ...row.body,
  id: row.id,
  name: row.name,
  phase: row.phase,
  builtIn: false,
  copiedFrom: row.copied_from,
  retiredAt: row.retired_at,
  photoHash: row.photo_hash,
});

export function studioExerciseStore(db: Queryable): ExerciseStore {
  return {
    async insert(exercise, at) {
      await db.query(
        `INSERT INTO exercises (id, copied_from, name, phase, body, retired_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, NULL, $6, $6)`,
        [
          exercise.id,
          exercise.copiedFrom,
          exercise.fields.name,
          exercise.fields.phase,
          JSON.stringify(exercise.fields),
          at,
        ],
      );
    },
    async update(id, fields, at) {
      const result = await db.query(
        'UPDATE exercises SET name = $2, phase = $3, body = $4, updated_at = $5 WHERE id = $1',
        [id, fields.name, fields.phase, JSON.stringify(fields), at],
      );
      return result.rowCount === 1;
    },
    async setRetired(id, retiredAt, at) {
      const result = await db.query(
        'UPDATE exercises SET retired_at = $2, updated_at = $3 WHERE id = $1',
        [id, retiredAt, at],
      );
      return result.rowCount === 1;
    },
    async find(id) {
      const result = await db.query<ExerciseRow>(`${selectWithPhoto} WHERE e.id = $1`, [id]);
      return result.rows[0] && toExercise(result.rows[0]);
    },
    async findMany(ids) {
      if (ids.length === 0) return new Map();
      const result = await db.query<ExerciseRow>(
        `${selectWithPhoto} WHERE e.id = ANY($1::text[])`,
        [[...new Set(ids)]],
      );
      return new Map(result.rows.map((row) => [row.id, toExercise(row)]));
    },
    async list(includeRetired) {
      const result = await db.query<ExerciseRow>(
        `${selectWithPhoto} WHERE $1 OR e.retired_at IS NULL
         ORDER BY e.created_at COLLATE "C", e.id COLLATE "C"`,
        [includeRetired],
      );
      return result.rows.map(toExercise);
    },
  };
}

export function studioExercisePhotoStore(db: Queryable): ExercisePhotoStore {
  return {
    async set(photo) {
      await db.query(
        `INSERT INTO exercise_photos (exercise_id, hash, media_type, width, height, bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (exercise_id) DO UPDATE SET
           hash = excluded.hash, media_type = excluded.media_type, width = excluded.width,
           height = excluded.height, bytes = excluded.bytes, created_at = excluded.created_at`,
        [
          photo.exerciseId,
          photo.hash,
          photo.mediaType,
          photo.width,
          photo.height,
          photo.bytes,
          photo.createdAt,
        ],
      );
    },
    async remove(exerciseId) {
      const result = await db.query('DELETE FROM exercise_photos WHERE exercise_id = $1', [
        exerciseId,
      ]);
      return result.rowCount === 1;
    },
    async hashes(ids) {
      const result =
        ids === undefined
          ? await db.query<{ exercise_id: string; hash: string }>(
              'SELECT exercise_id, hash FROM exercise_photos',
            )
          : await db.query<{ exercise_id: string; hash: string }>(
              'SELECT exercise_id, hash FROM exercise_photos WHERE exercise_id = ANY($1::text[])',
              [[...new Set(ids)]],
            );
      return new Map(result.rows.map((row) => [row.exercise_id, row.hash]));
    },
    async copy(fromId, toId, at) {
      await db.query(
        `INSERT INTO exercise_photos (exercise_id, hash, media_type, width, height, bytes, created_at)
         SELECT $2, hash, media_type, width, height, bytes, $3 FROM exercise_photos
         WHERE exercise_id = $1`,
        [fromId, toId, at],
      );
    },
  };
}
