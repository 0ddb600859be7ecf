import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('takes a logo only when its image is in the photo store, and clears it with null', async () => {
    await open();
    const missing = 'a'.repeat(64);
    const refused = await core.route('settings:update', { logo: missing });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'That logo image could not be found. Please choose it again.' },
    });

    const hash = core.session!.photos.put(new Uint8Array([137, 80, 78, 71]));
    expect(await ok<Settings>(core.route('settings:update', { logo: hash }))).toMatchObject({
      logo: hash,
    });
    expect(await ok<Settings>(core.route('settings:update', { logo: null }))).toMatchObject({
      logo: null,
    });
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
