/**
 * Settings → Studio database through the real router, against a real PostgreSQL server that asks
 * for passwords and offers TLS with a certificate from the studio's own CA. Ana owns the studio
 * (she set the database up); Sam is a practitioner she added; Lee has a login but was never added.
 */
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { latestStudioSchemaVersion, studioMigrations } from '../../main/db/postgres/migrations';
import { openStance, type StanceCore } from '../../main/stance';
import { connectionFile } from '../../main/studio/saved-connection';
import type {
  StudioConnectionInput,
  StudioConnectionView,
  StudioTestResult,
} from '../../shared/domain/studio-connection';
import type { Result } from '../../shared/errors';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { makeTestCertificates, type TestCertificates } from '../helpers/test-certificates';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

let cluster: TestCluster;
let certificates: TestCertificates;
let admin: pg.Pool;
let temp: ReturnType<typeof makeTempDir>;
let host: TestHost;
let core: StanceCore;

const SAM_PASSWORD = 'a long password for sam';

beforeAll(async () => {
  certificates = makeTestCertificates();
  cluster = await startTestCluster({
    passwordLogins: true,
    tls: { certificate: certificates.serverCertificate, key: certificates.serverKey },
  });
  const studioUrl = cluster.createDatabase('studio');
  cluster.createDatabase('empty');
  admin = new pg.Pool({ connectionString: studioUrl, max: 1 });
  await migrateStudioDatabase(admin);
  await admin.query(
    "CREATE ROLE ana LOGIN PASSWORD 'owner password 1' IN ROLE stance_owner, stance_practitioner",
  );
  await admin.query(`SELECT set_config('role', 'ana', false)`);
  await admin.query('SELECT stance_add_practitioner($1, $2)', ['sam', SAM_PASSWORD]);
  await admin.query('RESET ROLE');
  await admin.query("CREATE ROLE lee LOGIN PASSWORD 'lee password'");
}, 60_000);

afterAll(async () => {
  await admin?.end();
  cluster?.stop();
  certificates?.remove();
});

beforeEach(async () => {
  temp = makeTempDir();
  host = createTestHost();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', host });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const sam = (): StudioConnectionInput => ({
  host: '127.0.0.1',
  port: cluster.port,
  database: 'studio',
  user: 'sam',
  tls: 'off',
  caFile: null,
  password: SAM_PASSWORD,
});

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The form's details with the password field left empty. */
const withoutPassword = (): StudioConnectionInput => {
  const input = sam();
  delete input.password;
  return input;
};

const test = (input: StudioConnectionInput) =>
  ok<StudioTestResult>(core.route('studio:test', input));

describe('Test connection', () => {
  it('connects as a practitioner, says the server version (15 only for trying out) and that the tables are current', async () => {
    const result = await test(sam());
    expect(result.connected).toBe(true);
    const { rows } = await admin.query<{ version: string }>(
      "SELECT current_setting('server_version') AS version",
    );
    const version = rows[0]!.version.split(' ')[0]!;
    expect(result).toMatchObject({ serverVersion: version });
    expect(result.message).toContain(`Connected to PostgreSQL ${version} as “sam”.`);
    expect(result.message).toContain('Stance’s tables are there and up to date.');
    if (version.startsWith('15.'))
      expect(result.message).toContain(
        'PostgreSQL 15 is accepted for trying Stance out; a studio should run 16 or newer.',
      );
    expect(latestStudioSchemaVersion).toBeGreaterThan(0);
  });

  it('says the password is wrong, and that no password is not a wrong one', async () => {
    expect(await test({ ...sam(), password: 'not it' })).toEqual({
      connected: false,
      problem: 'wrong-password',
      message: 'The server refused the password for “sam”.',
    });
    expect(await test(withoutPassword())).toMatchObject({
      connected: false,
      problem: 'no-password',
    });
  });

  it('says the database does not exist', async () => {
    expect(await test({ ...sam(), database: 'stdio' })).toEqual({
      connected: false,
      problem: 'unknown-database',
      message:
        'The server has no database called “stdio”. Check the name with whoever set up the server.',
    });
  });

  it('says no computer has a name that cannot exist (.invalid is reserved, RFC 6761)', async () => {
    expect(await test({ ...sam(), host: 'studio-db.invalid' })).toMatchObject({
      connected: false,
      problem: 'unknown-host',
      message: expect.stringContaining(
        'No computer called “studio-db.invalid” could be found.',
      ) as string,
    });
  });

  it('says nothing answers on a port where no server listens', async () => {
    const result = await test({ ...sam(), port: 1 });
    expect(result).toMatchObject({ connected: false, problem: 'refused' });
  });

  it('tells a login that is not a practitioner to ask the owner, and a database without the tables apart', async () => {
    const lee = { ...sam(), user: 'lee', password: 'lee password' };
    expect(await test(lee)).toMatchObject({ connected: false, problem: 'not-allowed' });
    expect((await test(lee)).message).toMatch(/not one of the studio’s practitioners/);
    expect(await test({ ...lee, database: 'empty' })).toMatchObject({
      connected: false,
      problem: 'schema-missing',
    });
  });

  it('finds the tables missing but makeable for the server’s owner, and changes nothing', async () => {
    const owner = { ...sam(), database: 'empty', user: 'stance', password: '' };
    const result = await test(owner);
    expect(result).toMatchObject({ connected: true });
    expect(result.message).toContain(
      'Stance’s tables are not on “empty” yet; “stance” may create them.',
    );
    const empty = new pg.Client({
      connectionString: `postgresql://stance@127.0.0.1:${cluster.port}/empty`,
    });
    await empty.connect();
    const made = await empty.query("SELECT to_regclass('stance_schema') IS NOT NULL AS made");
    await empty.end();
    expect(made.rows).toEqual([{ made: false }]);
  });

  it('tells tables from an earlier Stance from ones a newer Stance set up', async () => {
    const older = new pg.Pool({ connectionString: cluster.createDatabase('older'), max: 1 });
    try {
      await migrateStudioDatabase(older, studioMigrations.slice(0, -1));
      const owner = { ...sam(), database: 'older', user: 'stance', password: '' };
      const before = studioMigrations.at(-2)!.version;
      expect((await test(owner)).message).toContain(
        `Stance’s tables are there, from an earlier version of Stance (data version ${before}; this version uses ${latestStudioSchemaVersion}).`,
      );
      await older.query('UPDATE stance_schema SET version = 999');
      expect(await test(owner)).toEqual({
        connected: false,
        problem: 'schema-newer',
        message: expect.stringContaining(
          `set up by a newer version of Stance (data version 999; this version reads up to ${latestStudioSchemaVersion}). Install the latest Stance on this computer.`,
        ) as string,
      });
    } finally {
      await older.end();
    }
  });

  it('over TLS, connects with the studio’s CA and refuses a server the chosen CA did not sign', async () => {
    const verified = { ...sam(), tls: 'verified' as const, caFile: certificates.caFile };
    expect(await test(verified)).toMatchObject({ connected: true });
    expect(await test({ ...verified, host: 'localhost' })).toMatchObject({ connected: true });
    expect(await test({ ...verified, caFile: certificates.otherCaFile })).toMatchObject({
      connected: false,
      problem: 'tls-untrusted',
    });
  });

  it('refuses verified TLS without a CA file before connecting, in plain words', async () => {
    const result = await core.route('studio:test', { ...sam(), tls: 'verified', caFile: null });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [
          {
            path: 'caFile',
            message: 'Choose the server’s CA certificate file, or turn encryption off.',
          },
        ],
      },
    });
  });
});

