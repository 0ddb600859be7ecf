/**
 * A studio's client records on PostgreSQL, as the SQLite store reads and writes them: the same
 * rows in the same order ("C" orders text byte by byte, as SQLite does), jsonb read back as
 * values and photo landmarks as JSON text, as the SQLite repositories hand them over.
 */
import type { PoolClient } from 'pg';
import type { StoredAssessment, StoredRevision } from '../repositories/assessments';
import type { ClipRow } from '../repositories/clips';
import type { StoredExercise } from '../repositories/exercises';
import type { PhotoRow } from '../repositories/photos';
import type { StoredItem, StoredProgram } from '../repositories/programs';
import { snapshotOf, toInfo, type RevisionRow } from '../stores/assessment-rows';
import type { ClientRecordStore, StoredRecord } from '../stores/record-store';
import { inSnapshot, inTransaction, isConnection, type Queryable } from './transaction';

const C = 'COLLATE "C"';

const revisionColumns = `r.assessment_id, a.client_id, r.revision, r.status, r.assessed_on, r.body,
  r.body_version, r.rules_version, r.pain_now, r.disability_score, r.disability_instrument,
  r.fpi_left, r.fpi_right, r.amendment_reason, r.created_at, r.updated_at, r.finalized_at,
  r.client_snapshot`;

const photoColumns = `p.id, p.assessment_id AS "assessmentId", p.revision, p.hash, p.view,
  p.media_type AS "mediaType", p.width, p.height, p.bytes, p.landmarks::text AS landmarks,
  p.created_at AS "createdAt", p.movement::text AS movement, p.thumbnail`;

const clipColumns = `c.id, c.assessment_id AS "assessmentId", c.revision, c.hash,
  c.media_type AS "mediaType", c.screen, c.view, c.side, c.width, c.height,
  c.duration_ms AS "durationMs", c.frame_rate AS "frameRate", c.bytes, c.created_at AS "createdAt"`;

export function studioClientRecordStore(db: Queryable): ClientRecordStore {
  return {
    read: (clientId) => inSnapshot(db, (client) => readRecord(client, clientId)),
    async existingIds(ids) {
      const result = await db.query<{ id: string }>(
        `SELECT id FROM unnest($1::text[]) AS given (id)
         WHERE id IN (SELECT id FROM assessments UNION ALL SELECT id FROM programs
                      UNION ALL SELECT id FROM photos UNION ALL SELECT id FROM clips)`,
        [ids],
      );
      return result.rows.map((row) => row.id);
    },
    insertAssessment: (clientId, assessment, revisions) =>
      inTransaction(db, async (client) => {
        await client.query(
          `INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [
            assessment.id,
            clientId,
            assessment.currentRevision,
            assessment.assessedOn,
            assessment.createdAt,
          ],
        );
        for (const revision of revisions) await insertRevision(client, assessment.id, revision);
      }),
    insertProgram: (program, items) =>
      inTransaction(db, async (client) => {
        await client.query(
          `INSERT INTO programs (id, client_id, assessment_id, title, notes, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            program.id,
            program.clientId,
            program.assessmentId,
            program.title,
            program.notes,
            program.createdAt,
            program.updatedAt,
          ],
        );
        for (const item of items) {
          await client.query(
            `INSERT INTO program_items (program_id, position, exercise_id, dosage, notes)
             VALUES ($1, $2, $3, $4, $5)`,
            [program.id, item.position, item.exerciseId, JSON.stringify(item.dosage), item.notes],
          );
        }
      }),
    async insertExerciseIfMissing(exercise) {
      await db.query(
        `INSERT INTO exercises (id, copied_from, name, phase, body, retired_at, created_at,
           updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
        [
          exercise.id,
          exercise.copiedFrom,
          exercise.name,
          exercise.phase,
          JSON.stringify(exercise.body),
          exercise.retiredAt,
          exercise.createdAt,
          exercise.updatedAt,
        ],
      );
    },
    async labelAsImport() {
      // A label set on a pool would last for one statement on whichever connection ran it, and
      // the import's rows would be logged as signed off today.
      if (!isConnection(db))
        throw new Error('An import is labelled inside the transaction that inserts it.');
      // Read by the audit triggers (studio migration 11); gone when the transaction ends.
      await db.query("SELECT set_config('stance.arriving', 'import', true)");
    },
  };
}

async function insertRevision(
  client: PoolClient,
  assessmentId: string,
  revision: StoredRevision,
): Promise<void> {
  await client.query(
    `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
       body_version, rules_version, pain_now, disability_score, disability_instrument, fpi_left,
       fpi_right, amendment_reason, created_at, updated_at, finalized_at, client_snapshot)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      assessmentId,
      revision.revision,
      revision.status,
      revision.assessedOn,
      JSON.stringify(revision.body),
      revision.bodyVersion,
      revision.rulesVersion,
      revision.painNow,
      revision.disabilityScore,
      revision.disabilityInstrument,
      revision.fpiLeft,
      revision.fpiRight,
      revision.amendmentReason,
      revision.createdAt,
      revision.updatedAt,
      revision.finalizedAt,
      revision.clientSnapshot && JSON.stringify(revision.clientSnapshot),
    ],
  );
}

