import { createHash } from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Result } from '../../shared/errors';
import { sweepOrphanPhotos } from '../../main/photos/photos';
import { openStance, type StanceCore } from '../../main/stance';
import { addClient, value } from '../helpers/stance-data';
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

async function newAssessment(): Promise<string> {
  const client = await addClient(core, 'Photo');
  return value<Assessment>(await core.route('assessments:create', { clientId: client.id }))
    .assessmentId;
}

const add = (assessmentId: string, bytes: Uint8Array, fileName = 'photo.jpg', view = 'anterior') =>
  core.route('photos:add', {
    assessmentId,
    view,
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  });

/** 400×300 blue with a red square in the top-left corner, so orientation can be checked. */
function marked(width = 400, height = 300) {
  return sharp({ create: { width, height, channels: 3, background: '#3060a0' } }).composite([
    {
      input: { create: { width: 100, height: 100, channels: 3, background: '#ff0000' } },
      left: 0,
      top: 0,
    },
  ]);
}

/** Tag numbers in the first IFD of an EXIF block (sharp's buffer starts with "Exif\0\0"). */
function ifd0Tags(exif: Buffer): number[] {
  const tiff = exif.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const start = u32(4);
  return Array.from({ length: u16(start) }, (_, index) => u16(start + 2 + index * 12));
}
const MAKE = 0x010f;
const GPS_IFD = 0x8825;

