import type { Db } from '../connection';

/**
 * The settings table is a plain key -> JSON store shared by several features, so reads and writes
 * name their keys; nothing here deletes or lists keys it was not asked about.
 */
export function readSettingValues(db: Db, keys: readonly string[]): Record<string, unknown> {
  if (keys.length === 0) return {};
  const rows = db
    .prepare(`SELECT key, value FROM settings WHERE key IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(keys)) as { key: string; value: string }[];
  const values: Record<string, unknown> = {};
  for (const row of rows) values[row.key] = JSON.parse(row.value) as unknown;
  return values;
}

/** Stores every entry in one transaction, so a partly applied change is never seen. */
export function writeSettingValues(db: Db, entries: Readonly<Record<string, unknown>>): void {
  const upsert = db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(entries)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
}
