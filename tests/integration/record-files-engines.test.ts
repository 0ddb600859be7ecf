/**
 * A client's record file and the clients spreadsheet on both engines, through Stance's real
 * router: a record exported from the studio's server imports into a fresh data folder on a solo
 * computer, and one exported from a solo computer imports into the studio, with the client, every
 * revision (finalized ones still final), photos and clips (their bytes matching their names) and
 * programs; the spreadsheet lists the clients of the records in use.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../main/db/stores/record-store';
import type { Records } from '../../main/db/stores/stores';
import type { Assessment } from '../../shared/channels/assessments';
import type { ClipInfo } from '../../shared/channels/clips';
import type { CsvExported, RecordExported, RecordImported } from '../../shared/channels/clients';
import type { Client } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import { seedRecordClient, type SeededRecord } from '../helpers/client-record';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { freshStudioDatabase } from '../helpers/store-engines';
import { routerOnStudio } from '../helpers/studio-router';
import { value } from '../helpers/stance-data';
import { createTestHost, type TestHost } from '../helpers/test-host';
import { makeTempDir } from '../helpers/temp-dir';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/video');
const openSolo = serviceEngines['the embedded SQLite file']!;

interface Opened {
  engine: ServiceEngine;
  host: TestHost;
}

let opened: ServiceEngine[];
let outDir: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  opened = [];
  outDir = makeTempDir('stance-record-files-');
});
afterEach(async () => {
  for (const engine of opened) await engine.close();
  outDir.cleanup();
});

async function open(start: (typeof serviceEngines)[string]): Promise<Opened> {
  const host = createTestHost();
  const engine = await start({ host });
  opened.push(engine);
  return { engine, host };
}

const call = async <T>(on: Opened, channel: string, payload: unknown): Promise<T> =>
  value<T>(await on.engine.route(channel, payload));

async function refused(pending: Promise<Result<unknown>>): Promise<string> {
  const result = await pending;
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

const recordsOf = (on: Opened): Records => on.engine.records()!;

/** The seeded record, with a movement clip on the amended assessment's draft. */
async function seedWithClip(on: Opened): Promise<SeededRecord & { clip: ClipInfo }> {
  const seeded = await seedRecordClient(on.engine);
  const clip = await call<ClipInfo>(on, 'clips:add', {
    assessmentId: seeded.amended,
    tag: { screen: 'overhead-squat', view: 'front', side: null },
    fileName: 'small.webm',
    data: fs.readFileSync(path.join(fixtures, 'small.webm')),
  });
  return { ...seeded, clip };
}

async function exportRecord(on: Opened, clientId: string): Promise<string> {
  const file = path.join(outDir.dir, `${randomName()}.stance-client.json`);
  on.host.answers.saveFile = file;
  await call<RecordExported>(on, 'clients:exportRecord', { id: clientId });
  return file;
}

const randomName = () => Math.random().toString(36).slice(2);

/**
 * Her record as it reads back, less what every import makes afresh (each photo and clip is remade
 * as one she adds: new bytes, so a new name, size and preview, and a clip's measured timing). JSON text is compared as values:
 * the server hands jsonb back spaced and in its own key order.
 */
function comparable(stored: StoredRecord) {
  return {
    ...stored,
    photos: stored.photos.map(({ photo: { hash: _h, bytes: _b, ...photo } }) => ({
      ...photo,
      landmarks: JSON.parse(photo.landmarks) as unknown,
      movement: photo.movement ? (JSON.parse(photo.movement) as unknown) : null,
    })),
    // Copying the picture into a fresh file measures its length and frame rate afresh.
    clips: stored.clips.map(
      ({ hash: _h, bytes: _b, durationMs: _d, frameRate: _f, ...clip }) => clip,
    ),
  };
}

/** Every stored photo and clip file of the record reads back with bytes whose SHA-256 is its name. */
async function expectFilesMatchTheirNames(records: Records, stored: StoredRecord) {
  const files = [...stored.photos.map(({ photo }) => photo), ...stored.clips];
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const bytes = await records.stores.files.read(file.hash);
    expect(bytes, file.id).toBeDefined();
    expect(createHash('sha256').update(bytes!).digest('hex')).toBe(file.hash);
    expect(bytes!.byteLength).toBe(file.bytes);
  }
}

