import type { z } from 'zod';
import { settingsFields } from '../../shared/domain/settings';
import type { Db } from './connection';
import { openUntrusted } from './hardened';

/**
 * The one list of every place a row names a file in the content-addressed store (photos, exercise
 * photos, the studio logo). The orphan sweep deletes every stored file this list does not reach,
 * so a table that stores a file and is missing here loses its files at the next sweep: a new one
 * is added here first. The backup photo copies, the photo server, client erase
 * and client export all read this list; `fileReferenceProblems` compares it with the live schema
 * and the sweep refuses to run while they disagree.
 *
 * How a file reference is recognised in the schema (the convention `fileReferenceProblems` checks):
 * - a table column named `hash` or ending in `_hash` holds the SHA-256 of a stored file;
 * - in the `settings` key-value table, a setting whose rule (shared/domain/settings) accepts a
 *   SHA-256 (64 lowercase hex digits) and refuses other text holds one, as its JSON string value.
 */
export interface FileReference {
  /** What a person calls these files, for messages. */
  what: string;
  table: string;
  column: string;
  /** Only for the `settings` table: the key whose JSON string value is the hash. */
  setting?: string;
  /** SQL giving the media type of the file one row names; the photo server sends it. */
  mediaType: string;
  /**
   * A client's files go with her record (erase, export); the studio's stay. For a client's, the
   * join from this table to the assessment the row belongs to (aliased `owner`).
   */
  owner: { client: { join: string } } | 'studio';
}

export const fileReferences = [
  {
    what: 'assessment photos',
    table: 'photos',
    column: 'hash',
    mediaType: 'photos.media_type',
    owner: { client: { join: 'JOIN assessments owner ON owner.id = photos.assessment_id' } },
  },
  {
    what: 'movement clips',
    table: 'clips',
    column: 'hash',
    mediaType: 'clips.media_type',
    owner: { client: { join: 'JOIN assessments owner ON owner.id = clips.assessment_id' } },
  },
  {
    what: 'exercise photos',
    table: 'exercise_photos',
    column: 'hash',
    mediaType: 'exercise_photos.media_type',
    owner: 'studio',
  },
  {
    what: 'the studio logo',
    table: 'settings',
    column: 'value',
    setting: 'logo',
    // Always stored as PNG (see main/photos/logo.ts), so the setting needs no type of its own.
    mediaType: "'image/png'",
    owner: 'studio',
  },
] as const satisfies readonly FileReference[];

type Reference = (typeof fileReferences)[number];

/** Tables whose files belong to one client; export must carry each (see record-export.ts). */
export type ClientFileTable = Extract<Reference, { owner: { client: unknown } }>['table'];

const SHA256_HEX = /^[0-9a-f]{64}$/;

function hashOf(ref: FileReference): string {
  return ref.setting === undefined
    ? `${ref.table}.${ref.column}`
    : `${ref.table}.${ref.column} ->> '$'`;
}

function rowsOf(ref: FileReference): string {
  if (ref.setting === undefined) return 'TRUE';
  if (!/^[A-Za-z]+$/.test(ref.setting)) throw new Error(`not a setting key: ${ref.setting}`);
  return `${ref.table}.key = '${ref.setting}' AND json_type(${ref.table}.${ref.column}) = 'text'`;
}

function selectHashes(refs: readonly FileReference[]): string {
  return refs
    .map((ref) => `SELECT ${hashOf(ref)} AS hash FROM ${ref.table} WHERE ${rowsOf(ref)}`)
    .join(' UNION ');
}

/** Every hash a row names: the files the orphan sweep must keep. */
export function referencedHashes(db: Db): Set<string> {
  const rows = db.prepare(selectHashes(presentIn(db))).all() as { hash: string }[];
  return new Set(rows.map((row) => row.hash));
}

/** The media type of a stored file some row names, or undefined when none does. */
export function referencedMediaType(db: Db, hash: string): string | undefined {
  const query = presentIn(db)
    .map(
      (ref) =>
        `SELECT ${ref.mediaType} AS media_type FROM ${ref.table} WHERE ${rowsOf(ref)} AND ${hashOf(ref)} = @hash`,
    )
    .join(' UNION ALL ');
  const row = db.prepare(`${query} LIMIT 1`).get({ hash }) as { media_type: string } | undefined;
  return row?.media_type;
}

export function isHashReferenced(db: Db, hash: string): boolean {
  return referencedMediaType(db, hash) !== undefined;
}

