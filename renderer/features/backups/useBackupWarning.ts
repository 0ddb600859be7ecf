import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupSummary } from '../../../shared/channels/backups';
import { invoke, onEvent } from '../../api';

export type BackupWarning =
  { kind: 'failed'; detail: string } | { kind: 'old'; newestAt: string; days: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/** A week without a backup is worth a word: automatic backups are made daily and on closing. */
export const OLD_BACKUP_DAYS = 7;
// The start-of-day backup runs just after the window opens; looking before it has finished
// would remind her of a backup that is being made that very moment.
const FIRST_LOOK_MS = 2 * 60 * 1000;
const LOOK_EVERY_MS = 60 * 60 * 1000;
const SNOOZE_MS = DAY_MS;

/** Whole days since the newest backup when that is a week or more; null otherwise. */
export function daysSinceOldBackup(backups: readonly BackupSummary[], now: number): number | null {
  const newest = backups[0];
  if (!newest) return null;
  const taken = new Date(newest.takenAt).getTime();
  if (Number.isNaN(taken)) return null;
  const days = Math.floor((now - taken) / DAY_MS);
  return days >= OLD_BACKUP_DAYS ? days : null;
}

/**
 * What, if anything, to tell her about backups: an automatic backup that failed (main says so as
 * it happens), or a newest backup a week old or more, which happens when Stance stays open for
 * days and so never starts or closes. "Not now" hides the second for a day.
 */
export function useBackupWarning() {
  const [warning, setWarning] = useState<BackupWarning | null>(null);
  const snoozedUntil = useRef(0);

  useEffect(() => {
    let current = true;
    const stop = onEvent('backups:problem', (problem) =>
      setWarning({ kind: 'failed', detail: problem.message }),
    );
    // A failure before this page was listening (the start-of-day backup) is still told.
    void invoke('backups:lastProblem', {}).then((result) => {
      if (current && result.ok && result.value)
        setWarning({ kind: 'failed', detail: result.value.message });
    });
    return () => {
      current = false;
      stop();
    };
  }, []);

  useEffect(() => {
    let current = true;
    const look = async () => {
      if (Date.now() < snoozedUntil.current) return;
      const result = await invoke('backups:list', {});
      if (!current || !result.ok) return;
      const newest = result.value[0];
      const days = daysSinceOldBackup(result.value, Date.now());
      setWarning((shown) => {
        if (shown?.kind === 'failed') return shown;
        return days !== null && newest ? { kind: 'old', newestAt: newest.takenAt, days } : null;
      });
    };
    let every: number | undefined;
    const first = window.setTimeout(() => {
      void look();
      every = window.setInterval(() => void look(), LOOK_EVERY_MS);
    }, FIRST_LOOK_MS);
    return () => {
      current = false;
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, []);

  const dismiss = useCallback(() => {
    setWarning((shown) => {
      if (shown?.kind === 'old') snoozedUntil.current = Date.now() + SNOOZE_MS;
      return null;
    });
  }, []);

  /** A backup was just made, so whatever was said no longer holds. */
  const resolve = useCallback(() => setWarning(null), []);

  return { warning, dismiss, resolve };
}