async function readRecord(client: PoolClient, clientId: string): Promise<StoredRecord> {
  const assessments = await client.query<StoredAssessment>(
    `SELECT id, current_revision AS "currentRevision", assessed_on AS "assessedOn",
       created_at AS "createdAt"
     FROM assessments WHERE client_id = $1
     ORDER BY assessed_on ${C}, created_at ${C}, id ${C}`,
    [clientId],
  );
  const revisions = await client.query<RevisionRow>(
    `SELECT ${revisionColumns} FROM assessment_revisions r
     JOIN assessments a ON a.id = r.assessment_id
     WHERE a.client_id = $1 ORDER BY r.revision`,
    [clientId],
  );
  const programs = await client.query<StoredProgram>(
    `SELECT id, client_id AS "clientId", assessment_id AS "assessmentId", title, notes,
       created_at AS "createdAt", updated_at AS "updatedAt"
     FROM programs WHERE client_id = $1 ORDER BY created_at ${C}, id ${C}`,
    [clientId],
  );
  const items = await client.query<StoredItem & { programId: string }>(
    `SELECT i.program_id AS "programId", i.position, i.exercise_id AS "exerciseId", i.dosage,
       i.notes
     FROM program_items i JOIN programs p ON p.id = i.program_id
     WHERE p.client_id = $1 ORDER BY i.position`,
    [clientId],
  );
  const photos = await client.query<PhotoRow & { thumbnail: Buffer | null }>(
    `SELECT ${photoColumns} FROM photos p JOIN assessments a ON a.id = p.assessment_id
     WHERE a.client_id = $1
     ORDER BY a.assessed_on ${C}, p.assessment_id ${C}, p.revision, p.created_at ${C}, p.id ${C}`,
    [clientId],
  );
  const clips = await client.query<ClipRow>(
    `SELECT ${clipColumns} FROM clips c JOIN assessments a ON a.id = c.assessment_id
     WHERE a.client_id = $1
     ORDER BY a.assessed_on ${C}, c.assessment_id ${C}, c.revision, c.created_at ${C}, c.id ${C}`,
    [clientId],
  );
  const withItems = programs.rows.map((program) => ({
    ...program,
    items: items.rows
      .filter((item) => item.programId === program.id)
      .map(({ programId: _program, ...item }) => item),
  }));
  const exerciseIds = [...new Set(withItems.flatMap((p) => p.items.map((i) => i.exerciseId)))];
  const exercises = await client.query<StoredExercise>(
    `SELECT id, copied_from AS "copiedFrom", name, phase, body, retired_at AS "retiredAt",
       created_at AS "createdAt", updated_at AS "updatedAt"
     FROM exercises WHERE id = ANY($1::text[]) ORDER BY created_at ${C}, id ${C}`,
    [exerciseIds],
  );
  return {
    assessments: assessments.rows.map((assessment) => ({
      ...assessment,
      revisions: revisions.rows
        .filter((row) => row.assessment_id === assessment.id)
        .map((row) => storedRevision(row)),
    })),
    programs: withItems,
    exercises: exercises.rows,
    photos: photos.rows.map(({ thumbnail, ...photo }) => ({ photo, thumbnail })),
    clips: clips.rows,
  };
}

/** jsonb comes back already parsed. */
function storedRevision(row: RevisionRow): StoredRevision {
  return {
    ...toInfo(row),
    bodyVersion: row.body_version,
    body: row.body,
    clientSnapshot: snapshotOf(row, (value) => value),
  };
}
