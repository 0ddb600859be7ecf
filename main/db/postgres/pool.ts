/**
 * Every pool of connections Stance opens on a studio server. node-postgres reports a connection
 * the server dropped (a restart, a network blip) as an 'error' event: on the pool for an idle
 * connection, and on the connection itself for one checked out for a transaction. With no
 * listener Node treats either as an uncaught error and the whole main process would quit. Both
 * need no action beyond being heard: the query that was running gets its own error (which the
 * router answers as "unavailable"), and the pool discards the broken connection when it is
 * released and opens a new one for the next query.
 */
import pg from 'pg';

/** Long enough for a laptop waking its Wi-Fi, short enough that she is not left wondering. */
export const STUDIO_CONNECT_TIMEOUT_MS = 10_000;

export function openStudioPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ connectionTimeoutMillis: STUDIO_CONNECT_TIMEOUT_MS, ...config });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
