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