function refusal(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function nothingStored(assessmentId: string): void {
  const rows = core.session!.db.prepare('SELECT count(*) AS n FROM photos').get() as { n: number };
  expect(rows.n).toBe(0);
  expect(core.session!.photos.list()).toEqual([]);
  expect(assessmentId).toBeTruthy();
}

describe('photos:add', () => {
  it('stores a rotated phone JPEG upright with no EXIF, GPS or camera make left', async () => {
    const original = await marked()
      .jpeg({ quality: 90 })
      .withExif({
        IFD0: { Make: 'AcmeCam', Model: 'X1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(ifd0Tags(before.exif!)).toEqual(expect.arrayContaining([MAKE, GPS_IFD]));

    const assessmentId = await newAssessment();
    const photo = value<PhotoInfo>(await add(assessmentId, original, 'IMG_0001.JPG', 'anterior'));
    expect(photo).toMatchObject({ width: 300, height: 400, mediaType: 'image/jpeg' });
    expect(photo.landmarks).toEqual({ points: {} });

    const stored = fs.readFileSync(core.session!.photos.pathOf(photo.hash));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(photo.hash);
    expect(photo.bytes).toBe(stored.length);
    const after = await sharp(stored).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 300, height: 400 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(stored.includes('AcmeCam')).toBe(false);

    // Orientation 6 turns the picture a quarter clockwise: the red corner ends top-right.
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels]!;
    expect(red(250, 50)).toBeGreaterThan(200);
    expect(red(50, 50)).toBeLessThan(100);

    const listed = value<PhotoInfo[]>(
      await core.route('photos:listForAssessment', { assessmentId }),
    );
    expect(listed).toEqual([photo]);
  });

  it('makes a JPEG preview under 100 KB, at most 320 px on its long edge', async () => {
    const noisy = await sharp({
      create: {
        width: 1500,
        height: 1000,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    const photo = value<PhotoInfo>(await add(await newAssessment(), noisy));
    const preview = value<{ mediaType: string; dataBase64: string }>(
      await core.route('photos:thumbnail', { id: photo.id }),
    );
    expect(preview.mediaType).toBe('image/jpeg');
    const bytes = Buffer.from(preview.dataBase64, 'base64');
    expect(bytes.length).toBeLessThan(100_000);
    expect(await sharp(bytes).metadata()).toMatchObject({
      format: 'jpeg',
      width: 320,
      height: 213,
    });
  });

  it('keeps a PNG as PNG (with its transparency) and turns WebP into JPEG', async () => {
    const png = await sharp({
      create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const assessmentId = await newAssessment();
    const stored = value<PhotoInfo>(await add(assessmentId, png, 'screen.png'));
    expect(stored).toMatchObject({ mediaType: 'image/png', width: 64, height: 48 });
    const meta = await sharp(core.session!.photos.pathOf(stored.hash)).metadata();
    expect(meta).toMatchObject({ format: 'png', hasAlpha: true });

    const webp = await marked().webp().toBuffer();
    const fromWebp = value<PhotoInfo>(await add(assessmentId, webp, 'photo.webp'));
    expect(fromWebp).toMatchObject({ mediaType: 'image/jpeg', width: 400, height: 300 });
  });

  it('refuses what is not a readable photo, by its bytes, and writes nothing', async () => {
    const assessmentId = await newAssessment();
    const jpeg = await marked().jpeg().toBuffer();
    const heicHeader = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic'),
      Buffer.alloc(64),
    ]);
    const cases: [Uint8Array, string, RegExp][] = [
      [
        Buffer.from('%PDF-1.7\n1 0 obj\n'),
        'scan.jpg',
        /it looks like a PDF\)\. Use a JPEG, PNG or HEIC photo\./,
      ],
      [Buffer.from('Client notes, not a photo.\n'), 'notes.png', /it looks like a text file/],
      [jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'cut.jpg', /damaged or incomplete/],
      [heicHeader, 'IMG_0002.HEIC', /damaged or incomplete/],
    ];
    for (const [bytes, fileName, message] of cases) {
      const error = refusal(await add(assessmentId, bytes, fileName));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(message);
      expect(error.message).toContain(fileName);
    }
    nothingStored(assessmentId);
  });

  it('allows photos on a draft only: a final assessment answers conflict until amended', async () => {
    const assessmentId = await newAssessment();
    value(await core.route('assessments:finalize', { id: assessmentId, revision: 1 }));
    const jpeg = await marked().jpeg().toBuffer();
    const error = refusal(await add(assessmentId, jpeg));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/finalized.*Amend it first/);
    nothingStored(assessmentId);

    value(await core.route('assessments:amend', { id: assessmentId, reason: 'Add photos' }));
    expect((await add(assessmentId, jpeg)).ok).toBe(true);
  });
});

describe('landmarks, view and removal', () => {
  async function onePhoto(view = 'anterior') {
    const jpeg = await marked().jpeg().toBuffer();
    return value<PhotoInfo>(await add(await newAssessment(), jpeg, 'p.jpg', view));
  }

  it('saves landmarks inside the photo and refuses any outside it or from another view', async () => {
    const photo = await onePhoto();
    const inside = { points: { 'eye-right': { x: 150, y: 80 }, 'eye-left': { x: 250, y: 82 } } };
    const saved = value<PhotoInfo>(
      await core.route('photos:saveLandmarks', { id: photo.id, landmarks: inside }),
    );
    expect(saved.landmarks).toEqual(inside);

    const outside = refusal(
      await core.route('photos:saveLandmarks', {
        id: photo.id,
        landmarks: { points: { 'eye-right': { x: 401, y: 80 } } },
      }),
    );
    expect(outside.code).toBe('invalid-input');
    expect(JSON.stringify(outside)).toContain('landmarks.points.eye-right');
    const otherView = refusal(
      await core.route('photos:saveLandmarks', {
        id: photo.id,
        landmarks: { points: { tragus: { x: 10, y: 10 } } },
      }),
    );
    expect(otherView.code).toBe('invalid-input');
    const listed = value<PhotoInfo[]>(
      await core.route('photos:listForAssessment', { assessmentId: photo.assessmentId }),
    );
    expect(listed[0]!.landmarks).toEqual(inside);
  });

  it('keeps where each suggested point came from, and refuses provenance without its point', async () => {
    const photo = await onePhoto();
    const suggested = {
      source: 'suggested',
      model: 'blazepose-full',
      modelVersion: 'human-models-3.0.4',
      confidence: 0.87,
      confirmed: false,
      moved: false,
    } as const;
    const landmarks = {
      points: { 'eye-right': { x: 150, y: 80 }, 'eye-left': { x: 250, y: 82 } },
      provenance: {
        'eye-right': suggested,
        'eye-left': { ...suggested, confirmed: true, moved: true },
      },
    };
    const saved = value<PhotoInfo>(
      await core.route('photos:saveLandmarks', { id: photo.id, landmarks }),
    );
    expect(saved.landmarks.provenance).toEqual(landmarks.provenance);
    const listed = value<PhotoInfo[]>(
      await core.route('photos:listForAssessment', { assessmentId: photo.assessmentId }),
    );
    expect(listed[0]!.landmarks.provenance?.['eye-right']?.confirmed).toBe(false);

    const orphan = refusal(
      await core.route('photos:saveLandmarks', {
        id: photo.id,
        landmarks: { points: {}, provenance: { 'knee-left': suggested } },
      }),
    );
    expect(orphan.code).toBe('invalid-input');
    const unsure = refusal(
      await core.route('photos:saveLandmarks', {
        id: photo.id,
        landmarks: { ...landmarks, provenance: { 'eye-right': { ...suggested, confidence: 1.5 } } },
      }),
    );
    expect(unsure.code).toBe('invalid-input');
  });

  it('changes the view unless placed landmarks would not belong to it', async () => {
    const photo = await onePhoto('left-lateral');
    value(
      await core.route('photos:saveLandmarks', {
        id: photo.id,
        landmarks: { points: { tragus: { x: 10, y: 10 } } },
      }),
    );
    const mirrored = value<PhotoInfo>(
      await core.route('photos:setView', { id: photo.id, view: 'right-lateral' }),
    );
    expect(mirrored.view).toBe('right-lateral');
    const error = refusal(await core.route('photos:setView', { id: photo.id, view: 'anterior' }));
    expect(error.code).toBe('conflict');
  });

  it('removes the row at once and leaves the file to the orphan sweep', async () => {
    const photo = await onePhoto();
    value(await core.route('photos:remove', { id: photo.id }));
    expect(
      value<PhotoInfo[]>(
        await core.route('photos:listForAssessment', { assessmentId: photo.assessmentId }),
      ),
    ).toEqual([]);
    const { db, photos } = core.session!;
    expect(photos.has(photo.hash)).toBe(true);
    expect(sweepOrphanPhotos(db, photos, new Date(Date.now() + 3_600_000))).toEqual([photo.hash]);
    expect(refusal(await core.route('photos:remove', { id: photo.id })).code).toBe('not-found');
  });
});
