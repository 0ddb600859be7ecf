/**
 * Studio migration 004 on a database that already holds clients: it adds the search's prefix
 * query to the server and touches no record, and search over the clients that were there before
 * it ran finds them as before (names first, accents folded, every typed word a prefix).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioClientStore } from '../../main/db/postgres/client-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { studioMigrations } from '../../main/db/postgres/migrations';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';

let cluster: TestCluster;
let pool: pg.Pool;
const stamp = (second: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, second)).toISOString();
const page = { archived: false, limit: 200 };
const beforeSearchStep = studioMigrations.filter((step) => step.version < 4);
const throughSearchStep = studioMigrations.filter((step) => step.version <= 4);

beforeAll(async () => {
  cluster = await startTestCluster();
  pool = new pg.Pool({ connectionString: cluster.createDatabase('search_migration') });
}, 60_000);

afterAll(async () => {
  await pool?.end();
  cluster?.stop();
});

describe('studio migration 004 (search prefix query) with clients in the database', () => {
  it('keeps every client and finds them as before', async () => {
    await expect(migrateStudioDatabase(pool, beforeSearchStep)).resolves.toEqual({
      from: 0,
      to: 3,
    });
    await pool.query(
      `INSERT INTO clients (id, first_name, last_name, email, notes, created_at, updated_at)
       VALUES ('c1', 'Zoë', 'Ångström', 'zoe@studio.test', 'runs on Sundays', $1, $1),
              ('c2', 'Tomasz', 'Nowak', '', 'knee pain after Zoe''s class', $2, $2),
              ('c3', 'Siobhán', 'O''Neil', '', '', $3, $3)`,
      [stamp(1), stamp(2), stamp(3)],
    );
    const before = await pool.query('SELECT * FROM clients ORDER BY id');

    await expect(migrateStudioDatabase(pool, throughSearchStep)).resolves.toEqual({
      from: 3,
      to: 4,
    });

    const after = await pool.query('SELECT * FROM clients ORDER BY id');
    expect(after.rows).toEqual(before.rows);
    // Today's search reads what later steps add (the last visit of migration 10), as the app
    // does once it has brought the server up to date.
    await migrateStudioDatabase(pool);
    const store = studioClientStore(pool);
    const found = async (typed: string) =>
      (await store.search(typed, page)).map((client) => client.id);
    expect(await found('zoe')).toEqual(['c1', 'c2']);
    expect(await found('ZOË ångs')).toEqual(['c1']);
    expect(await found('siobhan o neil')).toEqual(['c3']);
    expect(await found('sund')).toEqual(['c1']);
    expect(await found('nobody')).toEqual([]);
  });
});
