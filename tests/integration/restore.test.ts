import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrateDatabase } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type {
  BackupSummary,
  CreatedBackup,
  ExportedBackup,
  RestoredBackup,
} from '../../shared/channels/backups';
import type { Client } from '../../shared/domain/clients';
import { addClient, addPhotoOf, clientNames, value } from '../helpers/stance-data';
import { fileBytes, makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

let temp: ReturnType<typeof makeTempDir>;
let elsewhere: ReturnType<typeof makeTempDir>;
let host: TestHost;
let clock: Date;
let core: StanceCore;

const open = () => openStance({ dataDir: temp.dir, appVersion: 'test', host, now: () => clock });

beforeEach(async () => {
  temp = makeTempDir();
  elsewhere = makeTempDir('stance-chosen-');
  host = createTestHost();
  clock = new Date('2026-06-17T08:00:00.000Z');
  core = await open();
});
afterEach(() => {
  core.close();
  temp.cleanup();
  elsewhere.cleanup();
});

const paths = () => dataPaths(temp.dir);
const list = async (): Promise<BackupSummary[]> => value(await core.route('backups:list', {}));
const later = (minutes: number): void => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

function rowsIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const names = db.prepare('SELECT first_name FROM clients ORDER BY first_name').pluck().all();
  db.close();
  return names as string[];
}

/** Garbage over one page in the middle of the file, as a failing disk might leave it. */
function damagePage(file: string, page = 3): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(fs.statSync(file).size).toBeGreaterThan(pageSize * (page + 1));
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, pageSize * page);
  fs.closeSync(fd);
}

/** Enough clients for the clients table and its indexes to span many pages. */
async function addManyClients(count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await addClient(core, `Client${String(index).padStart(3, '0')}`, 'n'.repeat(400));
  }
}