describe('Save', () => {
  it('keeps the details in the data folder with the password encrypted, and tests with the saved password', async () => {
    const view = await ok<StudioConnectionView>(core.route('studio:save', sam()));
    expect(view).toMatchObject({
      host: '127.0.0.1',
      user: 'sam',
      passwordSaved: true,
      saved: true,
    });
    expect(view).not.toHaveProperty('password');
    const file = fs.readFileSync(connectionFile(temp.dir), 'utf8');
    expect(file).toContain('"user": "sam"');
    expect(file).not.toContain(SAM_PASSWORD);
    expect(file).not.toContain(Buffer.from(SAM_PASSWORD).toString('base64'));

    expect(await test(withoutPassword())).toMatchObject({ connected: true });

    core.close();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test', host });
    expect(await ok<StudioConnectionView>(core.route('studio:get', {}))).toEqual({
      ...view,
    });
  });

  it('sends the saved password only to the saved server, user and security, never where the page says', async () => {
    await ok(core.route('studio:save', sam()));
    expect(await test(withoutPassword())).toMatchObject({ connected: true });
    // The same server reached by another name, or another sign-in: no password is sent.
    expect(await test({ ...withoutPassword(), host: 'localhost' })).toMatchObject({
      connected: false,
      problem: 'no-password',
    });
    expect(await test({ ...withoutPassword(), user: 'ana' })).toMatchObject({
      connected: false,
      problem: 'no-password',
    });
    expect(
      await test({ ...withoutPassword(), tls: 'verified', caFile: certificates.caFile }),
    ).toMatchObject({ connected: false, problem: 'no-password' });
  });

  it('without a keychain saves nothing and says why', async () => {
    host.answers.keychain = false;
    const result = await core.route('studio:save', sam());
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!result.ok && result.error.message).toMatch(/never keeps the password in clear/);
    expect(fs.existsSync(connectionFile(temp.dir))).toBe(false);
  });

  it('a saved password another computer encrypted is not used, and she is asked to type it again', async () => {
    await ok(core.route('studio:save', sam()));
    core.close();
    host = createTestHost();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test', host });
    const result = await core.route('studio:test', withoutPassword());
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!result.ok && result.error.message).toMatch(/Type the password again and save/);
  });

  it('an unreadable saved file is reported, not used, and replaced by the next save', async () => {
    fs.writeFileSync(connectionFile(temp.dir), '{"format": 1, "host": ');
    const view = await ok<StudioConnectionView>(core.route('studio:get', {}));
    expect(view).toMatchObject({ saved: false, host: '' });
    expect(view.problem).toMatch(/could not be read, so it is not used/);
    await ok(core.route('studio:save', sam()));
    expect(await ok<StudioConnectionView>(core.route('studio:get', {}))).toMatchObject({
      saved: true,
      problem: null,
    });
  });
});
