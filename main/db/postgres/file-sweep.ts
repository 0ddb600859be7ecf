/**
 * Removing stored files (`photo_files`) that no row names, on a studio server where colleagues add
 * photos at the same moment. Which rows name a file comes from the one list in file-references.ts.
 *
 * A colleague adding a photo whose bytes are already stored writes no file, only a row naming it,
 * which this transaction cannot see until hers commits (READ COMMITTED). So the files that look
 * unused are first locked (her `put` locks the file she names, see file-store.ts), and only then
 * deleted by a second statement, which reads anew: a photo row committed meanwhile keeps its file.
 */
import { fileReferences } from '../file-references';
import { inTransaction, type Queryable } from './transaction';

// jsonb holds the logo setting's hash as a JSON string; #>> '{}' reads it as text.
const namesFile = fileReferences
  .map((ref) =>
    'setting' in ref
      ? `EXISTS (SELECT 1 FROM ${ref.table} WHERE key = '${ref.setting}' AND ${ref.column} #>> '{}' = f.hash)`
      : `EXISTS (SELECT 1 FROM ${ref.table} WHERE ${ref.column} = f.hash)`,
  )
  .join(' OR ');

/** Which files to look at: those of `hashes`, or every stored file. */
export type SweepScope = readonly string[] | 'all';

/** Deletes the files in `scope` that no row names; how many went. */
export function removeUnnamedFiles(db: Queryable, scope: SweepScope): Promise<number> {
  if (scope !== 'all' && scope.length === 0) return Promise.resolve(0);
  const only = scope === 'all' ? 'TRUE' : 'f.hash = ANY($1::text[])';
  const values = scope === 'all' ? [] : [[...new Set(scope)]];
  return inTransaction(db, async (client) => {
    const unnamed = await client.query<{ hash: string }>(
      `SELECT f.hash FROM photo_files f WHERE ${only} AND NOT (${namesFile}) FOR UPDATE OF f`,
      values,
    );
    if (unnamed.rows.length === 0) return 0;
    const removed = await client.query(
      `DELETE FROM photo_files f WHERE f.hash = ANY($1::text[]) AND NOT (${namesFile})`,
      [unnamed.rows.map((row) => row.hash)],
    );
    return removed.rowCount ?? 0;
  });
}
