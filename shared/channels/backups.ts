import { z } from 'zod';
import { channel, noArguments, type Cancelled } from './define';

/**
 * Why a backup was taken. 'pre-migration', 'pre-restore' and 'manual' are never pruned
 * automatically: the first two are the way back from a step Stance took, the last is one the
 * practitioner asked for.
 */
export const backupKinds = ['daily', 'quit', 'pre-migration', 'manual', 'pre-restore'] as const;
export type BackupKind = (typeof backupKinds)[number];

/** One verified backup in the app's backups folder. */
export interface BackupSummary {
  /** The file name, which is also how a restore names it: never a path. */
  name: string;
  kind: BackupKind;
  /** When it was taken, as an ISO date-time (UTC). */
  takenAt: string;
  /** The data version (`user_version`) it was saved with. */
  schemaVersion: number;
  bytes: number;
}

export interface PhotoCopyCount {
  copied: number;
  /** Photos the data mentions whose files could not be found (or did not match their name). */
  missing: number;
}

export interface CreatedBackup {
  backup: BackupSummary;
  photos: PhotoCopyCount;
}

export interface ExportedBackup {
  cancelled: false;
  /** The new dated folder inside the folder the practitioner chose. */
  folder: string;
  /** The database file inside it, which "Restore from a file" accepts. */
  file: string;
  photos: PhotoCopyCount;
}

export interface RestoredBackup {
  /** The backup name, or the file the practitioner picked. */
  restoredFrom: string;
  /** The 'pre-restore' backup holding the data as it was just before, if it could be read. */
  safetyBackup: string | null;
  /**
   * When the data could not be opened (damaged, or from a newer Stance), it is not backed up but
   * kept beside the new file under this path, untouched.
   */
  setAsideFile: string | null;
  /** Photos the restored data mentions that no backup had; their records remain. */
  missingPhotos: number;
}

/** Sent with `host.emit(backupProgressEvent, …)` while "Back up now" writes to a chosen folder. */
export const backupProgressEvent = 'backups:progress';
export interface BackupProgress {
  phase: 'database' | 'photos';
  done: number;
  total: number;
}

/** Sent when an automatic backup (start of the day, quit) failed; nothing was lost by it. */
export const backupProblemEvent = 'backups:problem';
export interface BackupProblem {
  message: string;
}

const backupName = z
  .string({ error: 'Choose a backup from the list.' })
  .regex(/^[a-z-]+-v\d+-[0-9TZ-]+\.stance\.db$/, { error: 'Choose a backup from the list.' });

/**
 * These channels work while the data cannot be opened (the recovery screen lists the backups and
 * restores one); only `create` and `exportTo` need the data open.
 */
export const backupChannels = {
  /** The backups in the app's backups folder, newest first. */
  'backups:list': channel<BackupSummary[]>()(noArguments),

  /** The last automatic backup that failed, until a backup succeeds; null when none has. */
  'backups:lastProblem': channel<BackupProblem | null>()(noArguments),

  /** A 'manual' backup in the app's backups folder, verified before it counts. */
  'backups:create': channel<CreatedBackup>()(noArguments),

  /**
   * "Back up now" to a folder the practitioner chooses: a dated folder with the verified database
   * and its photos. Emits `backups:progress`.
   */
  'backups:exportTo': channel<ExportedBackup | Cancelled>()(noArguments),

  /** Replaces the data with a backup from the list, after a 'pre-restore' backup of it. */
  'backups:restore': channel<RestoredBackup>()(z.strictObject({ name: backupName })),

  /** Like `restore`, with a database file the practitioner picks (e.g. in an exported folder). */
  'backups:restoreFrom': channel<(RestoredBackup & { cancelled: false }) | Cancelled>()(
    noArguments,
  ),
};
