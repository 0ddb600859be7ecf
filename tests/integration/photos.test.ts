import { createHash } from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPhoto, sweepOrphanPhotos } from '../../main/photos/photos';
import { servePhoto } from '../../main/photos/serve';
import { openStance, type StanceCore } from '../../main/stance';
import { makeTempDir } from '../helpers/temp-dir';

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
