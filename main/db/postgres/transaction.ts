import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` on one connection inside a transaction: committed when it resolves, rolled back
 * when it throws (or the connection drops, which the server rolls back itself).
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
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
