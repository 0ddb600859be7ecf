import { createHash } from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPhoto, sweepOrphanPhotos } from '../../main/photos/photos';
import { servePhoto } from '../../main/photos/serve';
import { openStance, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Channel } from '../../shared/contract';
import type { Client } from '../../shared/domain/clients';
import { figurePhoto } from '../helpers/figure-photo';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

function newAssessment(): string {
  const db = core.session!.db;
  const clientId = crypto.randomUUID();
  const id = crypto.randomUUID();
  db.prepare(
    "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES (?, 'A', 'B', 't', 't')",
  ).run(clientId);
  db.prepare(
    "INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES (?, ?, '2026-01-01', 't')",
  ).run(id, clientId);
  db.prepare(
    `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version, rules_version, created_at, updated_at)
       VALUES (?, 1, 'draft', '2026-01-01', '{}', 1, 'r', 't', 't')`,
  ).run(id);
  return id;
}

function storePhoto(data: Uint8Array) {
  const session = core.session!;
  return addPhoto(
    session.db,
    session.photos,
    {
      assessmentId: newAssessment(),
      revision: 1,
      view: 'anterior',
      mediaType: 'image/png',
      width: 4,
      height: 3,
      landmarks: '{"ear":{"x":1,"y":2}}',
      thumbnail: null,
      data,
    },
    new Date(),
  );
}

describe('photo files', () => {
  beforeEach(async () => {
    temp = makeTempDir();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
  });
  afterEach(() => {
    core.close();
    temp.cleanup();
  });
  it('names the file by the SHA-256 of its bytes and records hash, view, size and landmarks', () => {
    const data = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const photo = storePhoto(data);
    expect(photo.hash).toBe(createHash('sha256').update(data).digest('hex'));
    expect(fs.readFileSync(core.session!.photos.pathOf(photo.hash))).toEqual(Buffer.from(data));
    const row = core
      .session!.db.prepare('SELECT hash, view, width, height, landmarks FROM photos')
      .get();
    expect(row).toEqual({
      hash: photo.hash,
      view: 'anterior',
      width: 4,
      height: 3,
      landmarks: '{"ear":{"x":1,"y":2}}',
    });
  });

  it('serves only hashes a photo row uses, never paths', async () => {
    const photo = storePhoto(new Uint8Array([1, 2, 3]));
    const served = await servePhoto(core.session, `app://stance/photos/${photo.hash}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));

    const unknown = createHash('sha256').update('nothing').digest('hex');
    fs.mkdirSync(`${core.session!.photos.root}/${unknown.slice(0, 2)}`, { recursive: true });
    fs.writeFileSync(core.session!.photos.pathOf(unknown), 'stray');
    for (const url of [
      `app://stance/photos/${unknown}`,
      'app://stance/photos/../stance.db',
      'app://stance/photos/%2e%2e%2fstance.db',
      `app://stance/${photo.hash}`,
      `app://stance/photos/${photo.hash.toUpperCase()}`,
    ]) {
      expect((await servePhoto(core.session, url)).status, url).toBe(404);
    }
    expect((await servePhoto(null, `app://stance/photos/${photo.hash}`)).status).toBe(404);
  });

  it('sweeps files no row uses, but never a used one nor a freshly written one', () => {
    const kept = storePhoto(new Uint8Array([5]));
    const store = core.session!.photos;
    const orphan = store.put(new Uint8Array([6]));
    const fresh = store.put(new Uint8Array([7]));
    const old = new Date(Date.now() - 60 * 60_000);
    fs.utimesSync(store.pathOf(orphan), old, old);
    fs.utimesSync(store.pathOf(kept.hash), old, old);

    const removed = sweepOrphanPhotos(core.session!.db, store, new Date());
    expect(removed).toEqual([orphan]);
    expect(store.has(kept.hash)).toBe(true);
    expect(store.has(fresh)).toBe(true);
    expect(store.has(orphan)).toBe(false);
  });

  it('never sweeps the studio logo, and serves only image types', async () => {
    const store = core.session!.photos;
    const logo = store.put(new Uint8Array([8, 8, 8]));
    const old = new Date(Date.now() - 60 * 60_000);
    fs.utimesSync(store.pathOf(logo), old, old);
    core
      .session!.db.prepare("INSERT INTO settings (key, value) VALUES ('logo', json_quote(?))")
      .run(logo);
    expect(sweepOrphanPhotos(core.session!.db, store, new Date())).toEqual([]);
    expect(store.has(logo)).toBe(true);

    const page = storePhoto(new Uint8Array([60, 104, 116, 109, 108, 62]));
    core
      .session!.db.prepare("UPDATE photos SET media_type = 'text/html' WHERE hash = ?")
      .run(page.hash);
    expect((await servePhoto(core.session, `app://stance/photos/${page.hash}`)).status).toBe(404);
  });

  it('serves print- and screen-sized copies, made once and kept beside the photo, and removes them with the photo', async () => {
    const session = core.session!;
    const jpeg = await sharp({
      create: { width: 4000, height: 3000, channels: 3, background: '#8a6d5a' },
    })
      .jpeg()
      .toBuffer();
    const photo = addPhoto(
      session.db,
      session.photos,
      {
        assessmentId: newAssessment(),
        revision: 1,
        view: 'anterior',
        mediaType: 'image/jpeg',
        width: 4000,
        height: 3000,
        landmarks: '{"points":{}}',
        thumbnail: null,
        data: jpeg,
      },
      new Date(),
    );
    const url = `app://stance/photos/${photo.hash}/print`;
    const served = await servePhoto(session, url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const printed = Buffer.from(await served.arrayBuffer());
    expect(await sharp(printed).metadata()).toMatchObject({ width: 1600, height: 1200 });
    const copyPath = session.photos.copyPathOf(photo.hash, 'print');
    expect(fs.readFileSync(copyPath)).toEqual(printed);
    // The screen copy: as small, lighter, and kept beside the photo the same way.
    const onScreen = await servePhoto(session, `app://stance/photos/${photo.hash}/screen`);
    expect(onScreen.status).toBe(200);
    const screenBytes = Buffer.from(await onScreen.arrayBuffer());
    expect(await sharp(screenBytes).metadata()).toMatchObject({ width: 1600, height: 1200 });
    const screenPath = session.photos.copyPathOf(photo.hash, 'screen');
    expect(fs.readFileSync(screenPath)).toEqual(screenBytes);
    // The copies are derived data: the store never lists them as photos of their own.
    expect(session.photos.list().map((file) => file.hash)).toEqual([photo.hash]);

    expect((await servePhoto(session, `app://stance/photos/${'b'.repeat(64)}/print`)).status).toBe(
      404,
    );
    session.db.prepare('DELETE FROM photos').run();
    expect(sweepOrphanPhotos(session.db, session.photos, new Date(), 0)).toEqual([photo.hash]);
    expect(fs.existsSync(copyPath)).toBe(false);
    expect(fs.existsSync(screenPath)).toBe(false);
    expect((await servePhoto(session, url)).status).toBe(404);
  });
});

