/** Stance's router on a studio server's stores, for vitest and Playwright alike (no vitest here). */
import type pg from 'pg';
import { createBackupProblemLog } from '../../main/backups';
import { openDataAccess } from '../../main/data-access';
import { studioStores } from '../../main/db/postgres/stores';
import { windowlessHost, type Host } from '../../main/host';
import { createRouter, type Route } from '../../main/router';
import type { HandlerContext } from '../../main/handlers/types';
import type { DataAccess } from '../../main/data-access';
import { dataPaths, stanceHandlers } from '../../main/stance';
import { createWorkplace } from '../../main/studio/workplace';
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
  const handlers = stanceHandlers(studioContext(data, pool, now), {
    ...options,
    backupProblems: createBackupProblemLog(),
  });
  return {
    route: createRouter(handlers, { logError: (error) => console.error(error) }),
    close: () => {
      data.close();
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
