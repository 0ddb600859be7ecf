import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase, type Db } from '../../main/db/connection';
import {
  fileReferenceProblems,
  fileReferences,
  referencedHashes,
} from '../../main/db/file-references';
import { migrateDatabase } from '../../main/db/migrate';
import { latestSchemaVersion } from '../../main/db/migrations';
import { SweepRefused, sweepOrphanPhotos } from '../../main/photos/photos';
import { createPhotoStore } from '../../main/photos/store';
import { openStance, type StanceCore } from '../../main/stance';
import { settingsFields } from '../../shared/domain/settings';
import { addClient, addPhotoOf } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * The orphan sweep deletes every stored file the registry (main/db/file-references.ts) does not
 * reach. These tests read the schema the real migrations build and fail when something in it can
 * hold a stored file but the registry does not list it.
 *
 * The convention, read here independently of the code under test:
 * - a table column named `hash` or ending in `_hash` holds the SHA-256 of a stored file;
 * - a setting holds one when its rule accepts 64 lowercase hex digits and refuses other text.
 */
const HASH = 'a'.repeat(64);

function hashColumnsIn(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT m.name AS tableName, c.name AS columnName FROM sqlite_master m
       JOIN pragma_table_info(m.name) c
       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
    )
    .all() as { tableName: string; columnName: string }[];
  return rows
    .filter(({ columnName }) => columnName === 'hash' || columnName.endsWith('_hash'))
    .map(({ tableName, columnName }) => `${tableName}.${columnName}`)
    .sort();
}

function hashSettings(rules: Readonly<Record<string, z.ZodType>>): string[] {
  return Object.entries(rules)
    .filter(([, rule]) => rule.safeParse(HASH).success && !rule.safeParse('a logo').success)
    .map(([key]) => key)
    .sort();
}

/** What the registry lists, in the same two forms. */
const listedColumns = () =>
  fileReferences
    .filter((ref) => !('setting' in ref))
    .map((ref) => `${ref.table}.${ref.column}`)
    .sort();
const listedSettings = () =>
  fileReferences.flatMap((ref) => ('setting' in ref ? [ref.setting] : [])).sort();

let temp: ReturnType<typeof makeTempDir>;
let db: Db;

beforeEach(async () => {
  temp = makeTempDir();
  const file = path.join(temp.dir, 'stance.db');
  db = openDatabase(file);
  await migrateDatabase(db, { file, backupsDir: path.join(temp.dir, 'backups') });
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('the registry of stored-file references against the live schema', () => {
  it('lists every column and setting that can hold a stored file after all migrations', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(hashColumnsIn(db)).toEqual(listedColumns());
    expect(hashSettings(settingsFields)).toEqual(listedSettings());
    // The files Stance stores today: assessment photos, exercise photos and the studio logo.
    expect(hashColumnsIn(db)).toEqual(['clips.hash', 'exercise_photos.hash', 'photos.hash']);
    expect(listedSettings()).toEqual(['logo']);
    expect(fileReferenceProblems(db)).toEqual([]);
  });

  it('fails when a new table stores a file and the registry does not list it', () => {
    db.exec(`CREATE TABLE video_clips (
      id TEXT PRIMARY KEY, assessment_id TEXT NOT NULL, hash TEXT NOT NULL) STRICT`);
    expect(hashColumnsIn(db)).not.toEqual(listedColumns());
    expect(hashColumnsIn(db)).toContain('video_clips.hash');
    expect(fileReferenceProblems(db)).toEqual([
      'the column video_clips.hash holds stored files but is not in the list',
    ]);
  });

  it('fails when an existing table gains a column that names a file', () => {
    db.exec('ALTER TABLE photos ADD COLUMN overlay_hash TEXT');
    expect(fileReferenceProblems(db)).toEqual([
      'the column photos.overlay_hash holds stored files but is not in the list',
    ]);
  });

  it('fails when a new setting holds a file and the registry does not list it', () => {
    const rules = {
      ...settingsFields,
      letterhead: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
    };
    expect(hashSettings(rules)).toEqual(['letterhead', 'logo']);
    expect(fileReferenceProblems(db, rules)).toEqual([
      'the setting "letterhead" holds a stored file but is not in the list',
    ]);
  });

  it('fails when the registry names a column the database does not have', () => {
    const registry = [
      ...fileReferences,
      {
        what: 'video clips',
        table: 'video_clips',
        column: 'hash',
        mediaType: 'video_clips.media_type',
        owner: 'studio' as const,
      },
    ];
    expect(fileReferenceProblems(db, settingsFields, registry)).toEqual([
      'the list names video_clips.hash, which the database lacks',
    ]);
  });
});

describe('the orphan sweep', () => {
  let data: ReturnType<typeof makeTempDir>;
  let core: StanceCore;
  let logged: string[];

  beforeEach(async () => {
    data = makeTempDir();
    logged = [];
    core = await openStance({
      dataDir: data.dir,
      appVersion: 'test',
      logError: (error) => logged.push(error instanceof Error ? error.message : String(error)),
    });
  });
  afterEach(() => {
    core.close();
    data.cleanup();
  });

  /** A stored file no row names, old enough for the sweep to take it. */
  function orphanFile(): string {
    const store = core.session!.photos;
    const hash = store.put(new Uint8Array([6, 6, 6]));
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    fs.utimesSync(store.pathOf(hash), hourAgo, hourAgo);
    return hash;
  }

  it('refuses, deleting nothing and saying why, while the registry and the schema disagree', async () => {
    const session = core.session!;
    const kept = addPhotoOf(core, (await addClient(core, 'Ada')).id, new Uint8Array([5, 5]));
    const orphan = orphanFile();
    // A table from a newer change that stores files the registry has not heard of.
    session.db.exec('CREATE TABLE video_clips (id TEXT PRIMARY KEY, hash TEXT NOT NULL) STRICT');
    const clip = session.photos.put(new Uint8Array([7, 7, 7]));
    session.db.prepare("INSERT INTO video_clips VALUES ('clip-1', ?)").run(clip);
    const before = session.photos.list().map((file) => file.hash);

    expect(() => sweepOrphanPhotos(session.db, session.photos, new Date(), 0)).toThrow(
      SweepRefused,
    );
    expect(() => sweepOrphanPhotos(session.db, session.photos, new Date(), 0)).toThrow(
      /deleted nothing.*video_clips\.hash holds stored files but is not in the list/,
    );

    const outcome = await core.backups.atStart();
    expect(outcome).toMatchObject({ state: 'created', sweep: { state: 'refused' } });
    expect(logged.join('\n')).toMatch(/did not tidy away unused photo files.*video_clips\.hash/);
    expect(session.photos.list().map((file) => file.hash)).toEqual(before);
    expect([kept, orphan, clip].every((hash) => session.photos.has(hash))).toBe(true);
  });

  it('runs once they agree again, keeping every listed file', async () => {
    const session = core.session!;
    const kept = addPhotoOf(core, (await addClient(core, 'Ada')).id, new Uint8Array([5, 5]));
    const orphan = orphanFile();

    const outcome = await core.backups.atStart();
    expect(outcome).toMatchObject({ state: 'created', sweep: { state: 'swept', removed: 1 } });
    expect(logged).toEqual([]);
    expect(session.photos.has(orphan)).toBe(false);
    expect(session.photos.has(kept)).toBe(true);
    expect(referencedHashes(session.db)).toEqual(new Set([kept]));
    expect(createPhotoStore(session.paths.photos).has(kept)).toBe(true);
  });
});
