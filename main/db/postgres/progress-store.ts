/** A studio's progress reads on PostgreSQL, as the SQLite store behaves. */
import type { ProgressPhotoRow, ProgressRow } from '../repositories/progress';
import type { ProgressStore } from '../stores/progress-store';
import type { Queryable } from './transaction';

// jsonb comes back as JSON text, as SQLite keeps it; "C" orders stamps byte by byte, as SQLite does.
export function studioProgressStore(db: Queryable): ProgressStore {
  return {
    async visits(clientId) {
      const result = await db.query<ProgressRow>(
        `SELECT a.id AS "assessmentId", r.revision, r.assessed_on AS "assessedOn", r.status,
           r.body::text AS body, r.pain_now AS "painNow", r.disability_score AS "disabilityScore",
           r.disability_instrument AS "disabilityInstrument", r.fpi_left AS "fpiLeft",
           r.fpi_right AS "fpiRight"
         FROM assessments a
         JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
         WHERE a.client_id = $1
         ORDER BY a.assessed_on COLLATE "C", a.created_at COLLATE "C"`,
        [clientId],
      );
      return result.rows;
    },
    async photos(clientId) {
      const result = await db.query<ProgressPhotoRow>(
        `SELECT p.assessment_id AS "assessmentId", p.view, p.landmarks::text AS landmarks
         FROM assessments a
         JOIN photos p ON p.assessment_id = a.id AND p.revision = a.current_revision
         WHERE a.client_id = $1
         ORDER BY p.created_at COLLATE "C", p.id COLLATE "C"`,
        [clientId],
      );
      return result.rows;
    },
  };
}