async function expectCarried(from: Opened, to: Opened, seeded: SeededRecord & { clip: ClipInfo }) {
  const clientId = seeded.client.id;
  const source = await recordsOf(from).stores.clientRecords.read(clientId);
  const arrived = await recordsOf(to).stores.clientRecords.read(clientId);

  await expect(call<Client>(to, 'clients:get', { id: clientId })).resolves.toEqual(seeded.client);
  expect(comparable(arrived)).toEqual(comparable(source));
  // Two visits: the first finalized then amended (a draft on top), the second finalized.
  expect(arrived.assessments.map((a) => [a.id, a.revisions.map((r) => r.status)])).toEqual([
    [seeded.amended, ['final', 'draft']],
    [seeded.final, ['final']],
  ]);
  expect(arrived.photos).toHaveLength(3);
  expect(arrived.clips.map((clip) => clip.id)).toEqual([seeded.clip.id]);
  expect(arrived.programs.map((p) => p.items.map((i) => i.exerciseId))).toEqual([
    [seeded.ownExerciseId, seeded.builtInExerciseId],
  ]);
  expect(arrived.exercises.map((e) => e.id)).toEqual([seeded.ownExerciseId]);
  await expectFilesMatchTheirNames(recordsOf(to), arrived);

  // What she sees: the visit's photos and clip, and the finalized visit, in the other Stance.
  const amended = await call<Assessment>(to, 'assessments:get', { id: seeded.amended });
  expect(amended).toMatchObject({ revision: 2, status: 'draft' });
  const final = await call<Assessment>(to, 'assessments:get', { id: seeded.final });
  expect(final).toMatchObject({ revision: 1, status: 'final' });
  const clips = await call<ClipInfo[]>(to, 'clips:listForAssessment', {
    assessmentId: seeded.amended,
  });
  expect(clips.map((clip) => [clip.id, clip.tag])).toEqual([[seeded.clip.id, seeded.clip.tag]]);
}

