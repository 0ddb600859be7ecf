import type { BackupKind } from '../../shared/channels/backups';

/** The facts the ladder needs about one backup. */
export interface DatedBackup {
  name: string;
  kind: BackupKind;
  /** ISO date-time. */
  takenAt: string;
}

export type KeepReason =
  | 'never-pruned-kind'
  | 'newest'
  | 'recent'
  | 'newest-of-its-day'
  | 'newest-of-its-week'
  | 'dated-after-now';

export interface RetentionPlan {
  keep: { name: string; reason: KeepReason }[];
  prune: string[];
}

export const retention = {
  recent: 5,
  days: 14,
  weeks: 8,
  /** Kinds that record a step Stance took, or one the practitioner asked for. */
  neverPruned: ['pre-migration', 'pre-restore', 'manual'] as readonly BackupKind[],
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days and weeks are UTC calendar buckets, not windows sliding with `now`: a backup that is the
 * newest of its day or week stays so, so a slow start-up or a changed clock never lets the ladder
 * drop a representative and then find the one it kept instead was already gone.
 */
function dayNumber(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Weeks start on Monday; 1970-01-01 was a Thursday, hence the shift of three days. */
function weekNumber(time: number): number {
  return Math.floor((dayNumber(time) + 3) / 7);
}

/**
 * Decides which backups to keep: the 5 most recent; the newest of each of the last 14 days; the
 * newest of each of the last 8 weeks; every pre-migration, pre-restore and manual backup; the
 * newest backup whatever its kind; and anything dated after `now` (a clock that was wrong is no
 * reason to delete). Pure, so it is tested on its own; only call its `prune` list after a new
 * backup has been verified.
 */
export function planRetention(backups: readonly DatedBackup[], now: Date): RetentionPlan {
  const dated = backups
    .map((backup) => ({ ...backup, time: timeOf(backup.takenAt) }))
    .sort((a, b) => b.time - a.time || b.name.localeCompare(a.name));

  const nowMs = now.getTime();
  const newest = dated.find((backup) => backup.time <= nowMs) ?? dated[0];
  const today = dayNumber(nowMs);
  const thisWeek = weekNumber(nowMs);
  const seenDays = new Set<number>();
  const seenWeeks = new Set<number>();
  const plan: RetentionPlan = { keep: [], prune: [] };

  dated.forEach((backup, index) => {
    const day = dayNumber(backup.time);
    const week = weekNumber(backup.time);
    const newestOfDay = !seenDays.has(day);
    const newestOfWeek = !seenWeeks.has(week);
    seenDays.add(day);
    seenWeeks.add(week);

    const reason = reasonToKeep(backup.kind, index, {
      newest: backup === newest,
      afterNow: backup.time > nowMs,
      newestOfDay: newestOfDay && today - day < retention.days,
      newestOfWeek: newestOfWeek && thisWeek - week < retention.weeks,
    });
    if (reason) plan.keep.push({ name: backup.name, reason });
    else plan.prune.push(backup.name);
  });
  return plan;
}

/** A date that cannot be read is treated like one from the future: kept, never guessed at. */
function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

function reasonToKeep(
  kind: BackupKind,
  indexNewestFirst: number,
  facts: { newest: boolean; afterNow: boolean; newestOfDay: boolean; newestOfWeek: boolean },
): KeepReason | null {
  if (retention.neverPruned.includes(kind)) return 'never-pruned-kind';
  if (facts.newest) return 'newest';
  if (indexNewestFirst < retention.recent) return 'recent';
  if (facts.afterNow) return 'dated-after-now';
  if (facts.newestOfDay) return 'newest-of-its-day';
  if (facts.newestOfWeek) return 'newest-of-its-week';
  return null;
}

/** A 'daily' backup is due when none was taken on today's (UTC) calendar day. */
export function isDailyBackupDue(backups: readonly DatedBackup[], now: Date): boolean {
  const today = dayNumber(now.getTime());
  return !backups.some(
    (backup) => backup.kind === 'daily' && dayNumber(Date.parse(backup.takenAt)) === today,
  );
}
