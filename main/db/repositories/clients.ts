import type { ClientSortOrder } from '../../../shared/contract';
import type { Client, ClientFields, ClientSummary } from '../../../shared/domain/clients';
import type { Db } from '../connection';
import { searchWords } from '../stores/client-store';
import { knownToFindNobody, rememberFoundNobody } from './empty-search-memo';
import { toClient, toSummary, type ClientRow, type SummaryRow } from '../stores/client-rows';

const summarySelect = `
  SELECT c.id, c.first_name, c.last_name, c.date_of_birth, c.email, c.phone, c.created_at, c.archived_at,
         (SELECT max(a.assessed_on) FROM assessments a WHERE a.client_id = c.id) AS last_visit_on
  FROM clients c`;

const orderBy: Record<ClientSortOrder, string> = {
  newest: 'c.created_at DESC, c.rowid DESC',
  name: 'c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.rowid',
  'last-visit': 'last_visit_on IS NULL, last_visit_on DESC, c.last_name COLLATE NOCASE',
};

export function insertClient(db: Db, client: Client): void {
  db.prepare(
    `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation, notes, created_at, updated_at, archived_at)
     VALUES (@id, @firstName, @lastName, @dateOfBirth, @email, @phone, @occupation, @notes, @createdAt, @updatedAt, @archivedAt)`,
  ).run(client);
}

export function updateClientFields(
  db: Db,
  id: string,
  fields: ClientFields,
  updatedAt: string,
  expected: string | null = null,
): boolean {
  const result = db
    .prepare(
      `UPDATE clients SET first_name = @firstName, last_name = @lastName, date_of_birth = @dateOfBirth, email = @email,
         phone = @phone, occupation = @occupation, notes = @notes, updated_at = @updatedAt
       WHERE id = @id AND (@expected IS NULL OR updated_at = @expected)`,
    )
    .run({ ...fields, id, updatedAt, expected });
  return result.changes === 1;
}

export function setClientArchived(
  db: Db,
  id: string,
  archivedAt: string | null,
  updatedAt: string,
): boolean {
  return (
    db
      .prepare('UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?')
      .run(archivedAt, updatedAt, id).changes === 1
  );
}

export function deleteClient(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM clients WHERE id = ?').run(id).changes === 1;
}

/**
 * After a delete, the search indexes still hold the erased words: FTS5 records a deletion as a
 * marker in a newer segment and leaves the old segment, with her name in it, until segments are
 * merged. 'optimize' merges them all now; with secure_delete on, the pages it frees are zeroed.
 * A backup from before migration 009 has no index of names, and it is not made here.
 */
export function mergeSearchIndexes(db: Db): void {
  for (const index of searchIndexes) {
    const present = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")
      .get(index);
    if (present) db.prepare(`INSERT INTO ${index} (${index}) VALUES ('optimize')`).run();
  }
}

const searchIndexes = ['clients_fts', 'clients_fts_names'] as const;

/**
 * Folds the WAL into the main file and empties it, so the frames that held an erased client's
 * rows (written when she was added or changed) are gone now, not at quit. Best-effort: a reader
 * can hold the WAL for a moment, and the checkpoint at close does the same again.
 */
export function emptyWriteAheadLog(db: Db): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}

export function findClient(db: Db, id: string): Client | undefined {
  const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  return row && toClient(row);
}

export interface ClientListOptions {
  archived: boolean;
  sort: ClientSortOrder;
  limit: number;
}

export function listClients(db: Db, options: ClientListOptions): ClientSummary[] {
  const rows = db
    .prepare(
      `${summarySelect} WHERE (c.archived_at IS NOT NULL) = @archived ORDER BY ${orderBy[options.sort]} LIMIT @limit`,
    )
    .all({ archived: options.archived ? 1 : 0, limit: options.limit }) as SummaryRow[];
  return rows.map(toSummary);
}

/**
 * Full-text search in two tiers: clients whose names hold every typed word first, then those
 * matched anywhere else (email, phone, occupation, notes); within a tier the most recently added
 * client comes first. The first tier reads the index of names alone (migration 009), the second
 * the index of every column. Each tier walks its index newest rowid first and stops at the page
 * size, so a query matching tens of thousands of clients costs no more than one matching a page:
 * ranking every match (bm25) read each match's column sizes and grew with the data. Each tier
 * reads its summaries in the same statement: a page of one-row lookups afterwards cost more than
 * the match.
 */
export function searchClients(
  db: Db,
  query: PrefixQuery,
  options: Omit<ClientListOptions, 'sort'>,
): ClientSummary[] {
  const archived = options.archived ? 1 : 0;
  const params = { match: query.terms, archived, limit: options.limit };
  // A lone letter looks at names only, so finding no name says nothing about longer searches.
  const remembered = !query.namesOnly;
  if (remembered && knownToFindNobody(db, query.words, options.archived)) return [];
  const byName = db.prepare(namesPageSql).all(params) as SummaryRow[];
  if (byName.length === options.limit || query.namesOnly) return byName.map(toSummary);
  // The second tier asks for every match and drops the name matches it already has, rather than
  // `match NOT names`: FTS5 evaluates both sides of a NOT in full, which grows with the data.
  // Short of a full page, the first tier holds every name match, so a page of all matches still
  // leaves enough once they are dropped.
  const seen = new Set(byName.map((row) => row.id));
  const anywhere = db.prepare(anywherePageSql).all(params) as SummaryRow[];
  const elsewhere = anywhere.filter((row) => !seen.has(row.id));
  if (remembered && byName.length === 0 && anywhere.length === 0)
    rememberFoundNobody(db, query.words, options.archived);
  return [...byName, ...elsewhere].slice(0, options.limit).map(toSummary);
}

// The index goes unaliased, so the query plan names the one each tier reads.
const pageSql = (index: string) => `${summarySelect} JOIN ${index} ON ${index}.rowid = c.rowid
  WHERE ${index} MATCH @match AND (c.archived_at IS NOT NULL) = @archived
  ORDER BY ${index}.rowid DESC LIMIT @limit`;
const namesPageSql = pageSql('clients_fts_names');
const anywherePageSql = pageSql('clients_fts');

/** How SQLite runs each tier of the search (EXPLAIN QUERY PLAN), for the test that pins it. */
export function searchPlan(db: Db): { names: string[]; anywhere: string[] } {
  const plan = (sql: string) =>
    (
      db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ match: '"a"*', archived: 0, limit: 200 }) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
  return { names: plan(namesPageSql), anywhere: plan(anywherePageSql) };
}

/**
 * What the practitioner typed as an FTS5 query: `terms` asks that every word match the start of
 * a word in some column. Each word is quoted, so FTS syntax in the input (`OR`, `*`, `"`, `-`) is
 * only ever text. A lone first letter looks at names only (`namesOnly`): it is the start of
 * typing a name, and matching it against every email and phone number would rank the whole list
 * for nothing.
 */
export interface PrefixQuery {
  words: readonly string[];
  terms: string;
  namesOnly: boolean;
}

/** Null when nothing searchable is left. */
export function toPrefixQuery(typed: string): PrefixQuery | null {
  const words = searchWords(typed);
  if (words.length === 0) return null;
  const terms = words.map((word) => `"${word}"*`).join(' ');
  return { words, terms, namesOnly: words.length === 1 && [...words[0]!].length === 1 };
}
