/**
 * A studio's clients on PostgreSQL, behaving as the SQLite store does (the same contract test
 * runs against both). Search follows the same two tiers with generated full-text vectors in place
 * of FTS5: names first, then everything else, newest first within each, each tier cut at the
 * page size.
 */
import type { ClientSortOrder } from '../../../shared/contract';
import type { ClientSummary } from '../../../shared/domain/clients';
import { searchWords, type ClientStore } from '../stores/client-store';
import { toClient, toSummary, type ClientRow, type SummaryRow } from '../stores/client-rows';
import type { Queryable } from './transaction';

const lastVisit = '(SELECT max(a.assessed_on) FROM assessments a WHERE a.client_id = c.id)';

const summaryColumns = `c.id, c.first_name, c.last_name, c.date_of_birth, c.email, c.phone,
  c.created_at, c.archived_at, ${lastVisit} AS last_visit_on`;

// lower() matches SQLite's NOCASE for the ASCII letters NOCASE folds, and goes further for others.
const orderBy: Record<ClientSortOrder, string> = {
  newest: 'c.created_at DESC, c.seq DESC',
  name: 'lower(c.last_name), lower(c.first_name), c.seq',
  // PostgreSQL cannot use an output column's name inside an ORDER BY expression.
  'last-visit': `${lastVisit} IS NULL, ${lastVisit} DESC, lower(c.last_name)`,
};

const pageColumns = `c.seq, c.id, c.first_name, c.last_name, c.date_of_birth, c.email, c.phone,
  c.created_at, c.archived_at`;

/**
 * Both tiers in one statement, one round trip per key press. stance_prefix_query (migration 004)
 * is IMMUTABLE, so the planner folds the typed words into the query while planning and sees how
 * common they are. The second tier runs only when the first is short of a page (its one-time
 * filter skips it otherwise) and never for a lone first letter ($4); it leaves out the name
 * matches itself, as on SQLite. The last visit is looked up for the page alone, after the cut.
 */
const searchSql = `
  WITH by_name AS (
    SELECT ${pageColumns} FROM clients c
    WHERE c.search_names @@ stance_prefix_query($1) AND (c.archived_at IS NOT NULL) = $2
    ORDER BY c.seq DESC LIMIT $3
  ), elsewhere AS (
    SELECT ${pageColumns} FROM clients c
    WHERE NOT $4 AND (SELECT count(*) FROM by_name) < $3
      AND c.search_all @@ stance_prefix_query($1)
      AND NOT c.search_names @@ stance_prefix_query($1)
      AND (c.archived_at IS NOT NULL) = $2
    ORDER BY c.seq DESC LIMIT $3
  )
  SELECT c.id, c.first_name, c.last_name, c.date_of_birth, c.email, c.phone, c.created_at,
    c.archived_at, ${lastVisit} AS last_visit_on
  FROM (SELECT 1 AS tier, * FROM by_name UNION ALL SELECT 2 AS tier, * FROM elsewhere) c
  ORDER BY c.tier, c.seq DESC LIMIT $3`;

export function studioClientStore(db: Queryable): ClientStore {
  return {
    async insert(client) {
      await db.query(
        `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation,
           notes, created_at, updated_at, archived_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          client.id,
          client.firstName,
          client.lastName,
          client.dateOfBirth,
          client.email,
          client.phone,
          client.occupation,
          client.notes,
          client.createdAt,
          client.updatedAt,
          client.archivedAt,
        ],
      );
    },
    async updateFields(id, fields, updatedAt) {
      const result = await db.query(
        `UPDATE clients SET first_name = $2, last_name = $3, date_of_birth = $4, email = $5,
           phone = $6, occupation = $7, notes = $8, updated_at = $9
         WHERE id = $1`,
        [
          id,
          fields.firstName,
          fields.lastName,
          fields.dateOfBirth,
          fields.email,
          fields.phone,
          fields.occupation,
          fields.notes,
          updatedAt,
        ],
      );
      return result.rowCount === 1;
    },
    async setArchived(id, archivedAt, updatedAt) {
      const result = await db.query(
        'UPDATE clients SET archived_at = $2, updated_at = $3 WHERE id = $1',
        [id, archivedAt, updatedAt],
      );
      return result.rowCount === 1;
    },
    async delete(id) {
      const result = await db.query('DELETE FROM clients WHERE id = $1', [id]);
      return result.rowCount === 1;
    },
    async find(id) {
      const result = await db.query<ClientRow>(
        `SELECT id, first_name, last_name, date_of_birth, email, phone, occupation, notes,
           created_at, updated_at, archived_at
         FROM clients WHERE id = $1`,
        [id],
      );
      const row = result.rows[0];
      return row && toClient(row);
    },
    async list({ archived, sort, limit }) {
      const result = await db.query<SummaryRow>(
        `SELECT ${summaryColumns} FROM clients c WHERE (c.archived_at IS NOT NULL) = $1
         ORDER BY ${orderBy[sort]} LIMIT $2`,
        [archived, limit],
      );
      return result.rows.map(toSummary);
    },
    async search(typed, { archived, limit }): Promise<ClientSummary[]> {
      const words = searchWords(typed);
      if (words.length === 0) return [];
      const namesOnly = words.length === 1 && [...words[0]!].length === 1;
      const result = await db.query<SummaryRow>(searchSql, [words, archived, limit, namesOnly]);
      return result.rows.map(toSummary);
    },
  };
}
