import type { LibraryExercise, OwnExerciseFields } from '../../../shared/channels/exercises';
import type { ExercisePhase } from '../../../shared/domain/exercises';
import type { Db } from '../connection';

interface ExerciseRow {
  id: string;
  copied_from: string | null;
  name: string;
  phase: ExercisePhase;
  body: string;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
  photo_hash: string | null;
}

/** Own exercises with the hash of their photo, if the practitioner added one. */
const SELECT_WITH_PHOTO = `SELECT e.*, p.hash AS photo_hash FROM exercises e
  LEFT JOIN exercise_photos p ON p.exercise_id = e.id`;

/** One of the practitioner's own exercises as stored: the body holds every field but the id. */
export interface OwnExerciseRecord {
  id: string;
  copiedFrom: string | null;
  fields: OwnExerciseFields;
}

export function insertOwnExercise(db: Db, exercise: OwnExerciseRecord, at: string): void {
  db.prepare(
    `INSERT INTO exercises (id, copied_from, name, phase, body, retired_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(
    exercise.id,
    exercise.copiedFrom,
    exercise.fields.name,
    exercise.fields.phase,
    JSON.stringify(exercise.fields),
    at,
    at,
  );
}

export function updateOwnExercise(
  db: Db,
  id: string,
  fields: OwnExerciseFields,
  at: string,
): boolean {
  return (
    db
      .prepare('UPDATE exercises SET name = ?, phase = ?, body = ?, updated_at = ? WHERE id = ?')
      .run(fields.name, fields.phase, JSON.stringify(fields), at, id).changes === 1
  );
}

export function setExerciseRetired(
  db: Db,
  id: string,
  retiredAt: string | null,
  at: string,
): boolean {
  return (
    db
      .prepare('UPDATE exercises SET retired_at = ?, updated_at = ? WHERE id = ?')
      .run(retiredAt, at, id).changes === 1
  );
}

export function findOwnExercise(db: Db, id: string): LibraryExercise | undefined {
  const row = db.prepare(`${SELECT_WITH_PHOTO} WHERE e.id = ?`).get(id) as ExerciseRow | undefined;
  return row && toExercise(row);
}

/** The own exercises among `ids`, by id; ids that are not own exercises are simply absent. */
export function findOwnExercises(db: Db, ids: readonly string[]): Map<string, LibraryExercise> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(`${SELECT_WITH_PHOTO} WHERE e.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...new Set(ids)])) as ExerciseRow[];
  return new Map(rows.map((row) => [row.id, toExercise(row)]));
}

export function listOwnExercises(db: Db, includeRetired: boolean): LibraryExercise[] {
  const rows = db
    .prepare(
      `${SELECT_WITH_PHOTO} WHERE @includeRetired = 1 OR e.retired_at IS NULL ORDER BY e.created_at, e.id`,
    )
    .all({ includeRetired: includeRetired ? 1 : 0 }) as ExerciseRow[];
  return rows.map(toExercise);
}

/** An own exercise exactly as stored, for a client record that uses it. */
export interface StoredExercise {
  id: string;
  copiedFrom: string | null;
  name: string;
  phase: ExercisePhase;
  body: unknown;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The own exercises among `ids`, as stored; built-in exercises live in code and are not rows. */
export function listStoredExercises(db: Db, ids: readonly string[]): StoredExercise[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT * FROM exercises WHERE id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
    )
    .all(JSON.stringify(ids)) as Omit<ExerciseRow, 'photo_hash'>[];
  return rows.map((row) => ({
    id: row.id,
    copiedFrom: row.copied_from,
    name: row.name,
    phase: row.phase,
    body: JSON.parse(row.body) as unknown,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** An exercise already in this library is kept as it is: the practitioner's own edits win. */
export function insertExerciseIfMissing(db: Db, exercise: StoredExercise): void {
  db.prepare(
    `INSERT INTO exercises (id, copied_from, name, phase, body, retired_at, created_at, updated_at)
     VALUES (@id, @copiedFrom, @name, @phase, @body, @retiredAt, @createdAt, @updatedAt)
     ON CONFLICT (id) DO NOTHING`,
  ).run({ ...exercise, body: JSON.stringify(exercise.body) });
}

/** Written by this module (or an imported record of it) after validation, so it is read as is. */
function toExercise(row: ExerciseRow): LibraryExercise {
  const fields = JSON.parse(row.body) as OwnExerciseFields;
  return {
    ...fields,
    id: row.id,
    name: row.name,
    phase: row.phase,
    builtIn: false,
    copiedFrom: row.copied_from,
    retiredAt: row.retired_at,
    photoHash: row.photo_hash,
  };
}
