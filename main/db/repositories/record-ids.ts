import type { Db } from '../connection';

/** Which of `ids` are already used by an assessment, program or photo row (any client's). */
export function existingRecordIds(db: Db, ids: readonly string[]): string[] {
  const rows = db
    .prepare(
      `SELECT value AS id FROM json_each(?)
       WHERE value IN (SELECT id FROM assessments UNION ALL SELECT id FROM programs UNION ALL SELECT id FROM photos UNION ALL SELECT id FROM clips)`,
    )
    .all(JSON.stringify(ids)) as { id: string }[];
  return rows.map((row) => row.id);
}
