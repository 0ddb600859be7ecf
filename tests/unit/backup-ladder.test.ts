import { describe, expect, it } from 'vitest';
import { isDailyBackupDue, planRetention, type DatedBackup } from '../../main/backups/ladder';
import { backupFileName, parseBackupFileName } from '../../main/backups/naming';
import type { BackupKind } from '../../shared/channels/backups';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = new Date('2026-06-17T12:00:00.000Z'); // a Wednesday

function backup(kind: BackupKind, ageMs: number): DatedBackup {
  const takenAt = new Date(now.getTime() - ageMs);
  return {
    name: backupFileName({ kind, schemaVersion: 5, takenAt }),
    kind,
    takenAt: takenAt.toISOString(),
  };
}

/** A daily backup every morning and a quit backup every evening, for `days` days. */
function aYearOfWork(days: number): DatedBackup[] {
  const list: DatedBackup[] = [];
  for (let day = 0; day < days; day += 1) {
    list.push(backup('daily', day * DAY + 3 * HOUR));
    list.push(backup('quit', day * DAY - 6 * HOUR + DAY));
  }
  return list.filter((entry) => Date.parse(entry.takenAt) <= now.getTime());
}

const kept = (backups: DatedBackup[]): Set<string> =>
  new Set(planRetention(backups, now).keep.map((entry) => entry.name));

