import type { Db } from '../db/connection';
import type { AssessmentRevisionRow } from '../db/repositories/assessments';
import type {
  RecordAssessment,
  RecordExercise,
  RecordProgram,
  RecordRevision,
  StoredPhoto,
} from './record-format';

/**
 * Reads and writes the rows of one client's record, in the file's shape. JSON columns travel as
 * JSON values (not strings inside strings) so the file is readable and checkable on its own.
 */

const parseJson = (text: string): unknown => JSON.parse(text) as unknown;

export function readAssessments(db: Db, clientId: string): RecordAssessment[] {
  const headers = db
    .prepare(
      `SELECT id, current_revision, assessed_on, created_at FROM assessments
       WHERE client_id = ? ORDER BY assessed_on, created_at, id`,
    )
    .all(clientId) as {
    id: string;
    current_revision: number;
    assessed_on: string;
    created_at: string;
  }[];
  const revisionsOf = db.prepare(
    'SELECT * FROM assessment_revisions WHERE assessment_id = ? ORDER BY revision',
  );
  return headers.map((header) => ({
    id: header.id,
    currentRevision: header.current_revision,
    assessedOn: header.assessed_on,
    createdAt: header.created_at,
    revisions: (revisionsOf.all(header.id) as AssessmentRevisionRow[]).map(toRevision),
  }));
}

function toRevision(row: AssessmentRevisionRow): RecordRevision {
  return {
    revision: row.revision,
    status: row.status,
    assessedOn: row.assessed_on,
    body: parseJson(row.body) as RecordRevision['body'],
    bodyVersion: row.body_version,
    rulesVersion: row.rules_version,
    painNow: row.pain_now,
    disabilityScore: row.disability_score,
    disabilityInstrument: row.disability_instrument,
    fpiLeft: row.fpi_left,
    fpiRight: row.fpi_right,
    amendmentReason: row.amendment_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finalizedAt: row.finalized_at,
  };
}

export function readPrograms(db: Db, clientId: string): RecordProgram[] {
  const programs = db
    .prepare(
      `SELECT id, assessment_id, title, notes, created_at, updated_at FROM programs
       WHERE client_id = ? ORDER BY created_at, id`,
    )
    .all(clientId) as {
    id: string;
    assessment_id: string | null;
    title: string;
    notes: string;
    created_at: string;
    updated_at: string;
  }[];
  const itemsOf = db.prepare(
    'SELECT position, exercise_id, dosage, notes FROM program_items WHERE program_id = ? ORDER BY position',
  );
  return programs.map((program) => ({
    id: program.id,
    assessmentId: program.assessment_id,
    title: program.title,
    notes: program.notes,
    createdAt: program.created_at,
    updatedAt: program.updated_at,
    items: (
      itemsOf.all(program.id) as {
        position: number;
        exercise_id: string;
        dosage: string;
        notes: string;
      }[]
    ).map((item) => ({
      position: item.position,
      exerciseId: item.exercise_id,
      dosage: parseJson(item.dosage) as RecordProgram['items'][number]['dosage'],
      notes: item.notes,
    })),
  }));
}

/** The practitioner's own exercises among `ids`; built-in exercises live in code and are not rows. */
export function readExercises(db: Db, ids: readonly string[]): RecordExercise[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT * FROM exercises WHERE id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
    )
    .all(JSON.stringify(ids)) as {
    id: string;
    copied_from: string | null;
    name: string;
    phase: RecordExercise['phase'];
    body: string;
    retired_at: string | null;
    created_at: string;
    updated_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    copiedFrom: row.copied_from,
    name: row.name,
    phase: row.phase,
    body: parseJson(row.body) as RecordExercise['body'],
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function readPhotos(db: Db, clientId: string): StoredPhoto[] {
  const rows = db
    .prepare(
      `SELECT p.* FROM photos p JOIN assessments a ON a.id = p.assessment_id
       WHERE a.client_id = ? ORDER BY a.assessed_on, p.created_at, p.id`,
    )
    .all(clientId) as {
    id: string;
    assessment_id: string;
    hash: string;
    view: string;
    media_type: StoredPhoto['mediaType'];
    width: number;
    height: number;
    bytes: number;
    landmarks: string;
    thumbnail: Uint8Array | null;
    created_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    assessmentId: row.assessment_id,
    hash: row.hash,
    view: row.view,
    mediaType: row.media_type,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    landmarks: parseJson(row.landmarks) as StoredPhoto['landmarks'],
    thumbnail: row.thumbnail === null ? null : Buffer.from(row.thumbnail).toString('base64'),
    createdAt: row.created_at,
  }));
}

export function insertAssessment(db: Db, clientId: string, assessment: RecordAssessment): void {
  db.prepare(
    `INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    assessment.id,
    clientId,
    assessment.currentRevision,
    assessment.assessedOn,
    assessment.createdAt,
  );
  const insertRevision = db.prepare(
    `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version,
       rules_version, pain_now, disability_score, disability_instrument, fpi_left, fpi_right,
       amendment_reason, created_at, updated_at, finalized_at)
     VALUES (@assessmentId, @revision, @status, @assessedOn, @body, @bodyVersion, @rulesVersion, @painNow,
       @disabilityScore, @disabilityInstrument, @fpiLeft, @fpiRight, @amendmentReason, @createdAt,
       @updatedAt, @finalizedAt)`,
  );
  for (const revision of assessment.revisions) {
    insertRevision.run({
      ...revision,
      assessmentId: assessment.id,
      body: JSON.stringify(revision.body),
    });
  }
}

export function insertProgram(db: Db, clientId: string, program: RecordProgram): void {
  db.prepare(
    `INSERT INTO programs (id, client_id, assessment_id, title, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    program.id,
    clientId,
    program.assessmentId,
    program.title,
    program.notes,
    program.createdAt,
    program.updatedAt,
  );
  const insertItem = db.prepare(
    'INSERT INTO program_items (program_id, position, exercise_id, dosage, notes) VALUES (?, ?, ?, ?, ?)',
  );
  for (const item of program.items) {
    insertItem.run(
      program.id,
      item.position,
      item.exerciseId,
      JSON.stringify(item.dosage),
      item.notes,
    );
  }
}

/** An exercise already in this library is kept as it is: the practitioner's own edits win. */
export function insertExerciseIfMissing(db: Db, exercise: RecordExercise): void {
  db.prepare(
    `INSERT INTO exercises (id, copied_from, name, phase, body, retired_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(
    exercise.id,
    exercise.copiedFrom,
    exercise.name,
    exercise.phase,
    JSON.stringify(exercise.body),
    exercise.retiredAt,
    exercise.createdAt,
    exercise.updatedAt,
  );
}

/** Which of `ids` are already used by an assessment, program or photo row. */
export function existingRecordIds(db: Db, ids: readonly string[]): string[] {
  const rows = db
    .prepare(
      `SELECT value AS id FROM json_each(?)
       WHERE value IN (SELECT id FROM assessments UNION ALL SELECT id FROM programs UNION ALL SELECT id FROM photos)`,
    )
    .all(JSON.stringify(ids)) as { id: string }[];
  return rows.map((row) => row.id);
}
