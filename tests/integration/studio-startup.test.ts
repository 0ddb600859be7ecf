/**
 * Working on the studio database, through Stance's real start-up and router, against a real
 * PostgreSQL server that asks for passwords and offers TLS with the studio's own CA. Sam is one of
 * the studio's practitioners; his computer keeps its own file, which he can go back to.
 */
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { latestStudioSchemaVersion, studioMigrations } from '../../main/db/postgres/migrations';
import { openStance, type StanceCore } from '../../main/stance';
import { recordsChoiceFile } from '../../main/studio/records-choice';
import { openSavedStudioPool } from '../../main/studio/saved-pool';
import type { AppStatus } from '../../shared/contract';
import type { ClientSummary } from '../../shared/domain/clients';
import type { StudioConnectionInput } from '../../shared/domain/studio-connection';
import type { Result } from '../../shared/errors';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { makeTestCertificates, type TestCertificates } from '../helpers/test-certificates';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

const SAM_PASSWORD = 'a long password for sam';

let cluster: TestCluster;
let certificates: TestCertificates;
let admin: pg.Pool;
let temp: ReturnType<typeof makeTempDir>;
// One host for every start of a test: its keychain key is what unlocks the saved password.
let host: TestHost;
const opened: StanceCore[] = [];

beforeAll(async () => {
  certificates = makeTestCertificates();
  cluster = await startTestCluster({
    passwordLogins: true,
    tls: { certificate: certificates.serverCertificate, key: certificates.serverKey },
  });
  admin = new pg.Pool({ connectionString: cluster.createDatabase('studio'), max: 1 });
  await migrateStudioDatabase(admin);
  await admin.query(`CREATE ROLE sam LOGIN PASSWORD '${SAM_PASSWORD}' IN ROLE stance_practitioner`);
}, 60_000);

afterAll(async () => {
  await admin?.end();
  cluster?.stop();
  certificates?.remove();
});

beforeEach(() => {
  temp = makeTempDir();
  host = createTestHost();
});
afterEach(async () => {
  for (const core of opened.splice(0)) {
    await core.closeRecords();
    core.close();
  }
  temp.cleanup();
});

async function start(): Promise<StanceCore> {
  const core = await openStance({ dataDir: temp.dir, appVersion: 'test', host });
  opened.push(core);
  return core;
}

async function quit(core: StanceCore): Promise<void> {
  opened.splice(opened.indexOf(core), 1);
  await core.closeRecords();
  core.close();
}

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refused(
  pending: Promise<Result<unknown>>,
): Promise<{ code: string; message: string }> {
  const result = await pending;
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const sam = (): StudioConnectionInput => ({
  host: '127.0.0.1',
  port: cluster.port,
  database: 'studio',
  user: 'sam',
  tls: 'verified',
  caFile: certificates.caFile,
  password: SAM_PASSWORD,
});

const lastNames = async (core: StanceCore): Promise<string[]> => {
  const found = await ok<ClientSummary[]>(core.route('clients:list', {}));
  return found.map((client) => client.lastName).sort();
};

const onServer = async (lastName: string) =>
  (
    await admin.query<{ created_by: string }>(
      'SELECT created_by FROM clients WHERE last_name = $1',
      [lastName],
    )
  ).rows;

const inFile = (core: StanceCore, lastName: string): number =>
  core
    .session!.db.prepare('SELECT count(*) FROM clients WHERE last_name = ?')
    .pluck()
    .get(lastName) as number;

/** Sam's connections on the server, by the name the pool gives them. */
async function samConnections(): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'sam' AND application_name = 'Stance'",
  );
  return rows[0]!.n;
}

/** A backend leaves pg_stat_activity a moment after its client has said goodbye. */
async function settledSamConnections(): Promise<number> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    if ((await samConnections()) === 0) return 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return samConnections();
}

