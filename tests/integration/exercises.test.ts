import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeUnreferencedPhotos, sweepOrphanPhotos } from '../../main/photos/photos';
import { servePhoto } from '../../main/photos/serve';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type { CreatedBackup, ExportedBackup } from '../../shared/channels/backups';
import type { LibraryExercise, OwnExerciseFields } from '../../shared/channels/exercises';
import type { Program } from '../../shared/channels/programs';
import { builtInExercises, exercisePhases } from '../../shared/domain/exercises';
import type { Channel } from '../../shared/contract';
import type { Client } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import { figurePhoto } from '../helpers/figure-photo';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { addClient, addPhotoOf, value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost } from '../helpers/test-host';

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

const ownFields: OwnExerciseFields = {
  name: 'Standing arch lift',
  phase: 'activate',
  regions: ['foot-ankle'],
  purpose: 'Wakes up the small muscles that lift the inner arch.',
  steps: [
    'Stand tall with feet hip-width apart.',
    'Lift the arch without curling the toes.',
    'Hold, then relax slowly.',
  ],
  cues: ['Big toe stays on the floor.'],
  targets: ['small muscles under the arch'],
  dosage: { kind: 'hold', sets: 2, holdSeconds: 10, perSide: true, timesPerDay: 1, daysPerWeek: 5 },
  equipment: ['none'],
  illustration: null,
};

const list = async (includeRetired = false) =>
  value<LibraryExercise[]>(await core.route('exercises:list', { includeRetired }));
const create = async (fields: OwnExerciseFields = ownFields) =>
  value<LibraryExercise>(await core.route('exercises:create', fields));
const rowCount = () =>
  (core.session!.db.prepare('SELECT count(*) AS n FROM exercises').get() as { n: number }).n;

