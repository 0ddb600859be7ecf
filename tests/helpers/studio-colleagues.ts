/**
 * Two practitioners on one studio server, each signed in as her own role with her own copy of
 * Stance (router): Ana, the owner, and Sam, whom Ana added. Used by vitest and by Playwright.
 */
import type pg from 'pg';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { openStudioPool } from '../../main/db/postgres/pool';
import type { TestCluster } from './postgres-cluster';
import { routerOnStudio, type StudioRouter } from './studio-router';

export interface StudioColleagues {
  readonly ana: StudioRouter;
  readonly sam: StudioRouter;
  /** The server's owner account, for reading and changing rows past Stance. */
  readonly admin: pg.Pool;
  /** Ana's own connection, for SQL run as her role. */
  readonly anaPool: pg.Pool;
  close: () => Promise<void>;
}

/** Connections to the database at `url`, each signed in as the role it names. */
export function rolePools(url: string): {
  poolAs: (user: string) => pg.Pool;
  end: () => Promise<void>;
} {
  const pools: pg.Pool[] = [];
  return {
    poolAs: (user) => {
      const address = new URL(url);
      address.username = user;
      const pool = openStudioPool({ connectionString: address.toString(), max: 2 });
      pools.push(pool);
      return pool;
    },
    end: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
    },
  };
}

export async function anaAndSam(cluster: TestCluster, database: string): Promise<StudioColleagues> {
  const { poolAs, end } = rolePools(cluster.createDatabase(database));
  const admin = poolAs('stance');
  await migrateStudioDatabase(admin);
  await admin.query('CREATE ROLE ana LOGIN IN ROLE stance_owner, stance_practitioner');
  const anaPool = poolAs('ana');
  await anaPool.query('SELECT stance_add_practitioner($1, $2)', ['sam', 'a long password']);
  const ana = await routerOnStudio(anaPool);
  const sam = await routerOnStudio(poolAs('sam'));
  return {
    ana,
    sam,
    admin,
    anaPool,
    close: async () => {
      ana.close();
      sam.close();
      await end();
    },
  };
}

/** A channel's answer, or the error it gave as a thrown Error naming its code. */
export async function call<T>(as: StudioRouter, channel: string, payload: unknown): Promise<T> {
  const result = await as.route(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