describe('working on the studio database', () => {
  it('opens on the server at every start once chosen; clients land on the server, not in the file; going back shows the file’s records', async () => {
    const first = await start();
    expect(first.status).toMatchObject({ state: 'ready', records: { place: 'file' } });
    await ok(first.route('clients:create', { firstName: 'Ines', lastName: 'Moreau' }));
    await ok(first.route('studio:save', sam()));
    expect(fs.existsSync(recordsChoiceFile(temp.dir))).toBe(false);

    const studio = await ok<AppStatus>(first.route('studio:use', {}));
    const place = {
      place: 'studio',
      host: '127.0.0.1',
      port: cluster.port,
      database: 'studio',
      user: 'sam',
    };
    expect(studio).toMatchObject({ state: 'ready', records: place });
    expect(host.eventsNamed('app:status').at(-1)).toMatchObject({ records: place });
    await ok(first.route('clients:create', { firstName: 'Amara', lastName: 'Osei' }));
    expect(await onServer('Osei')).toEqual([{ created_by: 'sam' }]);
    expect(inFile(first, 'Osei')).toBe(0);
    expect(await lastNames(first)).toEqual(['Osei']);
    await quit(first);

    // A new start with the same data folder opens on the server by itself.
    const second = await start();
    expect(second.status).toMatchObject({ state: 'ready', records: place });
    expect(await lastNames(second)).toEqual(['Osei']);
    await ok(second.route('clients:create', { firstName: 'Tomas', lastName: 'Ruiz' }));
    expect(await onServer('Ruiz')).toHaveLength(1);
    expect(await samConnections()).toBeGreaterThan(0);

    const file = await ok<AppStatus>(second.route('studio:useFile', {}));
    expect(file).toMatchObject({ state: 'ready', records: { place: 'file' } });
    expect(await lastNames(second)).toEqual(['Moreau']);
    expect(inFile(second, 'Ruiz')).toBe(0);
    // The studio's pool is closed when she switches away.
    expect(await settledSamConnections()).toBe(0);
    await quit(second);

    const third = await start();
    expect(third.status).toMatchObject({ state: 'ready', records: { place: 'file' } });
    expect(await lastNames(third)).toEqual(['Moreau']);
    expect((await admin.query('SELECT count(*)::int AS n FROM clients')).rows[0]).toEqual({
      n: 2,
    });
  });

  it('closes the studio’s connections at quit', async () => {
    const core = await start();
    await ok(core.route('studio:save', sam()));
    await ok(core.route('studio:use', {}));
    await ok(core.route('clients:list', {}));
    expect(await samConnections()).toBeGreaterThan(0);
    await quit(core);
    expect(await settledSamConnections()).toBe(0);
  });

  it('when the server cannot be reached at start, opens and says so plainly, never on the file; Try again and going back both work', async () => {
    const first = await start();
    await ok(first.route('clients:create', { firstName: 'Ines', lastName: 'Moreau' }));
    await ok(first.route('studio:save', sam()));
    await ok(first.route('studio:use', {}));
    // The server moves (or this computer is off the studio's network): nothing answers there.
    await ok(first.route('studio:save', { ...sam(), port: 1 }));
    await quit(first);

    const second = await start();
    expect(second.status).toEqual({
      state: 'problem',
      kind: 'studio-unreachable',
      message:
        'Nothing answered at 127.0.0.1:1: PostgreSQL may not be running there, or it listens on another port.',
      dataDir: temp.dir,
      details: expect.any(String) as string,
    });
    // Nothing is read from or saved to the file in its place.
    const notOpen = await refused(second.route('clients:list', {}));
    expect(notOpen).toEqual({
      code: 'unavailable',
      message:
        'The studio database is not open, so your records cannot be read or saved just now. Try again, or go back to this computer’s file.',
    });
    await refused(second.route('clients:create', { firstName: 'Lost', lastName: 'Nowhere' }));
    expect(inFile(second, 'Nowhere')).toBe(0);
    expect(await onServer('Nowhere')).toEqual([]);

    // Try again while it is still away: the same plain answer, and nothing switches.
    const stillAway = await refused(second.route('studio:use', {}));
    expect(stillAway.message).toContain('Nothing answered at 127.0.0.1:1');
    expect(second.status).toMatchObject({ kind: 'studio-unreachable' });

    // Back on the network: Try again opens the studio.
    await ok(second.route('studio:save', sam()));
    expect(await ok<AppStatus>(second.route('studio:use', {}))).toMatchObject({
      state: 'ready',
      records: { place: 'studio', database: 'studio' },
    });
    await ok(second.route('studio:save', { ...sam(), port: 1 }));
    await quit(second);

    // Or she goes back to this computer's file, from the same screen.
    const third = await start();
    expect(third.status).toMatchObject({ kind: 'studio-unreachable' });
    expect(await ok<AppStatus>(third.route('studio:useFile', {}))).toMatchObject({
      state: 'ready',
      records: { place: 'file' },
    });
    expect(await lastNames(third)).toEqual(['Moreau']);
  });

  it('refuses, in plain words and without switching, tables from an older or newer Stance, a database without them, and no saved connection', async () => {
    const core = await start();
    expect(await refused(core.route('studio:use', {}))).toEqual({
      code: 'unavailable',
      message:
        'No studio database is set up on this computer. Enter its details in Settings → Studio database and save them first.',
    });

    const older = new pg.Pool({ connectionString: cluster.createDatabase('older'), max: 1 });
    try {
      await migrateStudioDatabase(older, studioMigrations.slice(0, -1));
      const asOwner = { ...sam(), database: 'older', user: 'stance', tls: 'off' as const };
      await ok(core.route('studio:save', { ...asOwner, caFile: null, password: '' }));
      expect((await refused(core.route('studio:use', {}))).message).toBe(
        `Stance’s tables on “older” were set up by an earlier version of Stance (data version ${latestStudioSchemaVersion - 1}; this version uses ${latestStudioSchemaVersion}). Ask the studio’s owner to bring them up to date (npm run studio:setup) before working there.`,
      );
      await older.query('UPDATE stance_schema SET version = 999');
      expect((await refused(core.route('studio:use', {}))).message).toContain(
        'set up by a newer version of Stance (data version 999',
      );
    } finally {
      await older.end();
    }

    cluster.createDatabase('bare');
    await ok(
      core.route('studio:save', {
        ...sam(),
        database: 'bare',
        user: 'stance',
        tls: 'off',
        caFile: null,
        password: '',
      }),
    );
    expect((await refused(core.route('studio:use', {}))).message).toBe(
      'Stance’s tables are not on “bare” yet. The studio’s owner sets the database up first (npm run studio:setup); until then your records stay on this computer.',
    );

    expect(core.status).toMatchObject({ state: 'ready', records: { place: 'file' } });
    expect(fs.existsSync(recordsChoiceFile(temp.dir))).toBe(false);
    expect(host.eventsNamed('app:status')).toEqual([]);
  });

  it('asks which records to use when the saved choice cannot be read, instead of guessing', async () => {
    fs.mkdirSync(temp.dir, { recursive: true });
    fs.writeFileSync(recordsChoiceFile(temp.dir), '{ "use": "somewhere"');
    const core = await start();
    expect(core.status).toMatchObject({
      state: 'problem',
      kind: 'studio-unreachable',
      message: expect.stringContaining(
        'Stance could not read whether your records are on the studio database or on this computer',
      ) as string,
    });
    expect(await ok<AppStatus>(core.route('studio:useFile', {}))).toMatchObject({
      records: { place: 'file' },
    });
  });
});

