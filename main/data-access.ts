import type { AppStatus, ProblemKind } from '../shared/contract';
import { AppError } from '../shared/errors';
import { schemaVersionOf } from './db/connection';
import { lockDataFolder, type FolderLock } from './db/folder-lock';
import type { RouterOptions } from './router';
import { closeSession, openSession, type DataPaths, type Session } from './session';

/**
 * Owns the one open session and its status. Restore needs the database closed while the file is
 * swapped, so everything reaches the session through here rather than holding it.
 */
export interface DataAccess {
  readonly paths: DataPaths;
  status: () => AppStatus;
  /** The open session; throws a plain-words error while the data is unavailable. */
  session: () => Session;
  /** The open session, or null while the data is unavailable. */
  current: () => Session | null;
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
}

export async function openDataAccess(options: DataAccessOptions): Promise<DataAccess> {
  let session: Session | null = null;
  let status: AppStatus = {
    state: 'problem',
    kind: 'unavailable',
    message: 'Your client data is still opening.',
    dataDir: options.paths.dataDir,
    details: '',
  };

  // Held from the first open to the final close, through a restore's close-and-reopen.
  let lock: FolderLock | null = null;
  const claimFolder = (): void => {
    lock ??= lockDataFolder(options.paths.dataDir);
  };

  const open = async (): Promise<void> => {
    try {
      claimFolder();
      session = await openSession(options.paths, options.now);
      status = {
        state: 'ready',
        dataDir: options.paths.dataDir,
        appVersion: options.appVersion,
        schemaVersion: schemaVersionOf(session.db),
      };
    } catch (error) {
      session = null;
      status = problemStatus(options.paths.dataDir, error, options);
    }
  };
  const close = (): string | null => {
    const untidy = session ? closeSession(session) : null;
    session = null;
    return untidy;
  };

  await open();

  return {
    paths: options.paths,
    status: () => status,
    session: () => {
      if (!session)
        throw new AppError(
          'unavailable',
          'Your client data is not open, so this cannot be done yet.',
        );
      return session;
    },
    current: () => session,
    whileClosed: async (change) => {
      claimFolder();
      close();
      try {
        return await change();
      } finally {
        await open();
      }
    },
    claimFolder,
    close: () => {
      const untidy = close();
      lock?.release();
      lock = null;
      return untidy;
    },
  };
}

function problemStatus(dataDir: string, error: unknown, options: RouterOptions): AppStatus {
  const known =
    error instanceof AppError &&
    (error.code === 'database-from-future' ||
      error.code === 'database-damaged' ||
      error.code === 'unavailable');
  if (!known) options.logError?.(error, 'app:status');
  const kind: ProblemKind = known ? error.code : 'unavailable';
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
