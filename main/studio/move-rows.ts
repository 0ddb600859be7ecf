/**
 * Copies one table's rows from the local file's snapshot to the server, a batch at a time, so a
 * studio with years of photos' thumbnails never holds more than one batch in memory. Each batch
 * is one statement: its rows travel as one JSON array and the server unpacks them with
 * `jsonb_to_recordset`, typed by the server's own columns.
 */
import type { PoolClient } from 'pg';
import type { Db } from '../db/connection';
import { fileReferences } from '../db/file-references';
import { columnsOf, forEachBatch, rowCount, type SourceRow } from '../db/repositories/move-source';
import type { MovedTable } from './move-plan';

/** Rows per statement: a few megabytes at most even when every row carries a thumbnail. */
export const MOVE_BATCH_ROWS = 200;

export interface TableCopy {
  inserted: number;
  /** Rows the server already had (kept, for tables that keep the studio's own). */
  kept: number;
  /** Every stored file the inserted rows name, with its media type. */
  files: Map<string, string>;
}

export async function copyTable(
  local: Db,
  server: PoolClient,
  entry: MovedTable,
  onBatch: (rows: number) => void,
): Promise<TableCopy> {
  const copy: TableCopy = { inserted: 0, kept: 0, files: new Map() };
  if (entry.whenOnServer === 'keep-studios-set' && (await serverHasAny(server, entry))) {
    copy.kept = rowCount(local, entry.table, entry.only);
    onBatch(copy.kept);
    return copy;
  }
  const columns = columnsOf(local, entry.table);
  const types = await serverTypes(server, entry.table);
  const statement = insertStatement(entry, columns, types);
  const copyBatch = async (batch: SourceRow[]) => {
    const rows = batch.map((row) => serverRow(row, columns, types));
    const result = await server.query<{ hash: string | null; media_type: string }>(statement, [
      JSON.stringify(rows),
    ]);
    copy.inserted += result.rowCount ?? 0;
    copy.kept += batch.length - (result.rowCount ?? 0);
    for (const { hash, media_type } of result.rows)
      if (hash !== null) copy.files.set(hash, media_type);
    onBatch(batch.length);
  };
  await forEachBatch(local, entry.table, '*', MOVE_BATCH_ROWS, copyBatch, entry.only);
  return copy;
}

async function serverHasAny(server: PoolClient, entry: MovedTable): Promise<boolean> {
  const { rows } = await server.query<{ any: boolean }>(
    entry.only === undefined
      ? `SELECT EXISTS (SELECT 1 FROM ${entry.table}) AS any`
      : `SELECT EXISTS (SELECT 1 FROM ${entry.table} WHERE ${entry.only.column} = ANY($1::text[])) AS any`,
    entry.only === undefined ? [] : [entry.only.values],
  );
  return rows[0]?.any === true;
}

async function serverTypes(server: PoolClient, table: string): Promise<Map<string, string>> {
  const { rows } = await server.query<{ column_name: string; data_type: string }>(
    "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
    [table],
  );
  return new Map(rows.map((row) => [row.column_name, row.data_type]));
}

/** Bytes travel as base64 text inside the JSON; everything else as the server's own type. */
function insertStatement(
  entry: MovedTable,
  columns: readonly string[],
  types: ReadonlyMap<string, string>,
): string {
  const declared = columns.map((column) => {
    const type = types.get(column);
    if (type === undefined)
      throw new Error(`The studio database has no column ${entry.table}.${column}.`);
    return `${column} ${type === 'bytea' ? 'text' : type}`;
  });
  const values = columns.map((column) =>
    types.get(column) === 'bytea' ? `decode(moved.${column}, 'base64')` : `moved.${column}`,
  );
  const onConflict =
    entry.whenOnServer === 'refuse' ? '' : ` ON CONFLICT (${entry.key.join(', ')}) DO NOTHING`;
  return (
    `INSERT INTO ${entry.table} (${columns.join(', ')}) ` +
    `SELECT ${values.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS moved(${declared.join(', ')})` +
    `${onConflict} RETURNING ${returnedFile(entry.table)}`
  );
}

/**
 * The file an inserted row names, from the one registry of file columns, so a table that gains a
 * file column there has its files moved too. A row naming none returns a null hash.
 */
function returnedFile(table: string): string {
  const reference = fileReferences.find((candidate) => candidate.table === table);
  if (reference === undefined) return "NULL::text AS hash, '' AS media_type";
  if ('setting' in reference)
    return `CASE WHEN ${table}.key = '${reference.setting}' AND jsonb_typeof(${table}.${reference.column}) = 'string' THEN ${table}.${reference.column} #>> '{}' END AS hash, ${reference.mediaType} AS media_type`;
  return `${table}.${reference.column} AS hash, ${reference.mediaType} AS media_type`;
}

function serverRow(
  row: SourceRow,
  columns: readonly string[],
  types: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const column of columns) {
    const value = row[column] ?? null;
    const type = types.get(column);
    if (value === null) converted[column] = null;
    else if (type === 'jsonb') converted[column] = JSON.parse(String(value)) as unknown;
    else if (type === 'bytea') converted[column] = Buffer.from(value as Buffer).toString('base64');
    else if (typeof value === 'bigint') converted[column] = Number(value);
    else converted[column] = value;
  }
  return converted;
}
