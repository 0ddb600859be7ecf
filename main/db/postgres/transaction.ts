import type { Pool, PoolClient } from 'pg';

/** A pool, or the one connection a transaction runs on. */
export type Queryable = Pool | PoolClient;

/**
 * Runs `work` on one connection inside a transaction: committed when it resolves, rolled back
 * when it throws (or the connection drops, which the server rolls back itself). Given the
 * connection of a transaction already open, `work` joins it, so a store's own all-or-nothing step
 * is part of a service's larger one.
 */
export function inTransaction<T>(
  db: Queryable,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  return onOneConnection(db, 'BEGIN', work);
}

// Only a pool's checked-out connection has release(); the stores are never given a bare Client.
export function isConnection(db: Queryable): db is PoolClient {
  return 'release' in db;
}

/**
 * Runs `work`, which only reads, on one connection that sees one snapshot of the database for all
 * its statements (READ COMMITTED would give each statement its own). Given the connection of a
 * transaction already open, `work` joins it and sees what that transaction sees.
 */
export function inSnapshot<T>(db: Queryable, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return onOneConnection(db, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
}

async function onOneConnection<T>(
  db: Queryable,
  begin: string,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  if (isConnection(db)) return work(db);
  const client = await db.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