describe.each(Object.entries(serviceEngines))('client record files on %s', (_name, start) => {
  it('exports a record that a fresh data folder on a solo computer imports whole', async () => {
    const here = await open(start);
    const solo = await open(openSolo);
    const seeded = await seedWithClip(here);
    const file = await exportRecord(here, seeded.client.id);

    // The file carries this engine's stored bytes, each under its own name.
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      photos: { id: string; sha256: string; data: string }[];
      clips: { id: string; sha256: string; data: string }[];
    };
    const stored = await recordsOf(here).stores.clientRecords.read(seeded.client.id);
    const storedHash = new Map(
      [...stored.photos.map(({ photo }) => photo), ...stored.clips].map((f) => [f.id, f.hash]),
    );
    expect(json.photos).toHaveLength(3);
    expect(json.clips).toHaveLength(1);
    for (const entry of [...json.photos, ...json.clips]) {
      expect(entry.sha256).toBe(storedHash.get(entry.id));
      const bytes = Buffer.from(entry.data, 'base64');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    }

    solo.host.answers.openFile = file;
    const imported = await call<RecordImported>(solo, 'clients:importRecord', {});
    expect(imported).toEqual({
      cancelled: false,
      clientId: seeded.client.id,
      assessments: 2,
      photos: 3,
    });
    await expectCarried(here, solo, seeded);
  });

  it('imports a record exported from a solo computer, whole', async () => {
    const here = await open(start);
    const solo = await open(openSolo);
    const seeded = await seedWithClip(solo);
    here.host.answers.openFile = await exportRecord(solo, seeded.client.id);

    const imported = await call<RecordImported>(here, 'clients:importRecord', {});
    expect(imported).toMatchObject({ clientId: seeded.client.id, assessments: 2, photos: 3 });
    await expectCarried(solo, here, seeded);
    // A studio's trail says the client and her three signed-off revisions were imported, not
    // finalized or amended today; SQLite keeps no trail.
    const importedBy = { actor: here.engine.savedBy, action: 'import', clientId: seeded.client.id };
    expect(await here.engine.auditTrail()).toEqual(
      here.engine.savedBy === null ? null : Array.from({ length: 4 }, () => importedBy),
    );
    const found = await call<{ id: string }[]>(here, 'clients:list', { query: 'lovel' });
    expect(found.map((client) => client.id)).toEqual([seeded.client.id]);
  });

  it('refuses the same record a second time and changes nothing', async () => {
    const here = await open(start);
    const solo = await open(openSolo);
    const seeded = await seedWithClip(solo);
    here.host.answers.openFile = await exportRecord(solo, seeded.client.id);
    await call(here, 'clients:importRecord', {});
    const before = await recordsOf(here).stores.clientRecords.read(seeded.client.id);
    expect(before.assessments).toHaveLength(2);
    const photos = await here.engine.countRows('photos');
    expect(photos).toBe(3);

    expect(await refused(here.engine.route('clients:importRecord', {}))).toMatch(
      /^This client is already in your records as Ada Lovelace/,
    );
    expect(await recordsOf(here).stores.clientRecords.read(seeded.client.id)).toEqual(before);
    expect(await here.engine.countRows('photos')).toBe(photos);
  });

  it("lists this engine's clients in the spreadsheet, with their latest visit and pain", async () => {
    const here = await open(start);
    const client = (firstName: string, lastName: string) =>
      call<Client>(here, 'clients:create', { firstName, lastName });
    const bea = await client('Bea', 'Zimmer');
    await client('carl', 'adams');
    const dan = await client('Dan', 'Moss');
    await call(here, 'clients:archive', { id: dan.id });
    const visit = await call<Assessment>(here, 'assessments:create', {
      clientId: bea.id,
      assessedOn: '2026-05-04',
    });
    await call(here, 'assessments:saveDraft', {
      id: visit.assessmentId,
      revision: 1,
      assessedOn: '2026-05-04',
      body: { schemaVersion: 1, pain: { nprsNow: 4 } },
    });

    const spreadsheet = async (includeArchived: boolean) => {
      const file = path.join(outDir.dir, `${randomName()}.csv`);
      here.host.answers.saveFile = file;
      const done = await call<CsvExported>(here, 'clients:exportCsv', { includeArchived });
      expect(done.file).toBe(file);
      const rows = fs
        .readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter((line) => line !== '')
        .map((line) => line.split(','));
      return { clients: done.clients, rows: rows.map((r) => [r[0], r[1], r[9], r[10]]) };
    };
    const header = ['First name', 'Last name', 'Last visit', 'Latest pain now (0-10)'];
    await expect(spreadsheet(false)).resolves.toEqual({
      clients: 2,
      rows: [header, ['carl', 'adams', '', ''], ['Bea', 'Zimmer', '2026-05-04', '4']],
    });
    await expect(spreadsheet(true)).resolves.toEqual({
      clients: 3,
      rows: [
        header,
        ['carl', 'adams', '', ''],
        ['Dan', 'Moss', '', ''],
        ['Bea', 'Zimmer', '2026-05-04', '4'],
      ],
    });
  });
});

describe('an import into a studio server that fails part way', () => {
  it('leaves neither rows nor stored files on the server', async () => {
    const solo = await open(openSolo);
    const seeded = await seedWithClip(solo);
    const file = await exportRecord(solo, seeded.client.id);
    const { pool } = await freshStudioDatabase();
    const host = createTestHost({ openFile: file });
    const studio = await routerOnStudio(pool, () => new Date(), host);
    try {
      // The last photo's row is refused, after the client, her visits and every file went in.
      await pool.query(`
        CREATE FUNCTION fail_third_photo() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (SELECT count(*) FROM photos) = 2 THEN RAISE EXCEPTION 'disk trouble'; END IF;
          RETURN new;
        END $$;
        CREATE TRIGGER fail_third_photo BEFORE INSERT ON photos
          FOR EACH ROW EXECUTE FUNCTION fail_third_photo();`);
      const result = await studio.route('clients:importRecord', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      const count = async (table: string) =>
        (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
      for (const table of ['clients', 'assessments', 'programs', 'exercises', 'photos', 'clips']) {
        expect(await count(table), table).toBe(0);
      }
      expect(await count('photo_files')).toBe(0);
    } finally {
      studio.close();
      await pool.end();
    }
  });
});
