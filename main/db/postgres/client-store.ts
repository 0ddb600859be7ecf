/**
 * A studio's clients on PostgreSQL, behaving as the SQLite store does (the same contract test
 * runs against both). Search follows the same two tiers with generated full-text vectors in place
 * of FTS5: names first, then everything else, newest first within each, each tier cut at the
 * page size. A GIN index hands its matches over unordered, so a tier reads every match's row and
 * keeps the newest page; each row carries all a summary needs, so nothing more is read for it.
 */
import type { ClientSortOrder } from '../../../shared/contract';
import type { ClientSummary } from '../../../shared/domain/clients';
import type { ClientWithLatest } from '../repositories/client-latest';
import { searchWords, type ClientStore } from '../stores/client-store';
import { toClient, toSummary, type ClientRow, type SummaryRow } from '../stores/client-rows';
import type { Queryable } from './transaction';

// Kept by the server's triggers on assessments (migration 010): reading it costs nothing, where
// looking up each listed client's latest assessment cost as much as the search itself.
const summaryColumns = `c.id, c.first_name, c.last_name, c.date_of_birth, c.email, c.phone,
  c.created_at, c.archived_at, c.last_visit_on`;

// lower() matches SQLite's NOCASE for the ASCII letters NOCASE folds, and goes further for others.
const orderBy: Record<ClientSortOrder, string> = {
  newest: 'c.created_at DESC, c.seq DESC',
  name: 'lower(c.last_name), lower(c.first_name), c.seq',
  'last-visit': 'c.last_visit_on IS NULL, c.last_visit_on DESC, lower(c.last_name)',
};

/**
 * One tier of the search. stance_prefix_query (migration 004) folds the typed words as the index
 * was folded, inside this statement: it is IMMUTABLE, so the planner works it out while planning
 * and sees how common the words are, as when the query came in as a value from a statement of
 * its own (one round trip fewer per key press).
 */
const tierSql = (vector: 'search_names' | 'search_all') => `
  SELECT ${summaryColumns} FROM clients c
  WHERE c.${vector} @@ stance_prefix_query($1) AND (c.archived_at IS NOT NULL) = $2
  ORDER BY c.seq DESC LIMIT $3`;

/** As the SQLite repository picks "latest" (client-latest.ts): the same revision for a score and its questionnaire. */
const latestOf = (column: string, present: string) => `(
  SELECT r.${column} FROM assessments a
  JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
  WHERE a.client_id = c.id AND r.${present} IS NOT NULL
  ORDER BY a.assessed_on COLLATE "C" DESC, a.created_at COLLATE "C" DESC, a.id COLLATE "C" DESC
  LIMIT 1)`;

// lower() in "C" folds the ASCII letters SQLite's NOCASE folds, and orders as it does.
const withLatestSql = `
  SELECT c.first_name, c.last_name, c.date_of_birth, c.email, c.phone, c.occupation, c.notes,
         c.created_at, c.archived_at, c.last_visit_on AS last_visit,
         ${latestOf('pain_now', 'pain_now')} AS latest_pain,
         ${latestOf('disability_score', 'disability_score')} AS latest_disability,
         ${latestOf('disability_instrument', 'disability_score')} AS latest_instrument
  FROM clients c
  WHERE $1 OR c.archived_at IS NULL
  ORDER BY lower(c.last_name COLLATE "C"), lower(c.first_name COLLATE "C"), c.seq`;

/** What stance_record_export() raises for a client that is not there (no_data_found). */
const NO_SUCH_CLIENT = 'P0002';

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
    async updateFields(id, fields, updatedAt, expectedUpdatedAt) {
      const result = await db.query(
        `UPDATE clients SET first_name = $2, last_name = $3, date_of_birth = $4, email = $5,
           phone = $6, occupation = $7, notes = $8, updated_at = $9
         WHERE id = $1 AND ($10::text IS NULL OR updated_at = $10)`,
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
          expectedUpdatedAt ?? null,
        ],
      );
      return result.rowCount === 1;
    },
    async lastChange(id) {
      const result = await db.query<{ updated_at: string; updated_by: string | null }>(
        'SELECT updated_at, updated_by FROM clients WHERE id = $1',
        [id],
      );
      const row = result.rows[0];
      return row && { updatedAt: row.updated_at, updatedBy: row.updated_by };
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
    async noteExport(id) {
      try {
        await db.query('SELECT stance_record_export($1)', [id]);
        return true;
      } catch (error) {
        if ((error as { code?: unknown }).code === NO_SUCH_CLIENT) return false;
        throw error;
      }
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
      const page = [words, archived, limit];
      const byName = await db.query<SummaryRow>(tierSql('search_names'), page);
      const namesOnly = words.length === 1 && [...words[0]!].length === 1;
      if (byName.rows.length === limit || namesOnly) return byName.rows.map(toSummary);
      // As on SQLite: short of a page, the first tier holds every name match, so a page of all
      // matches still leaves enough once the names already listed are dropped.
      const seen = new Set(byName.rows.map((row) => row.id));
      const anywhere = await db.query<SummaryRow>(tierSql('search_all'), page);
      const elsewhere = anywhere.rows.filter((row) => !seen.has(row.id));
      return [...byName.rows, ...elsewhere].slice(0, limit).map(toSummary);
    },
    async listWithLatest(includeArchived) {
      const result = await db.query<ClientWithLatest>(withLatestSql, [includeArchived]);
      return result.rows;
    },
  };
}
