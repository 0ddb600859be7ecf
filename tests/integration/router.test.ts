import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientSummary } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import { fileBytes, makeTempDir } from '../helpers/temp-dir';

const ada = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  dateOfBirth: '1985-12-10',
  email: 'ada@example.com',
};

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

beforeEach(async () => {
  temp = makeTempDir();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

function value<T>(result: Result<unknown>): T {
  if (!result.ok)
    throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function countClients(): number {
  core.close();
  const db = new Database(dataPaths(temp.dir).database, { readonly: true });
  const count = (db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;
  db.close();
  return count;
}

/** Closing checkpoints the WAL, so the file alone holds every committed byte. */
async function databaseBytesAfter(
  action: () => Promise<unknown>,
): Promise<{ before: Buffer; after: Buffer }> {
  core.close();
  const before = fileBytes(dataPaths(temp.dir).database);
  core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
  await action();
  core.close();
  const after = fileBytes(dataPaths(temp.dir).database);
  core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
  return { before, after };
}

describe('router', () => {
  it('creates, lists and reads a client through the real database', async () => {
    const created = value<Client>(await core.route('clients:create', ada));
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.occupation).toBe('');

    const listed = value<ClientSummary[]>(await core.route('clients:list', { query: 'love' }));
    expect(listed.map((client) => client.id)).toEqual([created.id]);

    const read = value<Client>(await core.route('clients:get', { id: created.id }));
    expect(read).toEqual(created);
  });

  it('lists newest first and matches the start of each word typed, case-insensitively', async () => {
    const first = value<Client>(await core.route('clients:create', ada));
    const second = value<Client>(
      await core.route('clients:create', { firstName: 'Grace', lastName: 'Hopper' }),
    );
    const all = value<ClientSummary[]>(await core.route('clients:list', {}));
    expect(all.map((client) => client.id)).toEqual([second.id, first.id]);

    const byFull = value<ClientSummary[]>(await core.route('clients:list', { query: 'GRA hop' }));
    expect(byFull.map((client) => client.id)).toEqual([second.id]);
    const wildcard = value<ClientSummary[]>(await core.route('clients:list', { query: '%' }));
    expect(wildcard).toEqual([]);
  });

  it('refuses an unknown channel by name and changes nothing', async () => {
    const { before, after } = await databaseBytesAfter(async () => {
      const result = await core.route('clients:drop', { id: 'x' });
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      if (!result.ok) expect(result.error.message).toContain('clients:drop');
    });
    expect(after.equals(before)).toBe(true);
  });

  it.each([
    [
      'an empty first name',
      { ...ada, firstName: '   ' },
      'firstName',
      "Enter the client's first name.",
    ],
    [
      'an impossible date',
      { ...ada, dateOfBirth: '2023-02-30' },
      'dateOfBirth',
      'Enter a real date, e.g. 1984-03-27.',
    ],
    [
      'a future date of birth',
      { ...ada, dateOfBirth: '2999-01-01' },
      'dateOfBirth',
      'Date of birth cannot be in the future.',
    ],
    [
      'a malformed email',
      { ...ada, email: 'ada@' },
      'email',
      'Enter an email address like name@example.com.',
    ],
    ['a number for a name', { ...ada, lastName: 42 }, 'lastName', "Enter the client's last name."],
    ['an extra field', { ...ada, isAdmin: true }, '', 'Unrecognized key: "isAdmin"'],
  ])(
    'refuses %s with a message for that field and writes nothing',
    async (_label, payload, path, message) => {
      const result = await core.route('clients:create', payload);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.issues).toContainEqual({ path, message });
      expect(countClients()).toBe(0);
    },
  );

  it('refuses payloads that are not objects', async () => {
    for (const payload of [null, undefined, 'Ada', 7, [ada]]) {
      const result = await core.route('clients:create', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(countClients()).toBe(0);
  });

  it('answers a missing client with not-found in plain words', async () => {
    const result = await core.route('clients:get', { id: '5b0e4c0e-2f0e-4b7a-9b53-2d1f1b8a0c11' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports a ready status with the data folder and schema version', async () => {
    const status = value<{ state: string; dataDir: string; schemaVersion: number }>(
      await core.route('app:status', {}),
    );
    expect(status).toMatchObject({ state: 'ready', dataDir: temp.dir });
    expect(status.schemaVersion).toBeGreaterThan(0);
  });
});
