import type { Db } from '../connection';

/** A client with her last visit and her latest scores, as the spreadsheet export lists her. */
export interface ClientWithLatest {
  first_name: string;
  last_name: string;
  date_of_birth: string;
  email: string;
  phone: string;
  occupation: string;
  notes: string;
  created_at: string;
  archived_at: string | null;
  last_visit: string | null;
  latest_pain: number | null;
  latest_disability: number | null;
  latest_instrument: string | null;
}

/**
 * "Latest" is the most recent assessment (by its date) whose current revision recorded the value,
 * drafts included, as that is what the client's page shows. The score and its questionnaire come
 * from the same revision, since scores from different questionnaires are not comparable.
 */
const latestOf = (column: string, present: string) => `(
  SELECT r.${column} FROM assessments a
  JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
  WHERE a.client_id = c.id AND r.${present} IS NOT NULL
  ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1)`;

/** Every client by name (archived ones on request). */
export function listClientsWithLatest(db: Db, includeArchived: boolean): ClientWithLatest[] {
  return db
    .prepare(
      `SELECT c.first_name, c.last_name, c.date_of_birth, c.email, c.phone, c.occupation, c.notes,
              c.created_at, c.archived_at,
              (SELECT max(a.assessed_on) FROM assessments a WHERE a.client_id = c.id) AS last_visit,
              ${latestOf('pain_now', 'pain_now')} AS latest_pain,
              ${latestOf('disability_score', 'disability_score')} AS latest_disability,
              ${latestOf('disability_instrument', 'disability_score')} AS latest_instrument
       FROM clients c
       WHERE @includeArchived = 1 OR c.archived_at IS NULL
       ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.rowid`,
    )
    .all({ includeArchived: includeArchived ? 1 : 0 }) as ClientWithLatest[];
}