describe.each(Object.entries(serviceEngines))('assessment photos on %s', (_name, open) => {
  let engine: ServiceEngine;
  beforeEach(async () => {
    engine = await open();
  }, 60_000);
  afterEach(() => engine.close());

  async function call<T>(channel: Channel, payload: unknown): Promise<T> {
    const result = await engine.route(channel, payload);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  const serve = (hash: string, size = '') =>
    servePhoto(engine.records(), `app://stance/photos/${hash}${size}`);

  async function draft(): Promise<string> {
    const client = await call<Client>('clients:create', { firstName: 'Maren', lastName: 'Holt' });
    const created = await call<Assessment>('assessments:create', {
      clientId: client.id,
      assessedOn: '2026-03-10',
    });
    return created.assessmentId;
  }
  async function addPhoto(assessmentId: string, skin = '#6f5646'): Promise<PhotoInfo> {
    // Larger than a print copy, so the print copy is a smaller picture.
    const jpeg = await figurePhoto(skin).resize(1800, 2700).jpeg().toBuffer();
    return call<PhotoInfo>('photos:add', {
      assessmentId,
      view: 'anterior',
      fileName: 'front.jpg',
      dataBase64: jpeg.toString('base64'),
    });
  }
  const knees = (x: number) => ({
    points: { 'knee-left': { x, y: 1800 }, 'knee-right': { x: x + 300, y: 1800 } },
  });

  it('adds a photo to a draft, lists it with its preview, and serves it whole and at print size', async () => {
    const assessmentId = await draft();
    const photo = await addPhoto(assessmentId);
    expect(photo).toMatchObject({ assessmentId, revision: 1, view: 'anterior', width: 1800 });
    expect(await call<PhotoInfo[]>('photos:listForAssessment', { assessmentId })).toEqual([photo]);

    const preview = await call<{ dataBase64: string }>('photos:thumbnail', { id: photo.id });
    expect((await sharp(Buffer.from(preview.dataBase64, 'base64')).metadata()).format).toBe('jpeg');

    const whole = await serve(photo.hash);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo.hash);
    expect(bytes.byteLength).toBe(photo.bytes);

    const print = await serve(photo.hash, '/print');
    expect(print.status).toBe(200);
    const copy = await sharp(Buffer.from(await print.arrayBuffer())).metadata();
    expect([copy.width, copy.height]).toEqual([1067, 1600]);
  });

  it('keeps landmarks and view on the draft, and refuses to change them once finalized', async () => {
    const assessmentId = await draft();
    const photo = await addPhoto(assessmentId);
    const placed = await call<PhotoInfo>('photos:saveLandmarks', {
      id: photo.id,
      landmarks: knees(600),
    });
    expect(placed.landmarks).toEqual(knees(600));
    const moved = await call<PhotoInfo>('photos:setView', { id: photo.id, view: 'posterior' });
    expect(moved.view).toBe('posterior');
    await call('assessments:finalize', { id: assessmentId, revision: 1 });

    for (const [channel, payload] of [
      ['photos:saveLandmarks', { id: photo.id, landmarks: knees(100) }],
      ['photos:setView', { id: photo.id, view: 'anterior' }],
      ['photos:remove', { id: photo.id }],
    ] as const) {
      const refused = await engine.route(channel, payload);
      expect(refused, channel).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect(await call<PhotoInfo[]>('photos:listForAssessment', { assessmentId })).toEqual([moved]);
    expect((await serve(photo.hash)).status).toBe(200);
  });

  it('removes a draft’s photo, which is then served no more', async () => {
    const assessmentId = await draft();
    const photo = await addPhoto(assessmentId);
    await call('photos:remove', { id: photo.id });
    expect(await call<PhotoInfo[]>('photos:listForAssessment', { assessmentId })).toEqual([]);
    expect((await serve(photo.hash)).status).toBe(404);
    expect((await serve(photo.hash, '/print')).status).toBe(404);
  });

  it('refuses a photo for an assessment that is not there, storing nothing', async () => {
    const jpeg = await figurePhoto().jpeg().toBuffer();
    const refused = await engine.route('photos:add', {
      assessmentId: crypto.randomUUID(),
      view: 'anterior',
      fileName: 'front.jpg',
      dataBase64: jpeg.toString('base64'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await engine.countRows('photos')).toBe(0);
    const unknown = await engine.route('photos:setView', {
      id: crypto.randomUUID(),
      view: 'anterior',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
