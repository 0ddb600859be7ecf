/**
 * The README's server set-up, run as written: `npm run studio:setup` against an empty database,
 * then the owner adds a practitioner, who can sign in and passes Test connection.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { latestStudioSchemaVersion } from '../../main/db/postgres/migrations';
import { testStudioConnection } from '../../main/studio/connection-test';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';

const root = path.resolve(__dirname, '../..');
let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ passwordLogins: true });
}, 60_000);
afterAll(() => cluster?.stop());

/** With an address, or (as the README shows) with none and the server in PG* variables. */
const setUp = (address: string | null, env: Record<string, string> = {}) =>
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/studio-setup.ts', ...(address ? [address] : [])],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } },
  );

it('sets up an empty database once, and says so; the owner then adds a practitioner who can connect', async () => {
  const address = cluster.createDatabase('studio');
  expect(setUp(address)).toBe(
    `Stance’s tables are set up: data version ${latestStudioSchemaVersion}.\n`,
  );
  const fromVariables = {
    PGHOST: '127.0.0.1',
    PGPORT: String(cluster.port),
    PGUSER: 'stance',
    PGDATABASE: 'studio',
  };
  expect(setUp(null, fromVariables)).toBe(
    `Stance’s tables were already up to date (data version ${latestStudioSchemaVersion}).\n`,
  );

  const admin = new pg.Client({ connectionString: address });
  await admin.connect();
  try {
    await admin.query(
      "CREATE ROLE ana LOGIN PASSWORD 'owner password 1' IN ROLE stance_owner, stance_practitioner",
    );
  } finally {
    await admin.end();
  }
  const ana = new pg.Client({
    host: '127.0.0.1',
    port: cluster.port,
    database: 'studio',
    user: 'ana',
    password: 'owner password 1',
  });
  await ana.connect();
  try {
    await ana.query("SELECT stance_add_practitioner('sam', 'a long password for sam')");
  } finally {
    await ana.end();
  }

  const sam = await testStudioConnection({
    host: '127.0.0.1',
    port: cluster.port,
    database: 'studio',
    user: 'sam',
    tls: 'off',
    caFile: null,
    password: 'a long password for sam',
  });
  expect(sam).toMatchObject({ connected: true });
  expect(sam.message).toContain('Stance’s tables are there and up to date.');
}, 60_000);
