import type {
  AssessmentHistoryEntry,
  AssessmentListItem,
  AssessmentRevision,
  ClientSnapshot,
} from '../../../shared/domain/assessments';
import type { Db } from '../connection';
import {
  flatten,
  fromJsonText,
  snapshotOf,
  toInfo,
  toRevision,
  type RevisionChange,
  type RevisionContent,
  type RevisionRow,
} from '../stores/assessment-rows';
import { stampAfter } from '../stores/draft-stamp';

export type { RevisionContent } from '../stores/assessment-rows';

const revisionColumns = `r.assessment_id, a.client_id, r.revision, r.status, r.assessed_on, r.body, r.body_version,
  r.rules_version, r.pain_now, r.disability_score, r.disability_instrument, r.fpi_left, r.fpi_right,
  r.amendment_reason, r.created_at, r.updated_at, r.finalized_at, r.client_snapshot`;

/** An assessment's header as stored, for a client's complete record. */
export interface StoredAssessment {
  id: string;
  currentRevision: number;
  assessedOn: string;
  createdAt: string;
}

/** A revision exactly as stored, without the ids the record around it carries. */
export type StoredRevision = Omit<AssessmentRevision, 'assessmentId' | 'clientId'>;

export function insertAssessment(
  db: Db,
  ids: { id: string; clientId: string },
  content: RevisionContent,
  at: string,
): void {
  db.prepare(
    'INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at) VALUES (?, ?, 1, ?, ?)',
  ).run(ids.id, ids.clientId, content.assessedOn, at);
  insertRevision(db, ids.id, 1, content, '', at);
}

export function insertRevision(
  db: Db,
  assessmentId: string,
  revision: number,
  content: RevisionContent,
  amendmentReason: string,
  at: string,
): void {
  db.prepare(
    `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version, rules_version,
       pain_now, disability_score, disability_instrument, fpi_left, fpi_right, amendment_reason, created_at, updated_at)
     VALUES (@assessmentId, @revision, 'draft', @assessedOn, @body, @bodyVersion, @rulesVersion,
       @painNow, @disabilityScore, @disabilityInstrument, @fpiLeft, @fpiRight, @amendmentReason, @at, @at)`,
  ).run({ ...flatten(content), assessmentId, revision, amendmentReason, at });
}

/**
 * Only a draft row changes; the database itself refuses to touch a final one. With
 * `expectedUpdatedAt`, only a row still as the editor last saw it: a save from another window
 * meanwhile makes this one change nothing. Returns the stamp written, or null when nothing changed.
 */
export function updateDraftRevision(
  db: Db,
  assessmentId: string,
  revision: number,
  content: RevisionContent,
  at: string,
  expectedUpdatedAt: string | null = null,
): string | null {
  const current = db
    .prepare(
      "SELECT updated_at FROM assessment_revisions WHERE assessment_id = ? AND revision = ? AND status = 'draft'",
    )
    .get(assessmentId, revision) as { updated_at: string } | undefined;
  if (!current || (expectedUpdatedAt !== null && current.updated_at !== expectedUpdatedAt)) {
    return null;
  }
  const stamp = stampAfter(at, current.updated_at);
  const result = db
    .prepare(
      `UPDATE assessment_revisions SET assessed_on = @assessedOn, body = @body, body_version = @bodyVersion,
         rules_version = @rulesVersion, pain_now = @painNow, disability_score = @disabilityScore,
         disability_instrument = @disabilityInstrument, fpi_left = @fpiLeft, fpi_right = @fpiRight, updated_at = @stamp
       WHERE assessment_id = @assessmentId AND revision = @revision AND status = 'draft'
         AND updated_at = @replaced`,
    )
    .run({ ...flatten(content), assessmentId, revision, stamp, replaced: current.updated_at });
  if (result.changes !== 1) return null;
  db.prepare('UPDATE assessments SET assessed_on = ? WHERE id = ? AND current_revision = ?').run(
    content.assessedOn,
    assessmentId,
    revision,
  );
  return stamp;
}

/** When the revision was last saved. SQLite has one practitioner, so never by whom. */
export function findRevisionChange(
  db: Db,
  assessmentId: string,
  revision: number,
): RevisionChange | undefined {
  const row = db
    .prepare('SELECT updated_at FROM assessment_revisions WHERE assessment_id = ? AND revision = ?')
    .get(assessmentId, revision) as { updated_at: string } | undefined;
  return row && { updatedAt: row.updated_at, updatedBy: null };
}

/** The client's details go in with the status change: a final row can never take them later. */
export function finalizeRevision(
  db: Db,
  assessmentId: string,
  revision: number,
  client: ClientSnapshot,
  at: string,
): boolean {
  const snapshot = JSON.stringify({
    firstName: client.firstName,
    lastName: client.lastName,
    dateOfBirth: client.dateOfBirth,
  } satisfies ClientSnapshot);
  return (
    db
      .prepare(
        `UPDATE assessment_revisions SET status = 'final', finalized_at = @at, updated_at = @at,
           client_snapshot = @snapshot
         WHERE assessment_id = @assessmentId AND revision = @revision AND status = 'draft'`,
      )
      .run({ assessmentId, revision, at, snapshot }).changes === 1
  );
}

