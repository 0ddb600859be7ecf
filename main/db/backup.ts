import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../durable';
import type { Db } from './connection';
import { openHardened, openUntrusted } from './hardened';
import { latestSchemaVersion } from './migrations';
import { schemaDifferences } from './schema-check';

/** better-sqlite3's own default; a progress callback must name the next step's size. */
const DEFAULT_PAGES_PER_STEP = 100;

export interface VerifiedBackup {
  file: string;
  bytes: number;
  schemaVersion: number;
}

/**
 * Copies the live database with SQLite's online backup API (never a raw file copy, which can
 * catch a half-written transaction), then proves the copy opens, passes quick_check and carries
 * the expected schema version before it is given its final name.
 */
export async function createVerifiedBackup(
  db: Db,
  destination: string,
  options: { onProgress?: (info: { totalPages: number; remainingPages: number }) => void } = {},
): Promise<VerifiedBackup> {
  const expectedVersion = db.pragma('user_version', { simple: true }) as number;
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial, {
      progress: (info) => {
        options.onProgress?.(info);
        return DEFAULT_PAGES_PER_STEP;
      },
    });
    makeSelfContained(partial);
    const schemaVersion = verifyBackupFile(partial);
    if (schemaVersion !== expectedVersion) {
      throw new Error(`backup has data version ${schemaVersion}, expected ${expectedVersion}`);
    }
    fs.renameSync(partial, destination);
    syncDirectory(path.dirname(destination));
    return { file: destination, bytes: fs.statSync(destination).size, schemaVersion };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * The copy inherits WAL mode from the live file, which would make every later open of it spawn
 * -wal and -shm companions; a backup must be one file that can be carried on a USB stick.
 */
function makeSelfContained(file: string): void {
  const copy = openHardened(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Opens a backup read-only and returns its schema version, or throws if it is not sound. */
export function verifyBackupFile(file: string): number {
  const copy = openUntrusted(file);
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`backup failed its integrity check: ${String(check)}`);
    return copy.pragma('user_version', { simple: true }) as number;
  } finally {
    copy.close();
  }
}

/** What a restore needs to know about a file before it touches anything. */
export interface DatabaseFileFacts {
  check: unknown;
  version: number;
  /** How its schema differs from what Stance's migrations make for its version, in words. */
  differences: string[];
}

/**
 * Reads an untrusted file read-only and defensive; throws when it cannot be opened as SQLite at
 * all. The schema is compared first: it is cheap, and names a problem more plainly than
 * quick_check, which only runs on a file whose schema is Stance's own.
 */
export function inspectDatabaseFile(file: string): DatabaseFileFacts {
  const db = openUntrusted(file);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const known = version >= 1 && version <= latestSchemaVersion;
    const differences = known ? schemaDifferences(db, version) : [];
    const check =
      known && differences.length === 0 ? db.pragma('quick_check', { simple: true }) : 'ok';
    return { check, version, differences };
  } finally {
    db.close();
  }
}

/** A verified copy of a database file that is not open, e.g. one picked to restore. */
export async function copyDatabaseFile(file: string, destination: string): Promise<void> {
  const source = openUntrusted(file);
  try {
    await createVerifiedBackup(source, destination);
  } finally {
    source.close();
  }
}
