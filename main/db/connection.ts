import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { openHardened, openUntrusted } from './hardened';

export type Db = Database.Database;

/**
 * Opens the one read-write connection the app uses. WAL keeps readers off the writer's back;
 * synchronous=FULL because better-sqlite3 builds WAL with NORMAL, which can roll back a commit
 * we already told the practitioner was saved if the power goes.
 */
export function openDatabase(file: string): Db {
  let db: Db | undefined;
  try {
    db = openHardened(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Erasing a client must not leave her in freed pages; the cost on a save is in `npm run bench`.
    db.pragma('secure_delete = ON');
    return db;
  } catch (error) {
    db?.close();
    throw damaged(file, error instanceof Error ? error.message : String(error));
  }
}

/**
 * A read-only connection to an existing file, for serving reads while the file's full check is
 * still running: until it has passed, nothing may write to the file, and a read-only connection
 * cannot (not even the checkpoint SQLite makes when the last writer closes).
 */
export function openReadOnly(file: string): Db {
  const db = openUntrusted(file);
  try {
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Rows this connection has written since it opened, as SQLite's total_changes() counts them. */
export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS changes').get() as { changes: number }).changes;
}

/** Refuses to go on with a damaged file; `quick_check(1)` stops at the first problem, so it is cheap. */
export function assertHealthy(db: Db, file: string): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check(1)') as { quick_check: string }[];
  } catch (error) {
    throw damaged(file, error instanceof Error ? error.message : String(error));
  }
  const first = rows[0]?.quick_check;
  if (first !== 'ok') throw damaged(file, first ?? 'no answer from the integrity check');
}

export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Flushes the WAL into the main file so a copy of the folder made while Stance is closed is whole.
 * Best-effort: on a full disk the optimize or checkpoint fails, but the connection is still closed
 * (SQLite keeps the WAL, and the next open replays it), so quitting never stops here. Returns what
 * could not be tidied, in a sentence, or null when all went well.
 */
export function closeDatabase(db: Db): string | null {
  if (!db.open) return null;
  const untidy: string[] = [];
  for (const [step, pragma] of TIDY_STEPS) {
    try {
      db.pragma(pragma);
    } catch (error) {
      untidy.push(`${step} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  try {
    db.close();
  } catch (error) {
    untidy.push(`closing the file (${error instanceof Error ? error.message : String(error)})`);
  }
  if (untidy.length === 0) return null;
  return (
    `Stance could not finish tidying the client database before closing: ${untidy.join('; ')}. ` +
    'Everything saved is kept and is taken in again the next time Stance opens.'
  );
}

const TIDY_STEPS: readonly (readonly [string, string])[] = [
  ['updating its search statistics', 'optimize'],
  ['folding recent changes into the main file', 'wal_checkpoint(TRUNCATE)'],
];

export function damaged(file: string, detail: string): AppError {
  return new AppError(
    'database-damaged',
    `The client database at ${file} could not be read. It may be damaged. Nothing has been changed or deleted. (${detail})`,
  );
}