describe('backup names', () => {
  it('encode kind, schema version and UTC time, and read back', () => {
    const takenAt = new Date('2026-03-04T08:15:00.123Z');
    const name = backupFileName({ kind: 'pre-restore', schemaVersion: 12, takenAt });
    expect(name).toBe('pre-restore-v12-2026-03-04T08-15-00-123Z.stance.db');
    expect(parseBackupFileName(name)).toEqual({ kind: 'pre-restore', schemaVersion: 12, takenAt });
  });

  it('read the names the migration step already writes', () => {
    const stamp = new Date('2026-01-02T03:04:05.006Z').toISOString().replace(/[:.]/g, '-');
    expect(parseBackupFileName(`pre-migration-v3-${stamp}.stance.db`)).toMatchObject({
      kind: 'pre-migration',
      schemaVersion: 3,
    });
  });

  it('ignore anything else in the folder', () => {
    for (const name of [
      'daily-v5-2026-03-04T08-15-00-000Z.stance.db.partial',
      'weekly-v5-2026-03-04T08-15-00-000Z.stance.db',
      '../daily-v5-2026-03-04T08-15-00-000Z.stance.db',
      'daily-v5-2026-13-45T08-15-00-000Z.stance.db',
      'daily-v5-2026-02-30T08-15-00-000Z.stance.db',
      'photos',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('retention ladder', () => {
  it('keeps everything while there are only a few', () => {
    const few = [backup('daily', 1 * HOUR), backup('quit', 2 * HOUR), backup('daily', 3 * DAY)];
    expect(planRetention(few, now).prune).toEqual([]);
  });

  it('keeps the 5 most recent, even several on the same day', () => {
    const today = [1, 2, 3, 4, 5, 6, 7].map((hours) => backup('quit', hours * HOUR));
    const plan = planRetention(today, now);
    expect(plan.keep.map((entry) => entry.name)).toEqual(today.slice(0, 5).map((b) => b.name));
    expect(plan.prune).toEqual(today.slice(5).map((b) => b.name));
  });

  it('keeps the newest of each of the last 14 days and of each of the last 8 weeks', () => {
    const all = aYearOfWork(365);
    const keep = kept(all);
    const plan = planRetention(all, now);

    const daysKept = new Set(
      all.filter((b) => keep.has(b.name)).map((b) => b.takenAt.slice(0, 10)),
    );
    for (let age = 0; age < 14; age += 1) {
      const day = new Date(now.getTime() - age * DAY).toISOString().slice(0, 10);
      expect(daysKept.has(day), day).toBe(true);
      const newestThatDay = all
        .filter((b) => b.takenAt.startsWith(day))
        .sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0]!;
      expect(keep.has(newestThatDay.name)).toBe(true);
    }
    // Weeks are Monday-to-Sunday (UTC), so the oldest kept is the newest of the week seven
    // weeks back: six to eight weeks old. Nothing older survives.
    expect(plan.keep.length).toBeLessThanOrEqual(5 + 14 + 8);
    const oldest = Math.min(
      ...all.filter((b) => keep.has(b.name)).map((b) => Date.parse(b.takenAt)),
    );
    expect(now.getTime() - oldest).toBeLessThan(8 * 7 * DAY);
    expect(now.getTime() - oldest).toBeGreaterThan(6 * 7 * DAY);
    expect(plan.keep.length + plan.prune.length).toBe(all.length);
  });

  it('never prunes pre-migration, pre-restore or manual backups, however old', () => {
    const protectedOnes = [
      backup('pre-migration', 400 * DAY),
      backup('pre-restore', 200 * DAY),
      backup('manual', 300 * DAY),
      backup('manual', 300 * DAY + HOUR),
    ];
    const keep = kept([...aYearOfWork(365), ...protectedOnes]);
    for (const entry of protectedOnes) expect(keep.has(entry.name)).toBe(true);
  });

  it('never prunes the newest backup, even when it is old and everything else is newer by date', () => {
    const onlyOld = [backup('quit', 100 * DAY), backup('daily', 101 * DAY)];
    expect(kept(onlyOld).has(onlyOld[0]!.name)).toBe(true);
    const plan = planRetention(onlyOld, now);
    expect(plan.keep.find((entry) => entry.name === onlyOld[0]!.name)?.reason).toBe('newest');
  });

  it('keeps backups dated after now (a wrong clock is no reason to delete)', () => {
    const ahead = backup('daily', -30 * DAY);
    const list = [ahead, ...aYearOfWork(60)];
    expect(kept(list).has(ahead.name)).toBe(true);
    // and the real newest still counts as the newest
    expect(planRetention(list, now).keep.some((entry) => entry.reason === 'newest')).toBe(true);
  });

  it('is stable: running it again on what it kept prunes nothing more', () => {
    const all = aYearOfWork(120);
    const first = planRetention(all, now);
    const survivors = all.filter((b) => !first.prune.includes(b.name));
    expect(planRetention(survivors, now).prune).toEqual([]);
  });

  it('run after every backup for three months, keeps a backup in each of the last 8 weeks', () => {
    const weekOf = (iso: string): number => Math.floor((Math.floor(Date.parse(iso) / DAY) + 3) / 7);
    const made: DatedBackup[] = [];
    let survivors: DatedBackup[] = [];
    let at = now;
    for (let day = 1; day <= 90; day += 1) {
      at = new Date(now.getTime() + day * DAY);
      const entry: DatedBackup = {
        name: backupFileName({ kind: 'daily', schemaVersion: 5, takenAt: at }),
        kind: 'daily',
        takenAt: at.toISOString(),
      };
      made.push(entry);
      survivors.push(entry);
      const plan = planRetention(survivors, at);
      survivors = survivors.filter((b) => !plan.prune.includes(b.name));
    }
    const thisWeek = weekOf(at.toISOString());
    for (let week = thisWeek - 7; week <= thisWeek; week += 1) {
      const newestMade = made.filter((b) => weekOf(b.takenAt) === week).at(-1);
      if (newestMade) expect(survivors.map((b) => b.name)).toContain(newestMade.name);
    }
    expect(survivors.length).toBeLessThanOrEqual(5 + 14 + 8);
  });
});

describe('daily backup due', () => {
  it('is due when no daily backup was taken today (UTC), and not again the same day', () => {
    expect(isDailyBackupDue([], now)).toBe(true);
    expect(isDailyBackupDue([backup('daily', 1 * DAY)], now)).toBe(true);
    expect(isDailyBackupDue([backup('quit', 1 * HOUR)], now)).toBe(true);
    expect(isDailyBackupDue([backup('daily', 11 * HOUR)], now)).toBe(false);
    expect(isDailyBackupDue([backup('daily', 13 * HOUR)], now)).toBe(true);
  });
});
