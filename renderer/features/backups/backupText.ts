import type { BackupKind } from '../../../shared/channels/backups';

const kindWords: Record<BackupKind, string> = {
  daily: 'Daily backup',
  quit: 'Backup on closing',
  'pre-migration': 'Before an update',
  manual: 'Backup you made',
  'pre-restore': 'Before a restore',
};

export function backupKindText(kind: BackupKind): string {
  return kindWords[kind];
}

/** A moment in the system's own date and time style, e.g. "12 Mar 2026, 09:15". */
export function formatMoment(timestamp: string): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    instant,
  );
}
