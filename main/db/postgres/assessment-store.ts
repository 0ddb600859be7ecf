/**
 * A studio's assessments on PostgreSQL, behaving as the SQLite store does (one contract test runs
 * against both). A save that changes a revision and its assessment's header runs both statements
 * on one connection in one transaction, as SQLite's single connection does implicitly.
 */
import type { PoolClient } from 'pg';
import type { ClientSnapshot } from '../../../shared/domain/assessments';
import {
  flatten,
  toInfo,
  toRevision,
  type JsonColumn,
  type RevisionRow,
} from '../stores/assessment-rows';
import type { AssessmentStore } from '../stores/assessment-store';
import { stampAfter } from '../stores/draft-stamp';
import { inTransaction, type Queryable } from './transaction';

/** jsonb comes back already parsed. */
const asStored: JsonColumn = (value) => value;

const revisionColumns = `r.assessment_id, a.client_id, r.revision, r.status, r.assessed_on, r.body,
  r.body_version, r.rules_version, r.pain_now, r.disability_score, r.disability_instrument,
  r.fpi_left, r.fpi_right, r.amendment_reason, r.created_at, r.updated_at, r.finalized_at,
  r.client_snapshot`;

const insertRevisionSql = `INSERT INTO assessment_revisions (assessment_id, revision, status,
    assessed_on, body, body_version, rules_version, pain_now, disability_score,
    disability_instrument, fpi_left, fpi_right, amendment_reason, created_at, updated_at)
  VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`;

function revisionValues(
  assessmentId: string,
  revision: number,
  content: Parameters<typeof flatten>[0],
): unknown[] {
  const flat = flatten(content);
  return [
    assessmentId,
    revision,
    flat.assessedOn,
    flat.body,
    flat.bodyVersion,
    flat.rulesVersion,
    flat.painNow,
    flat.disabilityScore,
    flat.disabilityInstrument,
    flat.fpiLeft,
    flat.fpiRight,
  ];
}

/** Saves a draft still holding the stamp `$13`, and moves the visit's date with it. */
const saveDraftSql = `
  WITH saved AS (
    UPDATE assessment_revisions SET assessed_on = $3, body = $4, body_version = $5,
      rules_version = $6, pain_now = $7, disability_score = $8, disability_instrument = $9,
      fpi_left = $10, fpi_right = $11, updated_at = $12
    WHERE assessment_id = $1 AND revision = $2 AND status = 'draft' AND updated_at = $13
    RETURNING assessment_id),
  dated AS (
    UPDATE assessments SET assessed_on = $3
    WHERE id = $1 AND current_revision = $2 AND EXISTS (SELECT 1 FROM saved)
    RETURNING id)
  SELECT (SELECT count(*) FROM saved)::int AS saved`;

