import type { BackupKind, BackupSummary } from '../../../shared/channels/backups';

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

/** Sizes as a file manager shows them: whole kB below a megabyte, one decimal above. */
export function formatFileSize(bytes: number): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes >= 1) {
    return new Intl.NumberFormat(undefined, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(megabytes);
  }
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(bytes / 1000)));
}

/** How a backup is named in sentences and button labels. */
export function backupLabel(backup: BackupSummary): string {
  return `the backup from ${formatMoment(backup.takenAt)}`;
}
