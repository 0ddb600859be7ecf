/** Stance's router on a studio server's stores, for vitest and Playwright alike (no vitest here). */
import type pg from 'pg';
import { createBackupProblemLog } from '../../main/backups';
import { openDataAccess } from '../../main/data-access';
import { studioStores } from '../../main/db/postgres/stores';
import { windowlessHost } from '../../main/host';
import { createRouter, type Route } from '../../main/router';
import { dataPaths, stanceHandlers } from '../../main/stance';
import { makeTempDir } from './temp-dir';

/**
 * The real router and handlers with their records on the studio stores of `pool`, as Stance has
 * when it runs on the server; what has no store yet stays in a data folder of its own.
 */
export async function routerOnStudio(
  pool: pg.Pool,
  now: () => Date = () => new Date(),
): Promise<{ route: Route; close: () => void }> {
  const temp = makeTempDir();
  const options = { dataDir: temp.dir, appVersion: 'test', now };
  const data = await openDataAccess({ ...options, paths: dataPaths(temp.dir) });
  const records = { stores: studioStores(pool), now };
  const handlers = stanceHandlers(
    { session: data.session, records: () => records, data, host: windowlessHost },
    { ...options, backupProblems: createBackupProblemLog() },
  );
  return {
    route: createRouter(handlers, { logError: (error) => console.error(error) }),
    close: () => {
      data.close();
      temp.cleanup();
    },
  };
}
