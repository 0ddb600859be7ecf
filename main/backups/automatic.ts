import {
  backupProblemEvent,
  type BackupKind,
  type BackupSummary,
} from '../../shared/channels/backups';
import type { DataAccess } from '../data-access';
import { totalChanges, type Db } from '../db/connection';
import type { Host } from '../host';
import type { RouterOptions } from '../router';
import { SweepRefused, sweepOrphanPhotos } from '../photos/photos';
import type { Session } from '../session';
import { backUp, listAppBackups } from '../services/backups';
import type { BackupProblemLog } from './problem-log';
import { isDailyBackupDue } from './ladder';

/** What the orphan sweep after the daily backup did. */
export type SweepOutcome =
  | { state: 'swept'; removed: number }
  /** The registry of file references and the schema disagree; nothing was deleted. */
  | { state: 'refused'; message: string };

export type AutomaticBackupOutcome =
  | { state: 'created'; backup: BackupSummary; pruned: string[]; sweep?: SweepOutcome }
  | { state: 'skipped'; reason: 'not-due' | 'unchanged' | 'data-unavailable' }
  | { state: 'failed'; message: string };

/**
 * What the connection had changed when its last backup was taken. SQLite's total_changes() counts
 * every row this connection wrote since it opened, so an equal count at quit means the newest
 * backup already holds everything and another copy would only crowd the ladder.
 */
const changesAtLastBackup = new WeakMap<Db, number>();

/**
 * The start-of-day backup. Call it after the window is shown: it copies the database in steps,
 * so the window stays responsive. Never throws; a failure is in the answer.
 */
export async function backupAtStartIfDue(data: DataAccess): Promise<AutomaticBackupOutcome> {
  const session = data.current();
  if (!session) return { state: 'skipped', reason: 'data-unavailable' };
  if (!isDailyBackupDue(listAppBackups(data), session.now())) {
    return { state: 'skipped', reason: 'not-due' };
  }
  const outcome = await automaticBackup(data, 'daily');
  // Only once today's backup holds every photo file is it safe to let go of files no row uses.
  return outcome.state === 'created' ? { ...outcome, sweep: sweep(session) } : outcome;
}

function sweep(session: Session): SweepOutcome {
  try {
    const removed = sweepOrphanPhotos(session.db, session.photos, session.now());
    return { state: 'swept', removed: removed.length };
  } catch (error) {
    if (error instanceof SweepRefused) return { state: 'refused', message: error.message };
    throw error;
  }
}

/**
 * The backup on quit, skipped when nothing changed since this session's last backup. Call it
 * before the database is closed and wait for it. Never throws; a failure is in the answer.
 */
export async function backupOnQuit(data: DataAccess): Promise<AutomaticBackupOutcome> {
  const session = data.current();
  if (!session) return { state: 'skipped', reason: 'data-unavailable' };
  if (changesAtLastBackup.get(session.db) === totalChanges(session.db)) {
    return { state: 'skipped', reason: 'unchanged' };
  }
  return automaticBackup(data, 'quit');
}

async function automaticBackup(
  data: DataAccess,
  kind: BackupKind,
): Promise<AutomaticBackupOutcome> {
  try {
    const { db } = data.session();
    const changes = totalChanges(db);
    const { backup, pruned } = await backUp(data, kind);
    changesAtLastBackup.set(db, changes);
    return { state: 'created', backup, pruned };
  } catch (error) {
    return {
      state: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Automatic backups bound to one data folder, telling the window and the log when one fails. */
export interface AutomaticBackups {
  atStart: () => Promise<AutomaticBackupOutcome>;
  onQuit: () => Promise<AutomaticBackupOutcome>;
}

export function automaticBackups(
  data: DataAccess,
  host: Host,
  problems: BackupProblemLog,
  options: RouterOptions = {},
): AutomaticBackups {
  const reported = async (
    run: (data: DataAccess) => Promise<AutomaticBackupOutcome>,
  ): Promise<AutomaticBackupOutcome> => {
    const outcome = await run(data);
    if (outcome.state === 'created') problems.clear();
    // The backup itself is good, so the window is not warned; the log says why nothing was swept.
    if (outcome.state === 'created' && outcome.sweep?.state === 'refused')
      options.logError?.(new Error(outcome.sweep.message), 'backups:create');
    if (outcome.state === 'failed') {
      problems.record({ message: outcome.message });
      host.emit(backupProblemEvent, { message: outcome.message });
      // Logs are keyed by channel; an automatic backup does the work of backups:create.
      options.logError?.(new Error(outcome.message), 'backups:create');
    }
    return outcome;
  };
  return {
    atStart: () => reported(backupAtStartIfDue),
    onQuit: () => reported(backupOnQuit),
  };
}
