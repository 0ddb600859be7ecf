/**
 * Stance's real router and handlers with the records on a studio server, as the app runs them in
 * studio mode: clients and assessments reach PostgreSQL through its stores; what has no store yet
 * (photo files, backups, exports) stays in the local data folder. Used in-process by the services'
 * tests and in a child process by the crash test.
 */
import type pg from 'pg';
import { createBackupProblemLog } from '../../main/backups';
import { openDataAccess } from '../../main/data-access';
import { studioStores } from '../../main/db/postgres/stores';
import { windowlessHost } from '../../main/host';
import { createRouter, type Route } from '../../main/router';
import { dataPaths, stanceHandlers } from '../../main/stance';

export interface StudioRouterOptions {
  readonly dataDir: string;
  readonly pool: pg.Pool;
  /** The clock the services stamp with; the real one unless a test steps its own. */
  readonly now?: () => Date;
}

export async function openStudioRouter({
  dataDir,
  pool,
  now = () => new Date(),
}: StudioRouterOptions): Promise<{ route: Route; close: () => void }> {
  const options = { dataDir, appVersion: 'test', now };
  const data = await openDataAccess({ ...options, paths: dataPaths(dataDir) });
  const records = { stores: studioStores(pool), now };
  const handlers = stanceHandlers(
    { session: data.session, records: () => records, data, host: windowlessHost },
    { ...options, backupProblems: createBackupProblemLog() },
  );
  return {
    route: createRouter(handlers, { logError: (error) => console.error(error) }),
    close: () => data.close(),
  };
}
