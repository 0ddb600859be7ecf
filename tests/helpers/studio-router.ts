/**
 * Stance's real router and handlers with the records on a studio server, as the app runs them in
 * studio mode: the store-backed channels reach PostgreSQL; what has no store yet stays in the local
 * data folder. Used in-process by the services' tests, in a child process by the crash test and by
 * Playwright (no vitest here).
 */
import type pg from 'pg';
import { createBackupProblemLog } from '../../main/backups';
import { openDataAccess, type DataAccess } from '../../main/data-access';
import { studioStores } from '../../main/db/postgres/stores';
import type { Records } from '../../main/db/stores/stores';
import type { HandlerContext } from '../../main/handlers/types';
import { windowlessHost, type Host } from '../../main/host';
import { createRouter, type Route } from '../../main/router';
import { dataPaths, stanceHandlers } from '../../main/stance';
import { createWorkplace } from '../../main/studio/workplace';
import { makeTempDir } from './temp-dir';

export interface StudioRouterOptions {
  readonly dataDir: string;
  readonly pool: pg.Pool;
  /** The clock the services stamp with; the real one unless a test steps its own. */
  readonly now?: () => Date;
  /** The dialogs and keychain; none (every dialog cancelled) unless a test answers them. */
  readonly host?: Host;
}

export interface StudioRouter {
  route: Route;
  /** The records the router's store-backed channels use: the studio server's. */
  records: () => Records;
  close: () => void;
}

export async function openStudioRouter({
  dataDir,
  pool,
  now = () => new Date(),
  host = windowlessHost,
}: StudioRouterOptions): Promise<StudioRouter> {
  const options = { dataDir, appVersion: 'test', now };
  const data = await openDataAccess({ ...options, paths: dataPaths(dataDir) });
  const context = studioContext(data, pool, now, host);
  const handlers = stanceHandlers(context, {
    ...options,
    host,
    backupProblems: createBackupProblemLog(),
  });
  return {
    route: createRouter(handlers, { logError: (error) => console.error(error) }),
    records: context.records,
    close: () => data.close(),
  };
}

/** The same, with a data folder of its own that goes when it is closed. */
export async function routerOnStudio(
  pool: pg.Pool,
  now: () => Date = () => new Date(),
  host: Host = windowlessHost,
): Promise<StudioRouter> {
  const temp = makeTempDir();
  const studio = await openStudioRouter({ dataDir: temp.dir, pool, now, host });
  return {
    ...studio,
    close: () => {
      studio.close();
      temp.cleanup();
    },
  };
}

/**
 * The handlers' context on a computer whose records are on the studio server of `pool`, with the
 * data folder `data` for what has no store yet.
 */
export function studioContext(
  data: DataAccess,
  pool: pg.Pool,
  now: () => Date,
  host: Host = windowlessHost,
): HandlerContext {
  const records = { stores: studioStores(pool), now };
  // The records are fixed on the server here; the workplace answers only the status channel.
  const workplace = createWorkplace({
    data,
    secrets: host.secrets,
    now,
    onChange: () => undefined,
  });
  return { session: data.session, records: () => records, data, host, workplace };
}
