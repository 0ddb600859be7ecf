import type { AppStatus, ProblemKind } from '../shared/contract';
import { AppError } from '../shared/errors';
import { appHandlers } from './handlers/app';
import { clientHandlers } from './handlers/clients';
import type { HandlerContext } from './handlers/types';
import { windowlessHost, type Host } from './host';
import { createRouter, type Route, type RouterOptions } from './router';
import { closeSession, dataPaths, openSession, type Session } from './session';

export { dataPaths } from './session';

export interface StanceCore {
  route: Route;
  readonly status: AppStatus;
  /** The open session, or null while the data is unavailable. */
  readonly session: Session | null;
  close(): void;
}

export interface OpenOptions extends RouterOptions {
  dataDir: string;
  appVersion: string;
  host?: Host;
  now?: () => Date;
}

/**
 * The composition root, shared by the Electron app, the end-to-end fixture and the benchmark:
 * open and check the database, migrate it, and build the router on the real handlers. When the
 * data cannot be opened the router still answers, with the problem, so the window can explain it
 * and offer a way out.
 */
export async function openStance(options: OpenOptions): Promise<StanceCore> {
  const paths = dataPaths(options.dataDir);
  const now = options.now ?? (() => new Date());
  const readyStatus = (open: Session): AppStatus => ({
    state: 'ready',
    dataDir: open.paths.dataDir,
    appVersion: options.appVersion,
    schemaVersion: open.db.pragma('user_version', { simple: true }) as number,
  });

  let session: Session | null = null;
  let status: AppStatus;

  try {
    session = await openSession(paths, now);
    status = readyStatus(session);
  } catch (error) {
    status = problemStatus(paths.dataDir, error, options);
  }

  const context: HandlerContext = {
    session: () => {
      if (!session)
        throw new AppError(
          'unavailable',
          'Your client data is not open, so this cannot be done yet.',
        );
      return session;
    },
    host: options.host ?? windowlessHost,
  };

  const route = createRouter({ ...appHandlers(() => status), ...clientHandlers(context) }, options);

  return {
    route,
    get status() {
      return status;
    },
    get session() {
      return session;
    },
    close() {
      if (session) closeSession(session);
      session = null;
    },
  };
}

function problemStatus(dataDir: string, error: unknown, options: RouterOptions): AppStatus {
  const known =
    error instanceof AppError &&
    (error.code === 'database-from-future' || error.code === 'database-damaged');
  if (!known) options.logError?.(error, 'app:status');
  const kind: ProblemKind = known ? (error.code) : 'unavailable';
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