export function studioAssessmentStore(pool: Queryable): AssessmentStore {
  const one = async (sql: string, values: unknown[]) => {
    const result = await pool.query<RevisionRow>(sql, values);
    const row = result.rows[0];
    return row && toRevision(row, asStored);
  };
  return {
    insert: (ids, content, at) =>
      inTransaction(pool, async (client) => {
        await client.query(
          'INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at) VALUES ($1, $2, 1, $3, $4)',
          [ids.id, ids.clientId, content.assessedOn, at],
        );
        await client.query(insertRevisionSql, [...revisionValues(ids.id, 1, content), '', at]);
      }),
    async insertRevision(assessmentId, revision, content, amendmentReason, at) {
      await pool.query(insertRevisionSql, [
        ...revisionValues(assessmentId, revision, content),
        amendmentReason,
        at,
      ]);
    },
    async updateDraft(assessmentId, revision, content, at, expectedUpdatedAt) {
      const values = revisionValues(assessmentId, revision, content);
      if (expectedUpdatedAt === undefined) {
        return inTransaction(pool, async (client: PoolClient) => {
          const current = await client.query<{ updated_at: string }>(
            `SELECT updated_at FROM assessment_revisions
             WHERE assessment_id = $1 AND revision = $2 AND status = 'draft' FOR UPDATE`,
            [assessmentId, revision],
          );
          const replaced = current.rows[0]?.updated_at;
          if (replaced === undefined) return null;
          const stamp = stampAfter(at, replaced);
          const saved = await client.query<{ saved: number }>(saveDraftSql, [
            ...values,
            stamp,
            replaced,
          ]);
          return saved.rows[0]?.saved === 1 ? stamp : null;
        });
      }
      // One statement, one round trip: a second save from the same stamp waits on the row lock,
      // then finds the stamp moved and changes nothing.
      const stamp = stampAfter(at, expectedUpdatedAt);
      const saved = await pool.query<{ saved: number }>(saveDraftSql, [
        ...values,
        stamp,
        expectedUpdatedAt,
      ]);
      return saved.rows[0]?.saved === 1 ? stamp : null;
    },
    async finalize(assessmentId, revision, client, at) {
      const snapshot = JSON.stringify({
        firstName: client.firstName,
        lastName: client.lastName,
        dateOfBirth: client.dateOfBirth,
      } satisfies ClientSnapshot);
      const result = await pool.query(
        `UPDATE assessment_revisions SET status = 'final', finalized_at = $3, updated_at = $3,
           client_snapshot = $4
         WHERE assessment_id = $1 AND revision = $2 AND status = 'draft'`,
        [assessmentId, revision, at, snapshot],
      );
      return result.rowCount === 1;
    },
    async lastChange(assessmentId, revision) {
      const result = await pool.query<{ updated_at: string; updated_by: string }>(
        'SELECT updated_at, updated_by FROM assessment_revisions WHERE assessment_id = $1 AND revision = $2',
        [assessmentId, revision],
      );
      const row = result.rows[0];
      return row && { updatedAt: row.updated_at, updatedBy: row.updated_by };
    },
    async finalizedByColleague(assessmentId, revision) {
      const result = await pool.query<{ finalized_by: string }>(
        `SELECT finalized_by FROM assessment_revisions
         WHERE assessment_id = $1 AND revision = $2 AND status = 'final'
           AND finalized_by IS DISTINCT FROM session_user`,
        [assessmentId, revision],
      );
      return result.rows[0]?.finalized_by ?? null;
    },
    async setCurrentRevision(assessmentId, revision, assessedOn) {
      await pool.query(
        'UPDATE assessments SET current_revision = $2, assessed_on = $3 WHERE id = $1',
        [assessmentId, revision, assessedOn],
      );
    },
    async deleteDraftRevision(assessmentId, revision) {
      await pool.query(
        "DELETE FROM assessment_revisions WHERE assessment_id = $1 AND revision = $2 AND status = 'draft'",
        [assessmentId, revision],
      );
    },
    async delete(assessmentId) {
      await pool.query('DELETE FROM assessments WHERE id = $1', [assessmentId]);
    },
    findCurrent: (assessmentId) =>
      one(
        `SELECT ${revisionColumns} FROM assessments a
         JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
         WHERE a.id = $1`,
        [assessmentId],
      ),
    holdCurrent: (assessmentId) =>
      // READ COMMITTED: a photo row's foreign key takes only a key-share lock on its revision,
      // which a finalize (an UPDATE) does not wait for. FOR SHARE does make it wait, or, when the
      // finalize came first, this waits and reads the revision as finalized. Only the revision is
      // locked: a draft save locks the revision and then updates the assessment row, so holding
      // the assessment row here as well would let the two wait on each other (a deadlock).
      one(
        `SELECT ${revisionColumns} FROM assessments a
         JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
         WHERE a.id = $1 FOR SHARE OF r`,
        [assessmentId],
      ),
    find: (assessmentId, revision) =>
      one(
        `SELECT ${revisionColumns} FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id
         WHERE r.assessment_id = $1 AND r.revision = $2`,
        [assessmentId, revision],
      ),
    async listRevisions(assessmentId) {
      const result = await pool.query<
        RevisionRow & { created_by: string; finalized_by: string | null }
      >(
        `SELECT ${revisionColumns}, r.created_by, r.finalized_by
         FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id
         WHERE r.assessment_id = $1 ORDER BY r.revision DESC`,
        [assessmentId],
      );
      return result.rows.map((row) => ({
        ...toInfo(row),
        createdBy: row.created_by,
        finalizedBy: row.finalized_by,
      }));
    },
    async listForClient(clientId) {
      const result = await pool.query<
        RevisionRow & { revision_count: number; photo_count: number }
      >(
        `SELECT ${revisionColumns}, a.current_revision AS revision_count,
           (SELECT count(*) FROM photos p WHERE p.assessment_id = a.id AND p.revision = a.current_revision)::int
             AS photo_count
         FROM assessments a
         JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
         WHERE a.client_id = $1 ORDER BY a.assessed_on DESC, a.created_at DESC`,
        [clientId],
      );
      return result.rows.map((row) => ({
        ...toInfo(row),
        assessmentId: row.assessment_id,
        revisionCount: row.revision_count,
        photoCount: row.photo_count,
      }));
    },
  };
}