/** The files that belong to one client, or to one of her assessments: what an erase lets go. */
export function hashesOwnedBy(
  db: Db,
  owner: { clientId: string } | { assessmentId: string },
): string[] {
  const [match, id] =
    'clientId' in owner ? ['owner.client_id', owner.clientId] : ['owner.id', owner.assessmentId];
  const owned = presentIn(db).filter((ref) => ref.owner !== 'studio');
  if (owned.length === 0) return [];
  const query = owned
    .map(
      (ref) =>
        `SELECT ${hashOf(ref)} AS hash FROM ${ref.table} ${ref.owner.client.join} WHERE ${match} = @id`,
    )
    .join(' UNION ');
  const rows = db.prepare(query).all({ id }) as { hash: string }[];
  return rows.map((row) => row.hash);
}

/**
 * The hashes a database file names, read from that file itself (a backup copy, or one picked to
 * restore) so the photo set matches that snapshot exactly. A database older than a table simply
 * has none of its files. Anything that is not a well-formed hash is skipped: a file picked by the
 * practitioner is not trusted to name paths.
 */
export function referencedHashesIn(databaseFile: string): string[] {
  const db = openUntrusted(databaseFile);
  try {
    const present = presentIn(db);
    if (present.length === 0) return [];
    const rows = db.prepare(selectHashes(present)).all() as { hash: unknown }[];
    return rows.flatMap((row) =>
      typeof row.hash === 'string' && SHA256_HEX.test(row.hash) ? [row.hash] : [],
    );
  } finally {
    db.close();
  }
}

/**
 * The references whose table this database has. The live database is always at the latest schema,
 * where that is all of them; an older file (a backup, a step of a migration) lacks the newer
 * tables and so none of their files. The sweep still refuses while the list and schema disagree.
 */
function presentIn(db: Db): Reference[] {
  return fileReferences.filter((ref) => tableExists(db, ref.table));
}

function tableExists(db: Db, table: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !==
    undefined
  );
}

/** By the convention above: a column that holds the SHA-256 of a stored file. */
export function isHashColumn(column: string): boolean {
  return column === 'hash' || column.endsWith('_hash');
}

/** By the convention above: a setting whose rule takes a SHA-256 and nothing else. */
export function isHashSetting(rule: z.ZodType): boolean {
  return rule.safeParse('0'.repeat(64)).success && !rule.safeParse('not a stored file').success;
}

/**
 * Where the list and the live schema disagree, in plain words; empty when they agree. A column or
 * setting that holds a stored file but is not listed would have its files deleted by the sweep;
 * a listed one the schema lacks means the list no longer describes this database.
 */
export function fileReferenceProblems(
  db: Db,
  settingRules: Readonly<Record<string, z.ZodType>> = settingsFields,
  references: readonly FileReference[] = fileReferences,
): string[] {
  const columns = db
    .prepare(
      `SELECT m.name AS tableName, c.name AS columnName FROM sqlite_schema m
       JOIN pragma_table_info(m.name) c
       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
    )
    .all() as { tableName: string; columnName: string }[];
  const inSchema = new Set(columns.map((c) => `${c.tableName}.${c.columnName}`));
  const listed = new Set(
    references.filter((ref) => ref.setting === undefined).map((r) => `${r.table}.${r.column}`),
  );
  const listedSettings = new Set(references.flatMap((ref) => ref.setting ?? []));
  const problems: string[] = [];

  for (const { tableName, columnName } of columns) {
    const name = `${tableName}.${columnName}`;
    if (isHashColumn(columnName) && !listed.has(name))
      problems.push(`the column ${name} holds stored files but is not in the list`);
  }
  for (const [key, rule] of Object.entries(settingRules)) {
    if (isHashSetting(rule) && !listedSettings.has(key))
      problems.push(`the setting "${key}" holds a stored file but is not in the list`);
  }
  for (const ref of references) {
    const name = `${ref.table}.${ref.column}`;
    if (!inSchema.has(name)) problems.push(`the list names ${name}, which the database lacks`);
    else if (ref.setting === undefined && !isHashColumn(ref.column))
      problems.push(`the list names ${name}, which is not named as a stored-file column`);
    else if (ref.setting !== undefined && ref.table !== 'settings')
      problems.push(`the list names a setting in ${ref.table}, which is not the settings table`);
    else if (ref.setting !== undefined && !isHashSettingIn(settingRules, ref.setting))
      problems.push(`the list names the setting "${ref.setting}", which holds no stored file`);
  }
  return problems;
}

function isHashSettingIn(rules: Readonly<Record<string, z.ZodType>>, key: string): boolean {
  const rule = rules[key];
  return rule !== undefined && isHashSetting(rule);
}
