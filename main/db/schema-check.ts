import { AppError } from '../../shared/errors';
import type { Db } from './connection';
import { openHardened } from './hardened';
import { latestSchemaVersion, migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

/** One row of sqlite_schema, with its SQL normalised so only meaning is compared. */
interface SchemaEntry {
  type: string;
  name: string;
  tableName: string;
  sql: string | null;
}

type Schema = ReadonlyMap<string, SchemaEntry>;

const expectedByVersion = new Map<number, Schema>();

/**
 * What Stance's own migrations make for `version`, built once per version in a scratch in-memory
 * database. Comparing against this, rather than against a list kept by hand, means a new migration
 * can never be forgotten here.
 */
export function expectedSchema(
  version: number,
  migrations: readonly Migration[] = allMigrations,
): Schema {
  const cached = migrations === allMigrations ? expectedByVersion.get(version) : undefined;
  if (cached) return cached;
  const scratch = openHardened(':memory:');
  try {
    for (const migration of migrations.slice(0, version)) migration.up(scratch);
    const schema = readSchema(scratch);
    if (migrations === allMigrations) expectedByVersion.set(version, schema);
    return schema;
  } finally {
    scratch.close();
  }
}

/**
 * Every difference between the file's schema and what Stance makes for its user_version, each as
 * a sentence a practitioner can read out to support. Empty when the file is exactly Stance's.
 * Reads only sqlite_schema, so it is cheap on any size of file and runs none of the file's views.
 */
export function schemaDifferences(db: Db, version: number): string[] {
  let actual: Schema;
  try {
    actual = readSchema(db);
  } catch (error) {
    return [
      `Its list of tables cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    ];
  }
  const expected = expectedSchema(version);
  // What was added or swapped is what can act on her data, so it is named first.
  const swapped: string[] = [];
  const added: string[] = [];
  const missing: string[] = [];
  const altered: string[] = [];
  for (const want of expected.values()) {
    const have = actual.get(want.name);
    if (!have) missing.push(`The ${want.type} ${want.name} is missing.`);
    else if (have.type !== want.type)
      swapped.push(
        `This file has ${article(have.type)} where Stance keeps a ${want.type}: ${want.name}.`,
      );
    else if (have.tableName !== want.tableName || have.sql !== want.sql)
      altered.push(`The ${want.type} ${want.name} is not made the way Stance makes it.`);
  }
  for (const have of actual.values()) {
    if (expected.has(have.name) || isSqliteStatistics(have)) continue;
    const on = have.type === 'trigger' || have.type === 'index' ? ` (on ${have.tableName})` : '';
    added.push(`The file has ${article(have.type)} Stance does not make: ${have.name}${on}.`);
  }
  return [...swapped, ...added, ...missing, ...altered];
}

/**
 * The start-up check of the live file, before anything runs on it: a file changed outside Stance
 * (a view that never answers, a trigger that writes elsewhere) goes to the recovery screen instead
 * of hanging or running. A file from a newer Stance is left to the migration step's own message.
 */
export function assertStanceSchema(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > latestSchemaVersion) return;
  const problems = schemaDifferences(db, version);
  if (problems.length === 0) return;
  throw new AppError(
    'database-damaged',
    `The client database at ${file} has been changed outside Stance, so Stance did not open it ` +
      `and nothing in it was run. Nothing has been changed or deleted. ${describeDifferences(problems)}`,
  );
}

/** Several problems read as one message; the first few are enough to pass on. */
export function describeDifferences(problems: readonly string[]): string {
  const shown = problems.slice(0, 4).join(' ');
  const more = problems.length - 4;
  return more > 0 ? `${shown} (and ${more} more differences)` : shown;
}

function readSchema(db: Db): Schema {
  const rows = db
    .prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema')
    .all() as { type: string; name: string; tableName: string; sql: string | null }[];
  return new Map(
    rows.map((row) => [
      row.name.toLowerCase(),
      {
        type: row.type,
        name: row.name.toLowerCase(),
        tableName: row.tableName.toLowerCase(),
        sql: normaliseSql(row.sql),
      },
    ]),
  );
}

/**
 * `PRAGMA optimize` (run at every close) and ANALYZE add these; they only guide the query planner.
 * Their definitions are fixed by SQLite, so only those exact ones are let through.
 */
const STATISTICS_TABLES = new Map([
  ['sqlite_stat1', normaliseSql('CREATE TABLE sqlite_stat1(tbl,idx,stat)')],
  ['sqlite_stat4', normaliseSql('CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)')],
]);

function isSqliteStatistics(entry: SchemaEntry): boolean {
  return entry.type === 'table' && STATISTICS_TABLES.get(entry.name) === entry.sql;
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/**
 * Compares statements by their tokens: whitespace, comments, identifier quoting and the case of
 * keywords and names do not count (SQLite ignores them too); string literals count exactly.
 */
export function normaliseSql(sql: string | null): string | null {
  if (sql === null) return null;
  const tokens: string[] = [];
  let at = 0;
  while (at < sql.length) {
    const char = sql[at]!;
    if (/\s/.test(char)) {
      at += 1;
    } else if (sql.startsWith('--', at)) {
      const end = sql.indexOf('\n', at);
      at = end === -1 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', at)) {
      const end = sql.indexOf('*/', at + 2);
      at = end === -1 ? sql.length : end + 2;
    } else if (char === "'") {
      const end = closingQuote(sql, at, "'");
      tokens.push(sql.slice(at, end));
      at = end;
    } else if (char === '"' || char === '`' || char === '[') {
      const close = char === '[' ? ']' : char;
      const end = closingQuote(sql, at, close);
      tokens.push(
        sql
          .slice(at + 1, end - 1)
          .replaceAll(close + close, close)
          .toLowerCase(),
      );
      at = end;
    } else if (/[\w$]/.test(char)) {
      let end = at;
      while (end < sql.length && /[\w$]/.test(sql[end]!)) end += 1;
      tokens.push(sql.slice(at, end).toLowerCase());
      at = end;
    } else {
      tokens.push(char);
      at += 1;
    }
  }
  return tokens.join(' ');
}

/** The index just past the quote that closes the one at `start`; a doubled quote is escaped. */
function closingQuote(sql: string, start: number, close: string): number {
  let at = start + 1;
  while (at < sql.length) {
    if (sql[at] === close) {
      if (close !== ']' && sql[at + 1] === close) at += 2;
      else return at + 1;
    } else at += 1;
  }
  return sql.length;
}

/**
 * quick_check does not look inside FTS5's shadow tables, and a tampered search index can make a
 * search answer wrongly or fail. FTS5's own integrity-check compares it with the clients it
 * indexes. It is written as an INSERT, so it runs on a copy Stance owns (the staged restore).
 */
export function searchIndexDifferences(file: string): string[] {
  const db = openHardened(file, { fileMustExist: true });
  try {
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%USING fts5%'")
      .pluck()
      .all() as string[];
    const problems: string[] = [];
    for (const name of indexes) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      try {
        db.prepare(`INSERT INTO ${quoted} (${quoted}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (error) {
        problems.push(
          `The search index ${name} does not match the data it indexes (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    }
    return problems;
  } finally {
    db.close();
  }
}
