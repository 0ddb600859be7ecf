import path from 'node:path';
import {
  backupProgressEvent,
  type BackupKind,
  type BackupSummary,
  type CreatedBackup,
  type ExportedBackup,
  type RestoredBackup,
} from '../../shared/channels/backups';
import type { Cancelled } from '../../shared/channels/define';
import { AppError } from '../../shared/errors';
import type { DataAccess } from '../data-access';
import type { Host } from '../host';
import { backupFile, listBackups, pruneBackups } from '../backups/catalog';
import { exclusive } from '../backups/exclusive';
import { sweepBackupPhotoCopies } from '../backups/photo-sweep';
import type { BackupProblemLog } from '../backups/problem-log';
import { restoreDatabase } from '../backups/restore';
import { backupPhotosRoot, exportBackup, takeBackup } from '../backups/snapshot';

/** The backups in the app's folder, newest first; needs no open database. */
export function listAppBackups(data: DataAccess): BackupSummary[] {
  return listBackups(data.paths.backups);
}

/**
 * Takes a backup of the open data into the app's backups folder; once it is verified, lets the
 * retention ladder prune older automatic ones.
 */
export function backUp(
  data: DataAccess,
  kind: BackupKind,
): Promise<CreatedBackup & { pruned: string[] }> {
  return exclusive(data, async () => {
    const session = data.session();
    const created = await takeBackup(session, kind).catch((error: unknown) => {
      throw backupFailed(error);
    });
    const pruned = pruneBackups(data.paths.backups, session.now());
    sweepBackupPhotoCopies(data.paths.backups);
    return { ...created, pruned };
  });
}

/** "Back up now" in the app's folder; a success ends the warning about a failed automatic one. */
export async function backUpNow(
  data: DataAccess,
  problems: BackupProblemLog,
): Promise<CreatedBackup> {
  const { backup, photos } = await backUp(data, 'manual');
  problems.clear();
  return { backup, photos };
}

/** "Back up now" into a dated folder inside one the practitioner chooses. */
export async function exportToChosenFolder(
  data: DataAccess,
  host: Host,
): Promise<ExportedBackup | Cancelled> {
  data.session();
  const folder = await host.chooseFolder({ title: 'Choose where to save a backup of Stance' });
  if (folder === null) return { cancelled: true };
  return exclusive(data, () =>
    exportBackup(data.session(), folder, (progress) => host.emit(backupProgressEvent, progress)),
  ).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'internal',
      `The backup could not be saved in ${folder}. Nothing there was left half-written, and your ` +
        `data in Stance is unchanged. (${detailOf(error)})`,
    );
  });
}

/** Restores a backup from the list, by name only. */
export function restoreByName(data: DataAccess, name: string): Promise<RestoredBackup> {
  return restoring(data, () =>
    restoreDatabase(
      data,
      {
        file: backupFile(data.paths.backups, name),
        restoredFrom: name,
        label: `The backup ${name}`,
        photoSources: [backupPhotosRoot(data.paths.backups)],
      },
      clockOf(data),
    ),
  );
}

/** Restores a database file the practitioner picks, e.g. one inside an exported backup folder. */
export async function restoreFromChosenFile(
  data: DataAccess,
  host: Host,
): Promise<(RestoredBackup & { cancelled: false }) | Cancelled> {
  const file = await host.chooseOpenFile({
    title: 'Choose a Stance backup to restore',
    filters: [{ name: 'Stance backups', extensions: ['db'] }],
  });
  if (file === null) return { cancelled: true };
  const restored = await restoring(data, () =>
    restoreDatabase(
      data,
      {
        file,
        restoredFrom: file,
        label: `The file ${file}`,
        // An exported folder carries its photos beside the database file.
        photoSources: [
          path.join(path.dirname(file), 'photos'),
          backupPhotosRoot(data.paths.backups),
        ],
      },
      clockOf(data),
    ),
  );
  return { ...restored, cancelled: false };
}

/**
 * Every failing path of a restore leaves the previous data in place (restore.ts puts it back
 * itself when needed), so an unexpected error can say so.
 */
function restoring<T>(data: DataAccess, task: () => Promise<T>): Promise<T> {
  return exclusive(data, task).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'internal',
      `The restore could not be finished, so your data is as it was before it started. ` +
        `Nothing was lost. (${detailOf(error)})`,
    );
  });
}

/** The session's clock when there is one; while the data is unavailable, the system clock. */
function clockOf(data: DataAccess): Date {
  return data.current()?.now() ?? new Date();
}

function backupFailed(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'internal',
    `The backup could not be made, so none was added. Your data is unchanged and nothing was ` +
      `lost. (${detailOf(error)})`,
  );
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