function failure(result: Result<unknown>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('exercise library', () => {
  it('lists every built-in, sorted by phase then name', async () => {
    const all = await list();
    expect(all).toHaveLength(builtInExercises.length);
    expect(all.every((exercise) => exercise.builtIn && exercise.copiedFrom === null)).toBe(true);
    const order = all.map((e) => `${exercisePhases.indexOf(e.phase)}|${e.name.toLowerCase()}`);
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b)));
  });

  it('creates an own exercise with a custom id, merged into the sorted list', async () => {
    const created = await create();
    expect(created.id).toMatch(/^custom-[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      ...ownFields,
      builtIn: false,
      copiedFrom: null,
      retiredAt: null,
    });
    const all = await list();
    expect(all).toHaveLength(builtInExercises.length + 1);
    const activate = all.filter((e) => e.phase === 'activate').map((e) => e.name);
    expect(activate).toEqual([...activate].sort((a, b) => a.localeCompare(b)));
    expect(activate).toContain('Standing arch lift');
  });

  it('refuses an exercise that breaks the rules, writing nothing', async () => {
    const error = failure(
      await core.route('exercises:create', { ...ownFields, steps: ['Only one step.'] }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: 'steps', message: 'Write at least 3 steps.' }]);
    const sneaky = failure(await core.route('exercises:create', { ...ownFields, builtIn: true }));
    expect(sneaky.code).toBe('invalid-input');
    expect(rowCount()).toBe(0);
  });

  it('updates an own exercise, and the change survives reopening', async () => {
    const created = await create();
    const updated = value<LibraryExercise>(
      await core.route('exercises:update', { ...ownFields, id: created.id, name: 'Arch lift' }),
    );
    expect(updated.name).toBe('Arch lift');
    core.close();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    expect((await list()).find((e) => e.id === created.id)?.name).toBe('Arch lift');
  });

  it('refuses to change a built-in in plain words, and leaves it as it was', async () => {
    const error = failure(
      await core.route('exercises:update', { ...ownFields, id: 'short-foot', name: 'Mine now' }),
    );
    expect(error).toMatchObject({
      code: 'invalid-input',
      message: "Built-in exercises can't be changed. Make a copy to adjust it.",
    });
    expect((await list()).find((e) => e.id === 'short-foot')?.name).toBe('Short foot (arch dome)');
    expect(rowCount()).toBe(0);
    const unknown = failure(
      await core.route('exercises:update', { ...ownFields, id: 'custom-nope' }),
    );
    expect(unknown.code).toBe('not-found');
  });

  it('copies a built-in into an own exercise that remembers its source', async () => {
    const source = builtInExercises.find((e) => e.id === 'calf-wall-stretch')!;
    const copy = value<LibraryExercise>(await core.route('exercises:copy', { id: source.id }));
    expect(copy.id).toMatch(/^custom-/);
    expect(copy).toMatchObject({
      name: `${source.name} (copy)`,
      builtIn: false,
      copiedFrom: source.id,
      steps: source.steps,
      dosage: source.dosage,
      illustration: source.illustration,
    });
    const edited = value<LibraryExercise>(
      await core.route('exercises:update', { ...ownFields, id: copy.id, phase: copy.phase }),
    );
    expect(edited.copiedFrom).toBe(source.id);
    expect(builtInExercises.find((e) => e.id === source.id)?.name).toBe(source.name);
  });

  it('copies an own exercise, keeping the name within the limit', async () => {
    const long = await create({ ...ownFields, name: 'A'.repeat(58) });
    const copy = value<LibraryExercise>(await core.route('exercises:copy', { id: long.id }));
    expect(copy.copiedFrom).toBe(long.id);
    expect(copy.name).toHaveLength(60);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
  });

  it('retires and restores own exercises; retired ones are hidden unless asked for', async () => {
    const created = await create();
    const retired = value<LibraryExercise>(
      await core.route('exercises:retire', { id: created.id }),
    );
    expect(retired.retiredAt).not.toBeNull();
    expect((await list()).some((e) => e.id === created.id)).toBe(false);
    expect((await list(true)).find((e) => e.id === created.id)?.retiredAt).toBe(retired.retiredAt);
    const again = value<LibraryExercise>(await core.route('exercises:retire', { id: created.id }));
    expect(again.retiredAt).toBe(retired.retiredAt);
    const restored = value<LibraryExercise>(
      await core.route('exercises:restore', { id: created.id }),
    );
    expect(restored.retiredAt).toBeNull();
    expect((await list()).some((e) => e.id === created.id)).toBe(true);
  });

  it('refuses to retire a built-in', async () => {
    const error = failure(await core.route('exercises:retire', { id: 'glute-bridge' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain("can't be retired");
    expect(rowCount()).toBe(0);
  });
});

/** 2400×1800 with a red corner, tagged as taken by a camera at a place and stored on its side. */
async function cameraJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#3060a0' } })
    .composite([
      {
        input: { create: { width: 400, height: 400, channels: 3, background: '#ff0000' } },
        left: 0,
        top: 0,
      },
    ])
    .jpeg()
    .withExifMerge({ IFD0: { Make: 'PhoneCam', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const setPhoto = (id: string, bytes: Uint8Array, fileName = 'photo.jpg') =>
  core.route('exercises:setPhoto', {
    id,
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  });
const photoRows = () =>
  (core.session!.db.prepare('SELECT count(*) AS n FROM exercise_photos').get() as { n: number }).n;
const libraryEntry = async (id: string) => (await list(true)).find((e) => e.id === id);
/** Files older than the sweep's grace period, as they would be a day later. */
function age(hash: string) {
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  fs.utimesSync(core.session!.photos.pathOf(hash), hourAgo, hourAgo);
}

describe('exercise photos', () => {
  it('adds a photo to a built-in: upright, stripped of camera and place, scaled to print size', async () => {
    const withPhoto = value<LibraryExercise>(await setPhoto('short-foot', await cameraJpeg()));
    expect(withPhoto.photoHash).toMatch(/^[0-9a-f]{64}$/);
    expect(withPhoto.builtIn).toBe(true);
    expect((await libraryEntry('short-foot'))?.photoHash).toBe(withPhoto.photoHash);
    expect((await libraryEntry('glute-bridge'))?.photoHash).toBeNull();

    const stored = fs.readFileSync(core.session!.photos.pathOf(withPhoto.photoHash!));
    const meta = await sharp(stored).metadata();
    // Turned upright by the orientation tag: the 2400×1800 landscape is now portrait, 1600 high.
    expect([meta.width, meta.height]).toEqual([1200, 1600]);
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    const corner = sharp(stored).extract({ left: 1100, top: 0, width: 100, height: 100 });
    const { data } = await corner.raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200);
  });

  it('refuses a file that is not a photo, and an exercise that does not exist, storing nothing', async () => {
    const pdf = failure(await setPhoto('short-foot', Buffer.from('%PDF-1.7 hello'), 'plan.pdf'));
    expect(pdf.code).toBe('invalid-input');
    expect(pdf.issues).toEqual([
      {
        path: 'dataBase64',
        message:
          '“plan.pdf” is not a photo Stance can read (it looks like a PDF). Use a JPEG, PNG or HEIC photo.',
      },
    ]);
    const unknown = failure(await setPhoto('custom-nobody', await cameraJpeg()));
    expect(unknown).toMatchObject({
      code: 'not-found',
      message: 'That exercise could not be found in the library.',
    });
    expect(photoRows()).toBe(0);
    expect(core.session!.photos.list()).toEqual([]);
    expect((await libraryEntry('short-foot'))?.photoHash).toBeNull();
  });

  it('serves the photo while it is set, replaces it, and stops serving it once removed', async () => {
    const first = value<LibraryExercise>(await setPhoto('short-foot', await cameraJpeg()));
    const served = await servePhoto(core.session, `app://stance/photos/${first.photoHash}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('Content-Type')).toBe('image/jpeg');

    const png = await sharp({
      create: { width: 300, height: 200, channels: 4, background: '#00ff0080' },
    })
      .png()
      .toBuffer();
    const second = value<LibraryExercise>(await setPhoto('short-foot', png, 'drawing.png'));
    expect(second.photoHash).not.toBe(first.photoHash);
    expect(photoRows()).toBe(1);
    const servedPng = await servePhoto(core.session, `app://stance/photos/${second.photoHash}`);
    expect(servedPng.headers.get('Content-Type')).toBe('image/png');
    expect((await servePhoto(core.session, `app://stance/photos/${first.photoHash}`)).status).toBe(
      404,
    );

    const removed = value<LibraryExercise>(
      await core.route('exercises:removePhoto', { id: 'short-foot' }),
    );
    expect(removed.photoHash).toBeNull();
    expect((await libraryEntry('short-foot'))?.photoHash).toBeNull();
    expect((await servePhoto(core.session, `app://stance/photos/${second.photoHash}`)).status).toBe(
      404,
    );
    const nowhere = failure(await core.route('exercises:removePhoto', { id: 'custom-nobody' }));
    expect(nowhere.code).toBe('not-found');
  });

  it('keeps the photo of an own exercise across reopening, in copies and in programs', async () => {
    const own = await create();
    const hash = value<LibraryExercise>(await setPhoto(own.id, await cameraJpeg())).photoHash;
    const retired = value<LibraryExercise>(await core.route('exercises:retire', { id: own.id }));
    expect(retired.photoHash).toBe(hash);
    core.close();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    expect((await libraryEntry(own.id))?.photoHash).toBe(hash);

    await core.route('exercises:restore', { id: own.id });
    const copy = value<LibraryExercise>(await core.route('exercises:copy', { id: own.id }));
    expect(copy.photoHash).toBe(hash);
    // Each exercise has its own row: taking the copy's photo off leaves the original's.
    await core.route('exercises:removePhoto', { id: copy.id });
    expect((await libraryEntry(own.id))?.photoHash).toBe(hash);

    const client = await addClient(core, 'Ada');
    const program = value<Program>(
      await core.route('programs:save', {
        clientId: client.id,
        title: 'Home exercises',
        items: [{ exerciseId: own.id, dosage: own.dosage }],
      }),
    );
    expect(program.items[0]?.exercise?.photoHash).toBe(hash);
  });

  it('keeps exercise photos through the orphan sweep and client erasure, and lets go once removed', async () => {
    const hash = value<LibraryExercise>(
      await setPhoto('short-foot', await cameraJpeg()),
    ).photoHash!;
    age(hash);
    const { db, photos } = core.session!;
    expect(sweepOrphanPhotos(db, photos, new Date())).toEqual([]);
    expect(photos.has(hash)).toBe(true);
    // The same picture used for an erased client's assessment stays for the exercise.
    expect(removeUnreferencedPhotos(db, photos, [hash])).toBe(0);
    expect(photos.has(hash)).toBe(true);

    await core.route('exercises:removePhoto', { id: 'short-foot' });
    expect(sweepOrphanPhotos(db, photos, new Date())).toEqual([hash]);
    expect(photos.has(hash)).toBe(false);
  });
});

describe('exercise photos in backups', () => {
  it('copies exercise photos into app backups and exported backup folders', async () => {
    const elsewhere = makeTempDir('stance-chosen-');
    try {
      core.close();
      core = await openStance({
        dataDir: temp.dir,
        appVersion: 'test',
        host: createTestHost({ folder: elsewhere.dir }),
      });
      const exercisePhoto = value<LibraryExercise>(
        await setPhoto('short-foot', await cameraJpeg()),
      ).photoHash!;
      const ada = await addClient(core, 'Ada');
      const assessmentPhoto = addPhotoOf(core, ada.id, new Uint8Array([1, 2, 3]));
      const stored = fs.readFileSync(core.session!.photos.pathOf(exercisePhoto));

      const created = value<CreatedBackup>(await core.route('backups:create', {}));
      expect(created.photos).toEqual({ copied: 2, missing: 0 });
      const backupPhotos = path.join(dataPaths(temp.dir).backups, 'photos');
      const inBackup = path.join(backupPhotos, exercisePhoto.slice(0, 2), exercisePhoto);
      expect(fs.readFileSync(inBackup)).toEqual(stored);
      expect(
        fs.existsSync(path.join(backupPhotos, assessmentPhoto.slice(0, 2), assessmentPhoto)),
      ).toBe(true);

      const exported = value<ExportedBackup | { cancelled: true }>(
        await core.route('backups:exportTo', {}),
      );
      if (exported.cancelled) throw new Error('the export was cancelled');
      expect(exported.photos).toEqual({ copied: 2, missing: 0 });
      const copy = path.join(exported.folder, 'photos', exercisePhoto.slice(0, 2), exercisePhoto);
      expect(fs.readFileSync(copy)).toEqual(stored);
    } finally {
      elsewhere.cleanup();
    }
  });
});

describe.each(Object.entries(serviceEngines))('the exercise library on %s', (_name, open) => {
  let engine: ServiceEngine;
  beforeEach(async () => {
    engine = await open();
  }, 60_000);
  afterEach(() => engine.close());
  const call = async <T>(channel: Channel, payload: unknown) =>
    value<T>(await engine.route(channel, payload));
  const library = (includeRetired = false) =>
    call<LibraryExercise[]>('exercises:list', { includeRetired });

  it('keeps own exercises, edits, copies, retires and restores them beside the built-ins', async () => {
    const created = await call<LibraryExercise>('exercises:create', ownFields);
    const edited = await call<LibraryExercise>('exercises:update', {
      ...ownFields,
      id: created.id,
      name: 'Arch lift',
    });
    expect(edited).toMatchObject({ id: created.id, name: 'Arch lift', builtIn: false });
    const copy = await call<LibraryExercise>('exercises:copy', { id: created.id });
    expect(copy).toMatchObject({ name: 'Arch lift (copy)', copiedFrom: created.id });
    await call('exercises:retire', { id: created.id });

    const shown = await library();
    expect(shown.filter((exercise) => exercise.builtIn)).toHaveLength(builtInExercises.length);
    expect(shown.filter((exercise) => !exercise.builtIn).map((e) => e.name)).toEqual([
      'Arch lift (copy)',
    ]);
    expect((await library(true)).find((e) => e.id === created.id)?.retiredAt).not.toBeNull();
    const restored = await call<LibraryExercise>('exercises:restore', { id: created.id });
    expect(restored.retiredAt).toBeNull();
    expect((await engine.route('exercises:update', { ...ownFields, id: 'short-foot' })).ok).toBe(
      false,
    );
  });

  it('gives an exercise a photo that its copy shares, serves it, and takes it away again', async () => {
    const created = await call<LibraryExercise>('exercises:create', ownFields);
    const jpeg = await figurePhoto().jpeg().toBuffer();
    const withPhoto = await call<LibraryExercise>('exercises:setPhoto', {
      id: created.id,
      fileName: 'arch.jpg',
      dataBase64: jpeg.toString('base64'),
    });
    const hash = withPhoto.photoHash!;
    const served = await servePhoto(engine.records(), `app://stance/photos/${hash}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const copy = await call<LibraryExercise>('exercises:copy', { id: created.id });
    expect(copy.photoHash).toBe(hash);

    // A built-in exercise can have the practitioner's own photo too, and a program shows it.
    await call('exercises:setPhoto', {
      id: 'short-foot',
      fileName: 'foot.jpg',
      dataBase64: jpeg.toString('base64'),
    });
    const client = await call<Client>('clients:create', { firstName: 'Ada', lastName: 'Test' });
    const program = await call<Program>('programs:save', {
      clientId: client.id,
      title: 'Feet',
      notes: '',
      items: [
        { exerciseId: 'short-foot', dosage: ownFields.dosage, notes: '' },
        { exerciseId: copy.id, dosage: ownFields.dosage, notes: '' },
      ],
    });
    expect(program.items.map((item) => item.exercise?.photoHash)).toEqual([hash, hash]);

    const removed = await call<LibraryExercise>('exercises:removePhoto', { id: created.id });
    expect(removed.photoHash).toBeNull();
    expect((await library()).find((e) => e.id === copy.id)?.photoHash).toBe(hash);
  });
});
