import type { AssessmentStatus } from '../../../shared/domain/assessments';
import type { Db } from '../connection';

/** One assessment at its current revision: the columns and body the progress charts read. */
export interface ProgressRow {
  assessmentId: string;
  revision: number;
  assessedOn: string;
  status: AssessmentStatus;
  body: string;
  painNow: number | null;
  disabilityScore: number | null;
  disabilityInstrument: string | null;
  fpiLeft: number | null;
  fpiRight: number | null;
}

/** A photo's view and landmarks (JSON text), without anything else about the file. */
export interface ProgressPhotoRow {
  assessmentId: string;
  view: string;
  landmarks: string;
}

/** A client's assessments at their current revisions, oldest first. */
export function listProgressRows(db: Db, clientId: string): ProgressRow[] {
  return db
    .prepare(
      `SELECT a.id AS assessmentId, r.revision, r.assessed_on AS assessedOn, r.status, r.body,
         r.pain_now AS painNow, r.disability_score AS disabilityScore,
         r.disability_instrument AS disabilityInstrument, r.fpi_left AS fpiLeft, r.fpi_right AS fpiRight
       FROM assessments a
       JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
       WHERE a.client_id = ? ORDER BY a.assessed_on, a.created_at`,
    )
    .all(clientId) as ProgressRow[];
}

/** The photos of every current revision of a client's assessments, oldest first within each. */
export function listProgressPhotos(db: Db, clientId: string): ProgressPhotoRow[] {
  return db
    .prepare(
      `SELECT p.assessment_id AS assessmentId, p.view, p.landmarks
       FROM assessments a
       JOIN photos p ON p.assessment_id = a.id AND p.revision = a.current_revision
       WHERE a.client_id = ? ORDER BY p.created_at, p.id`,
    )
    .all(clientId) as ProgressPhotoRow[];
}
