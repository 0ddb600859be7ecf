/**
 * Every pool of connections Stance opens on a studio server. node-postgres reports a connection
 * the server dropped while it sat idle (a restart, a network blip) as an 'error' event on the pool;
 * with no listener Node treats that as an uncaught error and the whole main process would quit.
 * The pool discards such a connection itself and the next query opens a new one, so the event
 * needs no action beyond being heard; a query that was running gets its own error.
 */
import pg from 'pg';

/** Long enough for a laptop waking its Wi-Fi, short enough that she is not left wondering. */
export const STUDIO_CONNECT_TIMEOUT_MS = 10_000;

export function openStudioPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ connectionTimeoutMillis: STUDIO_CONNECT_TIMEOUT_MS, ...config });
  pool.on('error', () => undefined);
  return pool;
}
