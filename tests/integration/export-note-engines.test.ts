/**
 * One contract, two engines, for the export note: a record leaving as a file is written to the
 * studio's audit trail under the signed-in practitioner's name on a server, and is a plain check
 * that the client exists on the file, which has no trail. Then the same through Stance's real
 * record export: on a server, the export is in the trail before the file is written, and a client
 * the server does not hold is refused without a file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupProblemLog } from '../../main/backups';
import { openDataAccess, type DataAccess } from '../../main/data-access';
import { studioClientStore } from '../../main/db/postgres/client-store';
import type { ClientStore } from '../../main/db/stores/client-store';
import { sqliteClientStore } from '../../main/db/stores/sqlite-client-store';
import { createRouter, type Route } from '../../main/router';
import { dataPaths, openStance, stanceHandlers } from '../../main/stance';
import type { Client } from '../../shared/domain/clients';
import { freshStudioDatabase } from '../helpers/store-engines';
import { makeTempDir } from '../helpers/temp-dir';
import { studioContext } from '../helpers/studio-router';
import { createTestHost, type TestHost } from '../helpers/test-host';

interface NoteEngine {
  clients: ClientStore;
  /** The trail's export events, as (actor, client); empty on the file, which keeps none. */
  exportsNoted(): Promise<{ actor: string; client_id: string }[]>;
  close(): Promise<void>;
}

const engines: Record<string, () => Promise<NoteEngine>> = {
  'the embedded SQLite file': async () => {
    const temp = makeTempDir();
    const core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    return {
      clients: sqliteClientStore(core.session!.db),
      exportsNoted: () => Promise.resolve([]),
      close: () => {
        core.close();
        temp.cleanup();
        return Promise.resolve();
      },
    };
  },
  'a studio PostgreSQL server': async () => {
    const { pool } = await freshStudioDatabase();
    return {
      clients: studioClientStore(pool),
      exportsNoted: () => exportsIn(pool),
      close: () => pool.end(),
    };
  },
};

async function exportsIn(pool: pg.Pool) {
  const rows = await pool.query<{ actor: string; client_id: string }>(
    "SELECT actor, client_id FROM audit_events WHERE action = 'export' ORDER BY id",
  );
  return rows.rows;
}

const client = (lastName: string): Client => {
  const stamp = new Date().toISOString();
  return {
    id: randomUUID(),
    firstName: 'Ana',
    lastName,
    dateOfBirth: '',
    email: '',
    phone: '',
    occupation: '',
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    archivedAt: null,
  };
};

describe.each(Object.entries(engines))('noting an export on %s', (name, open) => {
  let engine: NoteEngine;
  beforeAll(async () => {
    engine = await open();
  }, 60_000);
  afterAll(() => engine.close());

  it('notes an export of a client it holds, and says false for one it does not', async () => {
    const diaz = client('Diaz');
    await engine.clients.insert(diaz);
    await expect(engine.clients.noteExport(diaz.id)).resolves.toBe(true);
    await expect(engine.clients.noteExport(randomUUID())).resolves.toBe(false);
    // The client is as she was: noting reads nothing out and changes nothing of hers.
    await expect(engine.clients.find(diaz.id)).resolves.toEqual(diaz);
    const expected = name.includes('PostgreSQL') ? [{ actor: 'stance', client_id: diaz.id }] : [];
    await expect(engine.exportsNoted()).resolves.toEqual(expected);
  });
});

describe('record export with the records on a studio server', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let data: DataAccess;
  let pool: pg.Pool;
  let host: TestHost;
  let route: Route;

  beforeAll(async () => {
    temp = makeTempDir();
    const options = { dataDir: temp.dir, appVersion: 'test', now: () => new Date() };
    data = await openDataAccess({ ...options, paths: dataPaths(temp.dir) });
    ({ pool } = await freshStudioDatabase());
    host = createTestHost();
    route = createRouter(
      stanceHandlers(studioContext(data, pool, options.now, host), {
        ...options,
        host,
        backupProblems: createBackupProblemLog(),
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await pool.end();
    data.close();
    temp.cleanup();
  });

  // The client is put in the local file too: the export reads the server's, whatever the file has.
  it('writes the export to the trail under the signed-in name, then writes the file', async () => {
    const diaz = client('Diaz');
    await data.session().stores.clients.insert(diaz);
    await studioClientStore(pool).insert(diaz);
    const file = path.join(temp.dir, 'diaz.stance-client.json');
    host.answers.saveFile = file;
    const result = await route('clients:exportRecord', { id: diaz.id });
    expect(result).toMatchObject({ ok: true, value: { cancelled: false, file } });
    expect(fs.existsSync(file)).toBe(true);
    expect(await exportsIn(pool)).toContainEqual({ actor: 'stance', client_id: diaz.id });
  });

  it('refuses a client the server does not hold, writing no file and nothing in the trail', async () => {
    const before = await exportsIn(pool);
    const nowak = client('Nowak');
    await data.session().stores.clients.insert(nowak);
    const file = path.join(temp.dir, 'nowak.stance-client.json');
    host.answers.saveFile = file;
    const result = await route('clients:exportRecord', { id: nowak.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(fs.existsSync(file)).toBe(false);
    expect(await exportsIn(pool)).toEqual(before);
  });
});
