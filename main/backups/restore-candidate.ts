import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { copyDatabaseFile, inspectDatabaseFile, type DatabaseFileFacts } from '../db/backup';
import { latestSchemaVersion } from '../db/migrations';
import type { DataPaths } from '../session';
import { fileStamp } from './naming';

/**
 * Proves a file is worth restoring before anything is touched: it opens read-only, passes
 * quick_check, is a Stance database, and is not from a newer Stance than this one.
 * `label` names it in the message the practitioner reads.
 */
export function checkRestoreCandidate(file: string, label: string): number {
  let facts: DatabaseFileFacts;
  try {
    facts = inspectDatabaseFile(file);
  } catch (error) {
    throw unreadable(label, error instanceof Error ? error.message : String(error));
  }
  if (facts.check !== 'ok') throw unreadable(label, String(facts.check));
  if (facts.version > latestSchemaVersion) {
    throw new AppError(
      'database-from-future',
      `${label} was saved by a newer version of Stance (data version ${facts.version}; this ` +
        `version reads up to ${latestSchemaVersion}). Install the latest Stance to restore it. ` +
        'Nothing was changed.',
    );
  }
  if (facts.version < 1 || !facts.hasClients) {
    throw new AppError(
      'invalid-input',
      `${label} is not a Stance backup, so it was not restored. Nothing was changed.`,
    );
  }
  return facts.version;
}

/**
 * Copies the candidate into the data folder (same disk, so the final step can be a rename) with
 * the online backup API, which also takes in a -wal file beside a picked database. The copy is
 * verified again and fsynced; the caller removes it if the restore does not go ahead.
 */
export async function stageRestoreCandidate(
  file: string,
  paths: DataPaths,
  now: Date,
): Promise<string> {
  const staged = path.join(
    paths.dataDir,
    `${path.basename(paths.database)}.restoring-${fileStamp(now)}`,
  );
  await copyDatabaseFile(file, staged);
  const fd = fs.openSync(staged, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return staged;
}

function unreadable(label: string, detail: string): AppError {
  return new AppError(
    'database-damaged',
    `${label} could not be read: it may be damaged, or it is not a Stance backup. ` +
      `It was not restored and nothing was changed. (${detail})`,
  );
}
