import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { copyDatabaseFile, inspectDatabaseFile, type DatabaseFileFacts } from '../db/backup';
import { latestSchemaVersion } from '../db/migrations';
import { schemaVersionOf } from '../db/connection';
import { openUntrusted } from '../db/hardened';
import { describeDifferences, schemaDifferences, searchIndexDifferences } from '../db/schema-check';
import type { DataPaths } from '../session';
import { fileStamp } from './naming';

/**
 * Proves a file is worth restoring before anything is touched. The file is untrusted: it opens
 * read-only and defensive, must carry a data version this Stance knows, pass quick_check, and have
 * exactly the tables, indexes, triggers and views Stance's own migrations make for that version,
 * so nothing in it can run on the practitioner's data later. `label` names it in the message.
 */
export function checkRestoreCandidate(
  file: string,
  label: string,
  { integrity = true }: { integrity?: boolean } = {},
): number {
  let facts: DatabaseFileFacts;
  try {
    facts = integrity ? inspectDatabaseFile(file) : { ...schemaFactsOf(file), check: 'ok' };
  } catch (error) {
    throw unreadable(label, error instanceof Error ? error.message : String(error));
  }
  if (facts.version > latestSchemaVersion) {
    throw new AppError(
      'database-from-future',
      `${label} was saved by a newer version of Stance (data version ${facts.version}; this ` +
        `version reads up to ${latestSchemaVersion}). Install the latest Stance to restore it. ` +
        'Nothing was changed.',
    );
  }
  if (facts.version < 1) {
    throw new AppError(
      'invalid-input',
      `${label} is not a Stance backup (it has no Stance data version), so it was not restored. ` +
        'Nothing was changed.',
    );
  }
  if (facts.differences.length > 0) throw tampered(label, facts.differences);
  if (facts.check !== 'ok') throw unreadable(label, String(facts.check));
  return facts.version;
}

/**
 * Copies the candidate into the data folder (same disk, so the final step can be a rename) with
 * the online backup API, which also takes in a -wal file beside a picked database. The copy is
 * verified again, schema included (the picked file could have changed since it was checked), and
 * fsynced; the caller removes it if the restore does not go ahead.
 */
export async function stageRestoreCandidate(
  file: string,
  paths: DataPaths,
  now: Date,
  label = `The file ${file}`,
): Promise<string> {
  const staged = path.join(
    paths.dataDir,
    `${path.basename(paths.database)}.restoring-${fileStamp(now)}`,
  );
  try {
    await copyDatabaseFile(file, staged);
  } catch (error) {
    // The copy is quick_checked as it is made: a damaged file is found there, as before copying.
    if (isDamage(error)) throw unreadable(label, error instanceof Error ? error.message : '');
    throw error;
  }
  try {
    // The copy passed quick_check as it was made (createVerifiedBackup); only its schema needs a
    // second look, and a full-file check again would be a third pass over the data for nothing.
    const differences = schemaOfCopy(staged);
    if (differences.length > 0) throw tampered(label, differences);
    const searchIndex = searchIndexDifferences(staged);
    if (searchIndex.length > 0) throw tampered(label, searchIndex);
    const fd = fs.openSync(staged, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  }
  return staged;
}

/** How the staged copy's schema differs from what the migrations make for its data version. */
function schemaOfCopy(staged: string): string[] {
  const { version, differences } = schemaFactsOf(staged);
  if (version < 1 || version > latestSchemaVersion) return [`data version ${version}`];
  return differences;
}

/** A file's data version and schema differences, without a pass over all of its pages. */
function schemaFactsOf(file: string): { version: number; differences: string[] } {
  const db = openUntrusted(file);
  try {
    const version = schemaVersionOf(db);
    const known = version >= 1 && version <= latestSchemaVersion;
    return { version, differences: known ? schemaDifferences(db, version) : [] };
  } finally {
    db.close();
  }
}

/**
 * SQLite refused the file's content while copying or checking it (damaged pages, a search index it
 * cannot read), or the copy failed its integrity check; not a full disk or a file it cannot open.
 */
function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const sqliteRefusal =
    typeof code === 'string' &&
    code.startsWith('SQLITE_') &&
    !/^SQLITE_(FULL|IOERR|CANTOPEN|READONLY|PERM|BUSY|LOCKED|NOMEM|INTERRUPT)/.test(code);
  return (
    sqliteRefusal ||
    (error instanceof Error && error.message.startsWith('backup failed its integrity check'))
  );
}

function tampered(label: string, problems: readonly string[]): AppError {
  return new AppError(
    'invalid-input',
    `${label} is not laid out the way Stance saves its data, so it was not restored: it may ` +
      'have been changed outside Stance, or it is not a Stance backup. Nothing was changed. ' +
      describeDifferences(problems),
  );
}

function unreadable(label: string, detail: string): AppError {
  return new AppError(
    'database-damaged',
    `${label} could not be read: it may be damaged, or it is not a Stance backup. ` +
      `It was not restored and nothing was changed. (${detail})`,
  );
}