export function setCurrentRevision(
  db: Db,
  assessmentId: string,
  revision: number,
  assessedOn: string,
): void {
  db.prepare('UPDATE assessments SET current_revision = ?, assessed_on = ? WHERE id = ?').run(
    revision,
    assessedOn,
    assessmentId,
  );
}

export function deleteRevision(db: Db, assessmentId: string, revision: number): void {
  db.prepare(
    "DELETE FROM assessment_revisions WHERE assessment_id = ? AND revision = ? AND status = 'draft'",
  ).run(assessmentId, revision);
}

export function deleteAssessment(db: Db, assessmentId: string): void {
  db.prepare('DELETE FROM assessments WHERE id = ?').run(assessmentId);
}

export function findCurrentRevision(db: Db, assessmentId: string): AssessmentRevision | undefined {
  const row = db
    .prepare(
      `SELECT ${revisionColumns} FROM assessments a
       JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
       WHERE a.id = ?`,
    )
    .get(assessmentId) as RevisionRow | undefined;
  return row && toRevision(row, fromJsonText);
}

export function findRevision(
  db: Db,
  assessmentId: string,
  revision: number,
): AssessmentRevision | undefined {
  const row = db
    .prepare(
      `SELECT ${revisionColumns} FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id
       WHERE r.assessment_id = ? AND r.revision = ?`,
    )
    .get(assessmentId, revision) as RevisionRow | undefined;
  return row && toRevision(row, fromJsonText);
}

/** The file has one practitioner, so no revision names who started or finalized it. */
export function listRevisions(db: Db, assessmentId: string): AssessmentHistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT ${revisionColumns} FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id
       WHERE r.assessment_id = ? ORDER BY r.revision DESC`,
    )
    .all(assessmentId) as RevisionRow[];
  return rows.map((row) => ({ ...toInfo(row), createdBy: null, finalizedBy: null }));
}

/** A client's assessments, newest first, each at its current revision. */
export function listClientAssessments(db: Db, clientId: string): AssessmentListItem[] {
  const rows = db
    .prepare(
      `SELECT ${revisionColumns}, a.current_revision AS revision_count,
         (SELECT count(*) FROM photos p WHERE p.assessment_id = a.id AND p.revision = a.current_revision)
           AS photo_count
       FROM assessments a
       JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
       WHERE a.client_id = ? ORDER BY a.assessed_on DESC, a.created_at DESC`,
    )
    .all(clientId) as (RevisionRow & { revision_count: number; photo_count: number })[];
  return rows.map((row) => ({
    ...toInfo(row),
    assessmentId: row.assessment_id,
    revisionCount: row.revision_count,
    photoCount: row.photo_count,
  }));
}

/** A client's assessments, oldest first, as stored. */
export function listStoredAssessments(db: Db, clientId: string): StoredAssessment[] {
  return db
    .prepare(
      `SELECT id, current_revision AS currentRevision, assessed_on AS assessedOn, created_at AS createdAt
       FROM assessments WHERE client_id = ? ORDER BY assessed_on, created_at, id`,
    )
    .all(clientId) as StoredAssessment[];
}

/** Every revision of an assessment, oldest first. */
export function listStoredRevisions(db: Db, assessmentId: string): StoredRevision[] {
  const rows = db
    .prepare(
      `SELECT ${revisionColumns} FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id
       WHERE r.assessment_id = ? ORDER BY r.revision`,
    )
    .all(assessmentId) as RevisionRow[];
  return rows.map((row) => ({
    ...toInfo(row),
    bodyVersion: row.body_version,
    body: fromJsonText(row.body),
    clientSnapshot: snapshotOf(row, fromJsonText),
  }));
}

/** Puts back an assessment with its whole history as it was stored (a client record's import). */
export function insertStoredAssessment(
  db: Db,
  clientId: string,
  assessment: StoredAssessment,
  revisions: readonly StoredRevision[],
): void {
  db.prepare(
    `INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at)
     VALUES (@id, @clientId, @currentRevision, @assessedOn, @createdAt)`,
  ).run({ ...assessment, clientId });
  const insert = db.prepare(
    `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version,
       rules_version, pain_now, disability_score, disability_instrument, fpi_left, fpi_right,
       amendment_reason, created_at, updated_at, finalized_at, client_snapshot)
     VALUES (@assessmentId, @revision, @status, @assessedOn, @body, @bodyVersion, @rulesVersion, @painNow,
       @disabilityScore, @disabilityInstrument, @fpiLeft, @fpiRight, @amendmentReason, @createdAt,
       @updatedAt, @finalizedAt, @clientSnapshot)`,
  );
  for (const revision of revisions) {
    insert.run({
      ...revision,
      assessmentId: assessment.id,
      body: JSON.stringify(revision.body),
      clientSnapshot: revision.clientSnapshot && JSON.stringify(revision.clientSnapshot),
    });
  }
}
