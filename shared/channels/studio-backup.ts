import { channel, noArguments } from './define';

export interface StudioBackupStatus {
  /** Whether PostgreSQL's pg_dump is installed on this computer, so Stance can take a backup. */
  pgDumpFound: boolean;
  /** Where the studio's backups go: the `studio` folder inside Stance's backups folder. */
  folder: string;
}

export interface StudioBackupTaken {
  file: string;
  bytes: number;
}

export const studioBackupChannels = {
  /** Whether a studio backup can be taken here, and where it would go. Changes nothing. */
  'studioBackup:status': channel<StudioBackupStatus>()(noArguments),

  /**
   * Backs up the whole studio database with pg_dump (custom format) on the saved connection into
   * the studio backups folder. The file appears only once the dump is complete and on disk.
   */
  'studioBackup:take': channel<StudioBackupTaken>()(noArguments),
};
