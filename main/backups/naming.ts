import { backupKinds, type BackupKind } from '../../shared/channels/backups';

/** What a backup's file name says about it; the name is the only record, so it must say it all. */
export interface BackupName {
  kind: BackupKind;
  schemaVersion: number;
  takenAt: Date;
}

const BACKUP_NAME = new RegExp(
  `^(${backupKinds.join('|')})-v(\\d{1,9})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\.stance\\.db$`,
);

/**
 * A UTC timestamp that is safe in a file name on every platform (no colons) and sorts like the
 * time it stands for. Pre-migration backups (main/db/migrate.ts) already use this form.
 */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** `{kind}-v{schemaVersion}-{UTC stamp}.stance.db`, e.g. `daily-v5-2026-03-04T08-15-00-000Z.stance.db`. */
export function backupFileName(name: BackupName): string {
  return `${name.kind}-v${name.schemaVersion}-${fileStamp(name.takenAt)}.stance.db`;
}

/** Reads a name written by `backupFileName`; anything else (a stray file, a partial copy) is null. */
export function parseBackupFileName(fileName: string): BackupName | null {
  const match = fileName.match(BACKUP_NAME);
  if (!match) return null;
  const [, kind, version, day, hours, minutes, seconds, millis] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  // Date() quietly rolls 30 February over into March; a stamp that does not read back is not ours.
  if (Number.isNaN(takenAt.getTime()) || !fileName.includes(fileStamp(takenAt))) return null;
  return { kind: kind as BackupKind, schemaVersion: Number(version), takenAt };
}