describe('openSavedStudioPool', () => {
  it('connects with the saved password over TLS checked against the saved CA file', async () => {
    const core = await start();
    await ok(core.route('studio:save', sam()));
    const pool = await openSavedStudioPool(temp.dir, host.secrets, { max: 1 });
    try {
      const { rows } = await pool.query<{ ssl: boolean; user: string }>(
        'SELECT ssl, current_user AS "user" FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
      );
      expect(rows).toEqual([{ ssl: true, user: 'sam' }]);
    } finally {
      await pool.end();
    }
  });

  it('refuses in plain words a CA file that cannot be read, a CA that did not sign the server, and no saved connection', async () => {
    await expect(openSavedStudioPool(temp.dir, host.secrets)).rejects.toThrow(
      'No studio database is set up on this computer.',
    );
    const core = await start();
    const missingCa = `${certificates.folder}/moved-away.pem`;
    await ok(core.route('studio:save', { ...sam(), caFile: missingCa }));
    await expect(openSavedStudioPool(temp.dir, host.secrets)).rejects.toThrow(
      `The studio server’s CA certificate file could not be read (${missingCa}). Choose it again in Settings → Studio database.`,
    );

    await ok(core.route('studio:save', { ...sam(), caFile: certificates.otherCaFile }));
    const pool = await openSavedStudioPool(temp.dir, host.secrets, { max: 1 });
    try {
      await expect(pool.query('SELECT 1')).rejects.toThrow('unable to verify');
    } finally {
      await pool.end();
    }
    expect((await refused(core.route('studio:use', {}))).message).toBe(
      'The server’s certificate is not signed by the CA certificate you chose, so Stance did not send the password. Check that you picked the studio’s CA file.',
    );
  });
});
