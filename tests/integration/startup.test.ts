import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths, openStance } from '../../main/stance';
import { fileBytes, makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('start-up', () => {
  it('explains a file that is not a database, changes nothing, and refuses data actions', async () => {
    const file = dataPaths(temp.dir).database;
    fs.writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const before = fileBytes(file);

    const core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    expect(core.status).toMatchObject({
      state: 'problem',
      kind: 'database-damaged',
      dataDir: temp.dir,
    });
    if (core.status.state === 'problem') expect(core.status.message).toContain(file);
    expect(await core.route('clients:list', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    core.close();
    expect(fileBytes(file).equals(before)).toBe(true);
  });

  it('explains a database from a newer version', async () => {
    const file = dataPaths(temp.dir).database;
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();

    const core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    expect(core.status).toMatchObject({ state: 'problem', kind: 'database-from-future' });
    const answer = await core.route('app:status', {});
    expect(answer).toMatchObject({
      ok: true,
      value: { state: 'problem', kind: 'database-from-future' },
    });
  });

  it('sets the durability pragmas on the connection it opens', async () => {
    const core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    core.close();
    const db = new Database(dataPaths(temp.dir).database);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
