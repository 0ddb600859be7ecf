import type { FolderProblemKind, FolderStatus } from '../shared/contract';
import { AppError } from '../shared/errors';
import { schemaVersionOf, type Db } from './db/connection';
import { lockDataFolder, type FolderLock } from './db/folder-lock';
import { defaultIntegrityCheck, type IntegrityCheck } from './db/integrity-check';
import type { RouterOptions } from './router';
import {
  closeSession,
  openSession,
  writableSession,
  type DataPaths,
  type Session,
} from './session';

/**
 * Owns the one open session and its status. Restore needs the database closed while the file is
 * swapped, so everything reaches the session through here rather than holding it.
 */
export interface DataAccess {
  readonly paths: DataPaths;
  status: () => FolderStatus;
  /** The open session, for reading; throws a plain-words error while the data is unavailable. */
  session: () => Session;
  /** The open session, or null while the data is unavailable. */
  current: () => Session | null;
  /**
   * Resolves once the full check of the open file has finished (at once when none is running).
   * Never rejects: after damage was found, `session()` refuses in plain words.
   */
  fullyChecked: () => Promise<void>;
  /** Closes the database, runs `change` on the closed files, then opens them again. */
  whileClosed: <T>(change: () => Promise<T> | T) => Promise<T>;
  /** Throws a plain-words error when another process holds the data folder; files stay untouched. */
  claimFolder: () => void;
  /** Always closes; returns a sentence on what could not be tidied first or null. */
  close: () => string | null;
}

export interface DataAccessOptions extends RouterOptions {
  paths: DataPaths;
  appVersion: string;
  now: () => Date;
  /** The full check of an opened file; by default on a worker thread in the built app. */
  integrityCheck?: IntegrityCheck;
  /** Told when the status changes after opening (the background check found damage). */
  onStatusChange?: (status: FolderStatus) => void;
}

export async function openDataAccess(options: DataAccessOptions): Promise<DataAccess> {
  const integrityCheck = options.integrityCheck ?? defaultIntegrityCheck();
  let session: Session | null = null;
  let status: FolderStatus = {
    state: 'problem',
    kind: 'unavailable',
    message: 'Your client data is still opening.',
    dataDir: options.paths.dataDir,
    details: '',
  };
  // Read-only connections kept from before the check passed: a read begun on one may still be
  // running (a report, say), so they close with the session rather than at once.
  let retiredReaders: Db[] = [];
  let checked: Promise<void> = Promise.resolve();
  // Which opening a finished check belongs to; a restore may have reopened since it started.
  let opening = 0;
  // Set when the background check found damage in a file that had opened, until it is reopened.
  let damageFound = false;

  // Held from the first open to the final close, through a restore's close-and-reopen.
  let lock: FolderLock | null = null;
  const claimFolder = (): void => {
    lock ??= lockDataFolder(options.paths.dataDir);
  };

  const checkInBackground = (opened: Session, ofOpening: number): Promise<void> =>
    integrityCheck(opened.paths.database)
      .catch((error: unknown) => [
        `The check of the file could not run (${error instanceof Error ? error.message : String(error)}).`,
      ])
      .then((findings) => {
        if (ofOpening !== opening) return;
        if (findings.length > 0) {
          close();
          damageFound = true;
          status = damagedStatus(options.paths, findings);
          options.onStatusChange?.(status);
          return;
        }
        try {
          retiredReaders.push(opened.db);
          session = writableSession(opened);
        } catch (error) {
          close();
          status = problemStatus(options.paths.dataDir, error, options);
          options.onStatusChange?.(status);
        }
      });

  const open = async (): Promise<void> => {
    opening += 1;
    checked = Promise.resolve();
    damageFound = false;
    try {
      claimFolder();
      const opened = await openSession(options.paths, options.now);
      session = opened.session;
      status = {
        state: 'ready',
        dataDir: options.paths.dataDir,
        appVersion: options.appVersion,
        schemaVersion: schemaVersionOf(session.db),
      };
      if (opened.unchecked) checked = checkInBackground(opened.session, opening);
    } catch (error) {
      session = null;
      status = problemStatus(options.paths.dataDir, error, options);
    }
  };
  function close(): string | null {
    // The readers first, so the writer is the last connection and its close folds the WAL in.
    for (const reader of retiredReaders) reader.close();
    retiredReaders = [];
    const untidy = session ? closeSession(session) : null;
    session = null;
    return untidy;
  }
  const currentSession = (): Session => {
    if (session) return session;
    if (damageFound) throw new AppError('database-damaged', refusedWhileDamaged);
    throw new AppError('unavailable', 'Your client data is not open, so this cannot be done yet.');
  };

  await open();

  return {
    paths: options.paths,
    status: () => status,
    session: currentSession,
    current: () => session,
    fullyChecked: () => checked,
    whileClosed: async (change) => {
      claimFolder();
      opening += 1;
      close();
      try {
        return await change();
      } finally {
        await open();
      }
    },
    claimFolder,
    close: () => {
      opening += 1;
      const untidy = close();
      lock?.release();
      lock = null;
      return untidy;
    },
  };
}

const refusedWhileDamaged =
  'Stance found damage in your client records, so it has stopped using the file: nothing more is ' +
  'saved to it, and nothing has been changed or deleted. Restore a backup from the recovery screen.';

function damagedStatus(paths: DataPaths, findings: readonly string[]): FolderStatus {
  return {
    state: 'problem',
    kind: 'database-damaged',
    message:
      `The client database at ${paths.database} is damaged: Stance's full check of the file ` +
      `found ${findings.length === 1 ? 'a problem' : `${findings.length} problems`}. ` +
      'Nothing has been written to it, changed or deleted.',
    dataDir: paths.dataDir,
    details: `What the check found: ${findings.join('; ')}`,
  };
}

function problemStatus(dataDir: string, error: unknown, options: RouterOptions): FolderStatus {
  const known =
    error instanceof AppError &&
    (error.code === 'database-from-future' ||
      error.code === 'database-damaged' ||
      error.code === 'unavailable');
  if (!known) options.logError?.(error, 'app:status');
  const kind: FolderProblemKind = known ? error.code : 'unavailable';
  return {
    state: 'problem',
    kind,
    message: known
      ? error.message
      : `Stance could not open its data folder at ${dataDir}. Nothing has been changed or deleted.`,
    dataDir,
    details: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}
