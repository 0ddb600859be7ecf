import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyBackupFile } from '../../main/db/backup';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type {
  BackupProgress,
  BackupSummary,
  CreatedBackup,
  ExportedBackup,
} from '../../shared/channels/backups';
import { addClient, addPhotoOf, value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

const DAY = 24 * 60 * 60 * 1000;

let temp: ReturnType<typeof makeTempDir>;
let elsewhere: ReturnType<typeof makeTempDir>;
let host: TestHost;
let clock: Date;
let core: StanceCore;

beforeEach(async () => {
  temp = makeTempDir();
  elsewhere = makeTempDir('stance-chosen-');
  host = createTestHost();
  clock = new Date('2026-06-17T08:00:00.000Z');
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', host, now: () => clock });
});
afterEach(() => {
  core.close();
  temp.cleanup();
  elsewhere.cleanup();
});

const paths = () => dataPaths(temp.dir);
const list = async (): Promise<BackupSummary[]> => value(await core.route('backups:list', {}));
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const photoFile = (root: string, hash: string): string => path.join(root, hash.slice(0, 2), hash);

function rowsIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const names = db.prepare('SELECT first_name FROM clients ORDER BY first_name').pluck().all();
  db.close();
  return names as string[];
}

describe('backups in the app folder', () => {
  it('makes a verified manual backup with its photos in the shared photo set, and lists it', async () => {
    const ada = await addClient(core, 'Ada');
    const photo = new Uint8Array([1, 2, 3, 4]);
    const hash = addPhotoOf(core, ada.id, photo);

    const created = value<CreatedBackup>(await core.route('backups:create', {}));
    expect(created.backup).toMatchObject({
      kind: 'manual',
      takenAt: clock.toISOString(),
      schemaVersion: core.session!.db.pragma('user_version', { simple: true }),
    });
    expect(created.backup.name).toMatch(/^manual-v\d+-2026-06-17T08-00-00-000Z\.stance\.db$/);
    expect(created.photos).toEqual({ copied: 1, missing: 0 });

    const file = path.join(paths().backups, created.backup.name);
    expect(verifyBackupFile(file)).toBe(created.backup.schemaVersion);
    expect(rowsIn(file)).toEqual(['Ada']);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.readFileSync(photoFile(path.join(paths().backups, 'photos'), hash))).toEqual(
      Buffer.from(photo),
    );
    expect(await list()).toEqual([{ ...created.backup, bytes: fs.statSync(file).size }]);
    expect(fs.existsSync(path.join(paths().backups, '.incoming'))).toBe(false);
  });

  it('copies only the photos the backup set is missing', async () => {
    const ada = await addClient(core, 'Ada');
    addPhotoOf(core, ada.id, new Uint8Array([1]));
    value(await core.route('backups:create', {}));
    addPhotoOf(core, ada.id, new Uint8Array([2]));
    const second = value<CreatedBackup>(await core.route('backups:create', {}));
    expect(second.photos).toEqual({ copied: 1, missing: 0 });
  });

  it('gives two backups in the same millisecond different names', async () => {
    const first = value<CreatedBackup>(await core.route('backups:create', {}));
    const second = value<CreatedBackup>(await core.route('backups:create', {}));
    expect(second.backup.name).not.toBe(first.backup.name);
    expect(await list()).toHaveLength(2);
  });

  it('reports a backup that could not be completed, adds nothing and prunes nothing', async () => {
    const ada = await addClient(core, 'Ada');
    addPhotoOf(core, ada.id, new Uint8Array([9, 9]));
    value(await core.route('backups:create', {}));
    const before = fs.readdirSync(paths().backups).sort();
    // The shared photo set is in the way, so the snapshot's photos cannot be copied.
    fs.rmSync(path.join(paths().backups, 'photos'), { recursive: true });
    fs.writeFileSync(path.join(paths().backups, 'photos'), 'not a folder');
    addPhotoOf(core, ada.id, new Uint8Array([8, 8]));

    const answer = await core.route('backups:create', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/none was added.*nothing was lost/i);
    expect(fs.readdirSync(paths().backups).sort()).toEqual(before);
  });

  it('refuses to back up while the data is not open', async () => {
    core.close();
    fs.writeFileSync(paths().database, Buffer.alloc(8192, 0x5a));
    core = await openStance({ dataDir: temp.dir, appVersion: 'test', host });
    expect(await core.route('backups:create', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(await core.route('backups:list', {})).toEqual({ ok: true, value: [] });
  });
});

describe('automatic backups', () => {
  it('takes the daily backup once per day', async () => {
    expect(await core.backups.atStart()).toMatchObject({
      state: 'created',
      backup: { kind: 'daily' },
    });
    clock = new Date('2026-06-17T17:30:00.000Z');
    expect(await core.backups.atStart()).toEqual({ state: 'skipped', reason: 'not-due' });
    clock = new Date('2026-06-18T07:00:00.000Z');
    expect(await core.backups.atStart()).toMatchObject({ state: 'created' });
    expect((await list()).map((backup) => backup.kind)).toEqual(['daily', 'daily']);
  });

  it('lets go of photo files no record uses only after the daily backup, keeping used ones', async () => {
    const ada = await addClient(core, 'Ada');
    const kept = addPhotoOf(core, ada.id, new Uint8Array([5, 5]));
    const store = core.session!.photos;
    const orphan = store.put(new Uint8Array([6, 6]));
    // The sweep leaves files younger than ten minutes alone: one may be about to get its row.
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    fs.utimesSync(store.pathOf(orphan), hourAgo, hourAgo);
    fs.utimesSync(store.pathOf(kept), hourAgo, hourAgo);
    clock = new Date();

    expect(await core.backups.atStart()).toMatchObject({ state: 'created' });
    expect(store.has(orphan)).toBe(false);
    expect(store.has(kept)).toBe(true);
  });

  it('backs up on quit only when something changed since the last backup', async () => {
    await core.backups.atStart();
    clock = new Date('2026-06-17T18:00:00.000Z');
    expect(await core.backups.onQuit()).toEqual({ state: 'skipped', reason: 'unchanged' });
    await addClient(core, 'Ada');
    const quit = await core.backups.onQuit();
    expect(quit).toMatchObject({ state: 'created', backup: { kind: 'quit' } });
    if (quit.state === 'created') {
      expect(rowsIn(path.join(paths().backups, quit.backup.name))).toEqual(['Ada']);
    }
  });

  it('reports a failed automatic backup to the window instead of throwing', async () => {
    fs.rmSync(paths().backups, { recursive: true, force: true });
    fs.writeFileSync(paths().backups, 'not a folder');
    const outcome = await core.backups.atStart();
    expect(outcome.state).toBe('failed');
    expect(host.eventsNamed('backups:problem')).toHaveLength(1);
  });

  it('remembers the failure for a window that opens later, until a backup succeeds', async () => {
    expect(value(await core.route('backups:lastProblem', {}))).toBeNull();
    fs.rmSync(paths().backups, { recursive: true, force: true });
    fs.writeFileSync(paths().backups, 'not a folder');
    expect((await core.backups.atStart()).state).toBe('failed');
    const problem = value<{ message: string } | null>(await core.route('backups:lastProblem', {}));
    expect(problem?.message).toMatch(/\S/);

    fs.rmSync(paths().backups, { force: true });
    fs.mkdirSync(paths().backups);
    value(await core.route('backups:create', {}));
    expect(value(await core.route('backups:lastProblem', {}))).toBeNull();
  });

  it('prunes by the ladder after each new backup, never pre-migration, manual or the newest', async () => {
    const start = clock.getTime();
    const hash = addPhotoOf(core, (await addClient(core, 'Ada')).id, new Uint8Array([7]));
    const manual = value<CreatedBackup>(await core.route('backups:create', {})).backup.name;
    const preMigration = `pre-migration-v1-${new Date(start - 300 * DAY).toISOString().replace(/[:.]/g, '-')}.stance.db`;
    fs.copyFileSync(path.join(paths().backups, manual), path.join(paths().backups, preMigration));
    for (let day = 1; day <= 70; day += 1) {
      clock = new Date(start + day * DAY);
      const outcome = await core.backups.atStart();
      expect(outcome.state).toBe('created');
    }
    const names = (await list()).map((backup) => backup.name);
    expect(names).toContain(manual);
    expect(names).toContain(preMigration);
    expect(names[0]).toMatch(/^daily-.*2026-08-26T08-00-00-000Z/);
    // 14 days + 8 weeks overlap, so far fewer than the 70 dailies taken remain.
    expect(names.length).toBeLessThan(5 + 14 + 8 + 2);
    expect(names.length).toBeGreaterThan(14);
    // Photo copies in the backup set are never pruned.
    expect(fs.existsSync(photoFile(path.join(paths().backups, 'photos'), hash))).toBe(true);
  });
});

describe('back up now to a chosen folder', () => {
  it('writes a dated folder with a verifiable database and its photos, with progress', async () => {
    const ada = await addClient(core, 'Ada');
    const photos = [new Uint8Array([1, 1]), new Uint8Array([2, 2]), new Uint8Array([3, 3])];
    const hashes = photos.map((bytes) => addPhotoOf(core, ada.id, bytes));
    host.answers.folder = elsewhere.dir;

    const exported = value<ExportedBackup>(await core.route('backups:exportTo', {}));
    expect(path.dirname(exported.folder)).toBe(elsewhere.dir);
    expect(path.basename(exported.folder)).toMatch(/^Stance backup \d{4}-\d{2}-\d{2} /);
    expect(fs.readdirSync(elsewhere.dir)).toEqual([path.basename(exported.folder)]);
    expect(verifyBackupFile(exported.file)).toBeGreaterThan(0);
    expect(rowsIn(exported.file)).toEqual(['Ada']);
    expect(exported.photos).toEqual({ copied: 3, missing: 0 });
    hashes.forEach((hash, index) => {
      const copy = fs.readFileSync(photoFile(path.join(exported.folder, 'photos'), hash));
      expect(sha256(copy)).toBe(hash);
      expect(copy).toEqual(Buffer.from(photos[index]!));
    });

    const progress = host.eventsNamed('backups:progress') as BackupProgress[];
    const database = progress.filter((event) => event.phase === 'database');
    const photoSteps = progress.filter((event) => event.phase === 'photos');
    expect(database.length).toBeGreaterThan(0);
    expect(database.at(-1)!.done).toBe(database.at(-1)!.total);
    expect(photoSteps.at(-1)).toEqual({ phase: 'photos', done: 3, total: 3 });
    expect(progress.indexOf(database.at(-1)!)).toBeLessThan(progress.indexOf(photoSteps[0]!));
    // The app's own backups folder is not involved.
    expect(await list()).toEqual([]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    await addClient(core, 'Ada');
    host.answers.folder = null;
    expect(await core.route('backups:exportTo', {})).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(host.dialogs).toHaveLength(1);
    expect(host.events).toEqual([]);
    expect(fs.readdirSync(elsewhere.dir)).toEqual([]);
    expect(await list()).toEqual([]);
  });
});
