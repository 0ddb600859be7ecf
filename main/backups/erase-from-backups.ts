import fs from 'node:fs';
import path from 'node:path';
import { inspectDatabaseFile } from '../db/backup';
import { eraseClientFromFile, fileHoldsClient } from '../db/erase-from-file';
import { latestSchemaVersion } from '../db/migrations';
import { searchIndexDifferences } from '../db/schema-check';
import { syncDirectory } from '../durable';
import { listBackups } from './catalog';
import { sweepBackupPhotoCopies } from './photo-sweep';

/** Where backups are rewritten before they replace the originals; a leftover is only a copy. */
export const ERASING_FOLDER = '.erasing';

export interface BackupErasure {
  /** Backups that held the client and now do not. */
  rewritten: string[];
  /** Backups that still hold her because they could not be rewritten, with the reason. */
  stillHolding: { name: string; reason: string }[];
  /** Photo copies no kept backup mentions any more, removed from the backups' photo set. */
  removedPhotoCopies: number;
}

/**
 * Takes an erased client out of every backup in the app's backups folder. Each backup that holds
 * her is copied aside, checked to be laid out as Stance saves its data (its triggers run during the
 * delete), has her deleted as the live erase does, is verified like any new backup (integrity,
 * data version, schema, search index, and that she is gone), and only then replaces the original
 * under the same name, so a backup is always either the old one or the whole new one. A backup
 * that cannot be rewritten is left as it was and named in the answer. Run it through `exclusive`:
 * it must not overlap a backup or a restore.
 */
export async function eraseFromBackups(
  backupsDir: string,
  clientId: string,
): Promise<BackupErasure> {
  const staging = path.join(backupsDir, ERASING_FOLDER);
  fs.rmSync(staging, { recursive: true, force: true });
  const erasure: BackupErasure = { rewritten: [], stillHolding: [], removedPhotoCopies: 0 };
  try {
    for (const { name } of listBackups(backupsDir)) {
      const file = path.join(backupsDir, name);
      try {
        if (!fileHoldsClient(file, clientId)) continue;
        await rewriteWithout(file, clientId, staging);
        erasure.rewritten.push(name);
      } catch (error) {
        erasure.stillHolding.push({ name, reason: reasonOf(error) });
      }
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  // When refused, the copies are swept again after the next backup.
  const sweep = sweepBackupPhotoCopies(backupsDir);
  erasure.removedPhotoCopies = sweep.state === 'swept' ? sweep.removed : 0;
  return erasure;
}

async function rewriteWithout(file: string, clientId: string, staging: string): Promise<void> {
  const before = soundVersionOf(file, 'it does not pass its own check');
  fs.mkdirSync(staging, { recursive: true });
  const staged = path.join(staging, path.basename(file));
  // A backup is a closed, self-contained file nothing else writes, so a file copy is exact.
  await fs.promises.copyFile(file, staged);
  eraseClientFromFile(staged, clientId);
  const after = soundVersionOf(staged, 'the copy without the client did not pass its check');
  if (after !== before) throw new Error('the copy without the client changed its data version');
  if (searchIndexDifferences(staged).length > 0)
    throw new Error('the copy without the client has a search index that does not match');
  if (fileHoldsClient(staged, clientId)) throw new Error('the client was still in the copy');
  const fd = fs.openSync(staged, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(staged, file);
  syncDirectory(path.dirname(file));
}

/** Its data version when it is a backup Stance knows how to check and it passes; throws if not. */
function soundVersionOf(file: string, problem: string): number {
  const facts = inspectDatabaseFile(file);
  const known = facts.version >= 1 && facts.version <= latestSchemaVersion;
  if (!known || facts.differences.length > 0 || facts.check !== 'ok') throw new Error(problem);
  return facts.version;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
