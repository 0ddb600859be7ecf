import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhotoInfo } from '../../shared/channels/photos';
import { openStance, type StanceCore } from '../../main/stance';
import { seedRecordClient, type SeededRecord } from '../helpers/client-record';
import { value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost } from '../helpers/test-host';

/**
 * A photo inside a client record is treated like a photo she picks from her own disk: whatever
 * the colleague's copy carried (location, camera, a sideways flag, an iPhone format), what lands
 * in her photos folder is an upright, freshly encoded picture with nothing but pixels.
 */

type Json = Record<string, unknown>;
interface RecordJson extends Json {
  photos: Json[];
}

let temp: ReturnType<typeof makeTempDir>;
let source: StanceCore;
let seeded: SeededRecord;
let genuineText: string;

beforeAll(async () => {
  temp = makeTempDir();
  const exported = path.join(temp.dir, 'ada.stance-client.json');
  source = await openStance({
    dataDir: path.join(temp.dir, 'source'),
    appVersion: 'test',
    host: createTestHost({ saveFile: exported }),
  });
  seeded = await seedRecordClient(source);
  value(await source.route('clients:exportRecord', { id: seeded.client.id }));
  genuineText = fs.readFileSync(exported, 'utf8');
});
afterAll(() => {
  source.close();
  temp.cleanup();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Imports `json` into a fresh data folder and answers its photos as the app lists them. */
async function importInto(name: string, json: RecordJson) {
  const file = path.join(temp.dir, `${name}.stance-client.json`);
  fs.writeFileSync(file, JSON.stringify(json));
  const host = createTestHost({ openFile: file });
  const core = await openStance({ dataDir: path.join(temp.dir, name), appVersion: 'test', host });
  value(await core.route('clients:importRecord', {}));
  const photosOf = async (assessmentId: string) =>
    value<PhotoInfo[]>(await core.route('photos:listForAssessment', { assessmentId }));
  return { core, host, photosOf };
}

function withPhoto(index: number, bytes: Buffer, fields: Json): RecordJson {
  const json = JSON.parse(genuineText) as RecordJson;
  Object.assign(json.photos[index]!, fields, {
    data: bytes.toString('base64'),
    sha256: sha256(bytes),
    bytes: bytes.byteLength,
  });
  return json;
}

const frontIndex = () =>
  (JSON.parse(genuineText) as RecordJson).photos.findIndex((p) => p.view === 'anterior');

describe('a photo inside an imported client record', () => {
  it('arrives upright, with no location, camera or other details, as a new file', async () => {
    // 400×300 as the sensor saw it, flagged to be turned a quarter clockwise, with GPS and camera.
    const sideways = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#3060a0' },
    })
      .composite([
        {
          input: { create: { width: 100, height: 100, channels: 3, background: '#ff0000' } },
          left: 0,
          top: 0,
        },
      ])
      .jpeg({ quality: 90 })
      .withExif({
        IFD0: { Make: 'AcmeCam', Model: 'X1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(sideways).metadata()).exif?.includes('AcmeCam')).toBe(true);
    const landmarks = { points: { 'knee-left': { x: 250, y: 350 } } };
    const json = withPhoto(frontIndex(), sideways, {
      width: 400,
      height: 300,
      landmarks,
      thumbnail: sideways.toString('base64'),
    });

    const { core, photosOf } = await importInto('gps', json);
    const front = (await photosOf(seeded.amended)).find((p) => p.view === 'anterior')!;
    expect(front).toMatchObject({ width: 300, height: 400, mediaType: 'image/jpeg', landmarks });
    const stored = fs.readFileSync(core.session!.photos.pathOf(front.hash));
    expect(sha256(stored)).toBe(front.hash);
    expect(front.hash).not.toBe(sha256(sideways));
    expect(front.bytes).toBe(stored.byteLength);
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.includes('AcmeCam')).toBe(false);
    // Turned a quarter clockwise: the red corner is now at the top right.
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels]!;
    expect(red(250, 50)).toBeGreaterThan(200);
    expect(red(50, 50)).toBeLessThan(100);

    // The preview is made from the photo, not taken from the file.
    const preview = value<{ dataBase64: string }>(
      await core.route('photos:thumbnail', { id: front.id }),
    );
    const thumb = Buffer.from(preview.dataBase64, 'base64');
    expect(thumb.equals(sideways)).toBe(false);
    expect(await sharp(thumb).metadata()).toMatchObject({
      format: 'jpeg',
      width: 240,
      height: 320,
    });
    core.close();
  });

  it('from an iPhone (HEIC) arrives as an upright JPEG', async () => {
    const heic = fs.readFileSync(
      path.join(import.meta.dirname, '../fixtures/heic/phone-portrait.heic'),
    );
    const json = withPhoto(frontIndex(), heic, {
      mediaType: 'image/heic',
      width: 80,
      height: 120,
      landmarks: { points: {} },
    });
    const { core, photosOf } = await importInto('heic', json);
    const front = (await photosOf(seeded.amended)).find((p) => p.view === 'anterior')!;
    expect(front).toMatchObject({ width: 80, height: 120, mediaType: 'image/jpeg' });
    const meta = await sharp(core.session!.photos.pathOf(front.hash)).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 80, height: 120 });
    expect(meta.exif).toBeUndefined();
    core.close();
  });

  it('keeps its landmarks on the remade photo, and the record exports and imports again', async () => {
    const first = await importInto('first', JSON.parse(genuineText) as RecordJson);
    const listed = await first.photosOf(seeded.amended);
    const front = listed.find((p) => p.view === 'anterior')!;
    const original = seeded.photos.find((p) => p.view === 'anterior')!;
    expect(front.id).toBe(original.id);
    expect(front.landmarks).toEqual(original.landmarks);
    expect(fs.existsSync(first.core.session!.photos.pathOf(front.hash))).toBe(true);

    const again = path.join(temp.dir, 'again.stance-client.json');
    first.host.answers.saveFile = again;
    value(await first.core.route('clients:exportRecord', { id: seeded.client.id }));
    const second = await importInto(
      'second',
      JSON.parse(fs.readFileSync(again, 'utf8')) as RecordJson,
    );
    const secondFront = (await second.photosOf(seeded.amended)).find((p) => p.view === 'anterior')!;
    expect(secondFront.landmarks).toEqual(original.landmarks);
    expect(secondFront).toMatchObject({ width: original.width, height: original.height });
    first.core.close();
    second.core.close();
  });
});
