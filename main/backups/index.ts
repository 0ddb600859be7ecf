/**
 * Backups: verified copies through SQLite's online backup API (never a copy of the live file),
 * photos beside them in a shared content-addressed set, a retention ladder that never deletes what
 * the practitioner asked for, and restore that always keeps the data it replaces.
 */
export {
  automaticBackups,
  type AutomaticBackupOutcome,
  type AutomaticBackups,
  type SweepOutcome,
} from './automatic';
export { createBackupProblemLog, type BackupProblemLog } from './problem-log';
