/**
 * The local file as "Move my records to the studio" reads it: one read-only snapshot, each table
 * in rowid order a batch at a time (the order clients and programs were added, which the studio
 * keeps as its `seq`). Table and column names come only from the move's own fixed plan.
 */
import { openReadOnly, type Db } from '../connection';

export type SourceValue = string | number | bigint | Buffer | null;
export type SourceRow = Record<string, SourceValue> & { move_rowid: number };

/** Opened read-only and held in one read transaction: every table as of the same moment. */
export function openMoveSnapshot(file: string): Db {
  const db = openReadOnly(file);
  try {
    db.exec('BEGIN');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function columnsOf(db: Db, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
}

/** The rows of a table whose `column` holds one of `values`; the column comes from the plan. */
export interface RowFilter {
  readonly column: string;
  readonly values: readonly string[];
}

/** The filter as SQL conditions and their values: none at all for every row. */
function conditions(only: RowFilter | undefined): { sql: string[]; values: string[] } {
  if (only === undefined) return { sql: [], values: [] };
  return {
    sql: [`${only.column} IN (SELECT value FROM json_each(?))`],
    values: [JSON.stringify(only.values)],
  };
}

export function rowCount(db: Db, table: string, only?: RowFilter): number {
  const { sql, values } = conditions(only);
  const where = sql.length === 0 ? '' : ` WHERE ${sql.join(' AND ')}`;
  return (db.prepare(`SELECT count(*) AS n FROM ${table}${where}`).get(...values) as { n: number })
    .n;
}

/** Reads `table` in batches of `size`, calling `each` and waiting for it before the next. */
export async function forEachBatch(
  db: Db,
  table: string,
  columns: string,
  size: number,
  each: (rows: SourceRow[]) => Promise<void>,
  only?: RowFilter,
): Promise<void> {
  const { sql, values } = conditions(only);
  const read = db.prepare(
    `SELECT rowid AS move_rowid, ${columns} FROM ${table} WHERE ${['rowid > ?', ...sql].join(' AND ')} ORDER BY rowid LIMIT ${size}`,
  );
  let after = -Infinity;
  for (;;) {
    const batch = read.all(after, ...values) as SourceRow[];
    if (batch.length === 0) return;
    after = batch.at(-1)!.move_rowid;
    await each(batch);
  }
}