describe('restore a backup from the list', () => {
  it('brings back the data and photos of the backup and keeps a pre-restore backup of the changes', async () => {
    const ada = await addClient(core, 'Ada');
    const grace = await addClient(core, 'Grace');
    const photo = new Uint8Array([137, 80, 78, 71, 5]);
    const hash = addPhotoOf(core, grace.id, photo);
    later(1);
    const backup = value<CreatedBackup>(await core.route('backups:create', {})).backup;

    later(60);
    await addClient(core, 'Linus');
    // Gone from the live data only: an erase would take her out of the backups as well.
    core.session!.db.prepare('DELETE FROM clients WHERE id = ?').run(grace.id);
    core.session!.photos.remove(hash);
    expect(fs.existsSync(core.session!.photos.pathOf(hash))).toBe(false);
    expect(await clientNames(core)).toEqual(['Ada', 'Linus']);

    later(1);
    const restored = value<RestoredBackup>(
      await core.route('backups:restore', { name: backup.name }),
    );
    expect(restored).toMatchObject({
      restoredFrom: backup.name,
      setAsideFile: null,
      missingPhotos: 0,
    });
    expect(core.status.state).toBe('ready');
    expect(await clientNames(core)).toEqual(['Ada', 'Grace']);
    expect(value<Client>(await core.route('clients:get', { id: ada.id })).firstName).toBe('Ada');
    expect(fs.readFileSync(core.session!.photos.pathOf(hash))).toEqual(Buffer.from(photo));

    const safety = (await list()).find((entry) => entry.name === restored.safetyBackup);
    expect(safety?.kind).toBe('pre-restore');
    expect(rowsIn(path.join(paths().backups, safety!.name))).toEqual(['Ada', 'Linus']);
    // Nothing but the database and its backups and photos is left in the data folder.
    expect(fs.readdirSync(temp.dir).filter((name) => name.startsWith('stance.db.'))).toEqual([]);
  });

  it('refuses a backup whose file is damaged, and changes nothing', async () => {
    await addManyClients(40);
    const backup = value<CreatedBackup>(await core.route('backups:create', {})).backup;
    later(5);
    await addClient(core, 'After');
    damagePage(path.join(paths().backups, backup.name));
    const listBefore = await list();
    const namesBefore = await clientNames(core);

    const answer = await core.route('backups:restore', { name: backup.name });
    expect(answer).toMatchObject({ ok: false, error: { code: 'database-damaged' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/damaged.*nothing was changed/i);
    expect(core.status.state).toBe('ready');
    expect(await list()).toEqual(listBefore);
    expect(await clientNames(core)).toEqual(namesBefore);
    expect(fs.readdirSync(temp.dir).filter((name) => name.startsWith('stance.db.'))).toEqual([]);
  });

  it('accepts only names from the list, never paths', async () => {
    for (const name of [
      '../stance.db',
      '/etc/passwd',
      'daily-v5-2026-06-17T08-00-00-000Z.stance.db',
    ]) {
      const answer = await core.route('backups:restore', { name });
      expect(answer.ok).toBe(false);
    }
    expect(await list()).toEqual([]);
  });

  it('puts the previous data back when the restored copy does not open', async () => {
    await addClient(core, 'Current');
    // An older-version backup, laid out as Stance makes it, whose migration cannot finish: it
    // holds an assessment of a client that is not there, and migrating ends with a reference check.
    const name = 'manual-v4-2026-06-01T08-00-00-000Z.stance.db';
    const file = path.join(paths().backups, name);
    fs.mkdirSync(paths().backups, { recursive: true });
    const old = openDatabase(file);
    await migrateDatabase(old, {
      file,
      backupsDir: elsewhere.dir,
      migrations: migrations.slice(0, 4),
    });
    old.pragma('foreign_keys = OFF');
    old.exec(
      "INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ('a1', 'nobody', '2026-01-01', 't')",
    );
    old.pragma('journal_mode = DELETE');
    old.close();

    const answer = await core.route('backups:restore', { name });
    expect(answer.ok).toBe(false);
    if (!answer.ok)
      expect(answer.error.message).toMatch(/previous data was put back.*nothing was lost/i);
    expect(core.status.state).toBe('ready');
    expect(await clientNames(core)).toEqual(['Current']);
    expect(fs.readdirSync(temp.dir).filter((entry) => entry.startsWith('stance.db.'))).toEqual([]);
  });
});

describe('recovery from a damaged database', () => {
  it('reports the damage at start-up; restoring the newest backup brings the app back, the damaged file kept', async () => {
    await addManyClients(60);
    await core.backups.atStart();
    later(120);
    await addClient(core, 'NotBackedUp');
    core.close();
    damagePage(paths().database);
    const damagedBytes = fileBytes(paths().database);

    core = await open();
    // The cheap checks pass (the damage is mid-file); the full check behind them finds it.
    await core.fullyChecked();
    expect(core.status).toMatchObject({ state: 'problem', kind: 'database-damaged' });
    const backups = await list();
    expect(backups).toHaveLength(1);

    const restored = value<RestoredBackup>(
      await core.route('backups:restore', { name: backups[0]!.name }),
    );
    expect(core.status.state).toBe('ready');
    expect(restored.safetyBackup).toBeNull();
    const names = await clientNames(core);
    expect(names).toHaveLength(60);
    expect(names).not.toContain('NotBackedUp');

    // While the data is not open there is no session clock, so the stamp is the system's.
    expect(restored.setAsideFile).toMatch(/stance\.db\.damaged-\d{4}-\d{2}-\d{2}T[\d-]+Z$/);
    expect(path.dirname(restored.setAsideFile!)).toBe(temp.dir);
    expect(fileBytes(restored.setAsideFile!).equals(damagedBytes)).toBe(true);
  });
});

describe('restore from a file the practitioner picks', () => {
  it('restores an exported folder with its photos', async () => {
    const ada = await addClient(core, 'Ada');
    const photo = new Uint8Array([4, 5, 6]);
    const hash = addPhotoOf(core, ada.id, photo);
    host.answers.folder = elsewhere.dir;
    const exported = value<ExportedBackup>(await core.route('backups:exportTo', {}));

    later(30);
    value(await core.route('clients:erase', { id: ada.id, confirmName: 'Ada Test' }));
    await addClient(core, 'Bob');
    // Only the exported folder has the photo now.
    fs.rmSync(path.join(paths().backups, 'photos'), { recursive: true, force: true });

    host.answers.openFile = exported.file;
    const restored = value<RestoredBackup & { cancelled: false }>(
      await core.route('backups:restoreFrom', {}),
    );
    expect(restored).toMatchObject({
      cancelled: false,
      restoredFrom: exported.file,
      missingPhotos: 0,
    });
    expect(await clientNames(core)).toEqual(['Ada']);
    expect(fs.readFileSync(core.session!.photos.pathOf(hash))).toEqual(Buffer.from(photo));
    expect(host.dialogs.at(-1)).toMatchObject({ kind: 'open' });
  });

  it('takes in the -wal beside a picked database (a copy of a data folder made while open)', async () => {
    const source = path.join(elsewhere.dir, 'copied', 'stance.db');
    fs.mkdirSync(path.dirname(source));
    const live = openDatabase(path.join(elsewhere.dir, 'live.db'));
    await migrateDatabase(live, { file: source, backupsDir: elsewhere.dir });
    live.pragma('wal_autocheckpoint = 0');
    live
      .prepare(
        "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('w1', 'InWal', 'Test', 't', 't')",
      )
      .run();
    fs.copyFileSync(path.join(elsewhere.dir, 'live.db'), source);
    fs.copyFileSync(path.join(elsewhere.dir, 'live.db-wal'), `${source}-wal`);
    live.close();
    expect(rowsIn(source)).toEqual(['InWal']);

    host.answers.openFile = source;
    value(await core.route('backups:restoreFrom', {}));
    expect(await clientNames(core)).toEqual(['InWal']);
  });

  it('does nothing when the dialog is cancelled', async () => {
    await addClient(core, 'Ada');
    host.answers.openFile = null;
    expect(await core.route('backups:restoreFrom', {})).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await clientNames(core)).toEqual(['Ada']);
    expect(await list()).toEqual([]);
  });

  it('refuses a file that is not a Stance database, and one from a newer Stance', async () => {
    await addClient(core, 'Ada');
    const notOurs = path.join(elsewhere.dir, 'other.db');
    const other = new Database(notOurs);
    other.exec('CREATE TABLE notes (x TEXT)');
    other.pragma('user_version = 3');
    other.close();
    const future = path.join(elsewhere.dir, 'future.stance.db');
    const newer = new Database(future);
    newer.exec('CREATE TABLE clients (x TEXT)');
    newer.pragma('user_version = 999');
    newer.close();

    host.answers.openFile = notOurs;
    expect(await core.route('backups:restoreFrom', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    host.answers.openFile = future;
    expect(await core.route('backups:restoreFrom', {})).toMatchObject({
      ok: false,
      error: { code: 'database-from-future' },
    });
    expect(await clientNames(core)).toEqual(['Ada']);
    expect(await list()).toEqual([]);
  });
});
