import fs from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referencedHashesIn } from '../../main/db/file-references';
import { sweepOrphanPhotos } from '../../main/photos/photos';
import { servePhoto } from '../../main/photos/serve';
import type { Settings } from '../../shared/domain/settings';
import type { Result } from '../../shared/errors';
import { openStance, type StanceCore } from '../../main/stance';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

async function open(locale?: string): Promise<StanceCore> {
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', locale });
  return core;
}

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const storedRows = () =>
  core.session!.db.prepare('SELECT key, value FROM settings ORDER BY key').all();

describe('settings', () => {
  it('answers with defaults from the locale it was opened with, en-GB when none is given', async () => {
    await open();
    expect(await ok<Settings>(core.route('settings:get', {}))).toMatchObject({
      studioName: '',
      logo: null,
      units: 'metric',
      paperSize: 'A4',
    });
    core.close();
    await open('en-US');
    expect(await ok<Settings>(core.route('settings:get', {}))).toMatchObject({
      units: 'imperial',
      paperSize: 'Letter',
    });
    expect(storedRows()).toEqual([]);
  });

  it('saves only the fields sent, keeps them across a restart, and leaves other keys alone', async () => {
    await open('en-US');
    core
      .session!.db.prepare(
        "INSERT INTO settings (key, value) VALUES ('backups.lastAt', '\"2026-01-01\"')",
      )
      .run();
    const saved = await ok<Settings>(
      core.route('settings:update', { studioName: '  Align Studio ', paperSize: 'A4' }),
    );
    expect(saved).toMatchObject({ studioName: 'Align Studio', paperSize: 'A4', units: 'imperial' });

    core.close();
    await open('en-US');
    expect(await ok<Settings>(core.route('settings:get', {}))).toEqual(saved);
    expect(storedRows()).toEqual([
      { key: 'backups.lastAt', value: '"2026-01-01"' },
      { key: 'paperSize', value: '"A4"' },
      { key: 'studioName', value: '"Align Studio"' },
    ]);
  });

  it('refuses invalid changes in plain words and stores none of them', async () => {
    await open();
    await ok(core.route('settings:update', { studioName: 'Before' }));
    const before = storedRows();
    const result = await core.route('settings:update', {
      studioName: 'After',
      studioEmail: 'not an email',
      units: 'cubits',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues).toEqual([
      { path: 'studioEmail', message: 'Enter an email address like name@example.com.' },
      { path: 'units', message: 'Units must be metric or imperial.' },
    ]);
    expect((await core.route('settings:update', { colour: 'red' })).ok).toBe(false);
    expect(storedRows()).toEqual(before);
  });

  it('imports a logo as a PNG without metadata, serves it, keeps it in backups, and removes it with null', async () => {
    await open();
    const jpeg = await sharp({
      create: { width: 1600, height: 400, channels: 3, background: '#205080' },
    })
      .withExif({ IFD0: { Make: 'PhoneMaker' } })
      .jpeg()
      .toBuffer();
    const settings = await ok<Settings>(
      core.route('settings:setLogo', { fileName: 'logo.jpg', dataBase64: jpeg.toString('base64') }),
    );
    const hash = settings.logo;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = fs.readFileSync(core.session!.photos.pathOf(hash!));
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 800, height: 200 });
    expect(meta.exif).toBeUndefined();

    const served = await servePhoto(core.session, `app://stance/photos/${hash}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(referencedHashesIn(core.session!.paths.database)).toContain(hash);
    expect(sweepOrphanPhotos(core.session!.db, core.session!.photos, new Date(), 0)).toEqual([]);

    // Only the import sets a logo: a hash sent by the page could name any file in the store.
    const refused = await core.route('settings:update', { logo: 'a'.repeat(64) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await ok<Settings>(core.route('settings:get', {}))).logo).toBe(hash);

    expect(await ok<Settings>(core.route('settings:update', { logo: null }))).toMatchObject({
      logo: null,
    });
    expect((await servePhoto(core.session, `app://stance/photos/${hash}`)).status).toBe(404);
  });

  it('refuses a logo that is not an image, changing nothing', async () => {
    await open();
    const before = storedRows();
    const refused = await core.route('settings:setLogo', {
      fileName: 'notes.png',
      dataBase64: Buffer.from('just some text').toString('base64'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!refused.ok) expect(refused.error.message).toContain('“notes.png” is not a photo');
    expect(storedRows()).toEqual(before);
  });

  it('falls back to the default for a stored value it cannot use', async () => {
    await open('en-US');
    core
      .session!.db.prepare(
        `INSERT INTO settings (key, value) VALUES ('units', '"cubits"'), ('studioName', '"Kept"')`,
      )
      .run();
    expect(await ok<Settings>(core.route('settings:get', {}))).toMatchObject({
      units: 'imperial',
      studioName: 'Kept',
    });
  });
});
