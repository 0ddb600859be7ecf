import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/channels/assessments';
import type { LibraryExercise } from '../../shared/channels/exercises';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Settings } from '../../shared/domain/settings';
import type { Result } from '../../shared/errors';
import { openStance, type StanceCore } from '../../main/stance';
import { addClient, value } from '../helpers/stance-data';
import { createTestHost } from '../helpers/test-host';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * An iPhone-style HEIC made with libheif (tests/fixtures/heic/make.sh): 120×80 as the sensor saw
 * it with a red top-left quarter, an irot property that turns it a quarter clockwise to stand
 * upright (80×120, red top-right), EXIF orientation 6, GPS and a camera make, a decoy image
 * before the primary one and a thumbnail.
 */
const phoneHeic = fs.readFileSync(
  path.join(import.meta.dirname, '../fixtures/heic/phone-portrait.heic'),
);

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;
let exportFile: string;

beforeEach(async () => {
  temp = makeTempDir();
  exportFile = path.join(temp.dir, 'export.stance-client.json');
  core = await openStance({
    dataDir: path.join(temp.dir, 'data'),
    appVersion: 'test',
    host: createTestHost({ saveFile: exportFile }),
  });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

async function newAssessment(): Promise<{ clientId: string; assessmentId: string }> {
  const client = await addClient(core, 'Heic');
  const created = value<Assessment>(
    await core.route('assessments:create', { clientId: client.id }),
  );
  return { clientId: client.id, assessmentId: created.assessmentId };
}

const add = (assessmentId: string, bytes: Uint8Array, fileName: string) =>
  core.route('photos:add', {
    assessmentId,
    view: 'anterior',
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  });

function refusal(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

/** Whether the pixel at a fraction of the width and height is clearly red. */
async function isRedAt(image: Buffer, fx: number, fy: number): Promise<boolean> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const x = Math.floor(info.width * fx);
  const y = Math.floor(info.height * fy);
  const at = (y * info.width + x) * info.channels;
  return data[at]! > 200 && data[at + 2]! < 80;
}

describe('a photo from her phone (HEIC)', () => {
  it('imports upright by the container rotation, as a JPEG with no GPS, camera or EXIF', async () => {
    const { assessmentId } = await newAssessment();
    const photo = value<PhotoInfo>(await add(assessmentId, phoneHeic, 'IMG_4021.HEIC'));
    // The primary image, turned once (not again by EXIF orientation 6): portrait, red top-right.
    expect(photo).toMatchObject({ mediaType: 'image/jpeg', width: 80, height: 120 });

    const stored = fs.readFileSync(core.session!.photos.pathOf(photo.hash));
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 80, height: 120 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.includes('TestPhone')).toBe(false);
    expect(stored.includes('ftyp')).toBe(false);
    expect(await isRedAt(stored, 0.75, 0.2)).toBe(true);
    expect(await isRedAt(stored, 0.25, 0.2)).toBe(false);
    expect(await isRedAt(stored, 0.75, 0.8)).toBe(false);

    const preview = value<{ dataBase64: string }>(
      await core.route('photos:thumbnail', { id: photo.id }),
    );
    const previewBytes = Buffer.from(preview.dataBase64, 'base64');
    expect(await sharp(previewBytes).metadata()).toMatchObject({ width: 80, height: 120 });
    expect(await isRedAt(previewBytes, 0.75, 0.2)).toBe(true);
  });

  it('refuses a HEIC cut short by name, and the other photos in the same drop still import', async () => {
    const { assessmentId } = await newAssessment();
    const cut = phoneHeic.subarray(0, Math.floor(phoneHeic.length * 0.6));
    const message = refusal(await add(assessmentId, cut, 'IMG_4022.HEIC'));
    expect(message).toContain('“IMG_4022.HEIC”');
    expect(message).toMatch(/could not be read: it may be damaged or incomplete/);
    expect(core.session!.photos.list()).toEqual([]);

    const header = phoneHeic.subarray(0, 40);
    expect(refusal(await add(assessmentId, header, 'IMG_4023.HEIC'))).toMatch(/damaged/);
    expect(core.session!.photos.list()).toEqual([]);

    expect((await add(assessmentId, phoneHeic, 'IMG_4024.HEIC')).ok).toBe(true);
    expect(core.session!.photos.list()).toHaveLength(1);
  });

  it('is accepted as an exercise photo and as the studio logo', async () => {
    const exercise = value<LibraryExercise>(
      await core.route('exercises:setPhoto', {
        id: 'short-foot',
        fileName: 'IMG_4030.HEIC',
        dataBase64: phoneHeic.toString('base64'),
      }),
    );
    expect(exercise.photoHash).toMatch(/^[0-9a-f]{64}$/);
    const exercisePhoto = fs.readFileSync(core.session!.photos.pathOf(exercise.photoHash!));
    expect(await sharp(exercisePhoto).metadata()).toMatchObject({ width: 80, height: 120 });

    const settings = value<Settings>(
      await core.route('settings:setLogo', {
        fileName: 'logo.heic',
        dataBase64: phoneHeic.toString('base64'),
      }),
    );
    expect(settings.logo).toMatch(/^[0-9a-f]{64}$/);
    const logo = fs.readFileSync(core.session!.photos.pathOf(settings.logo!));
    expect(await sharp(logo).metadata()).toMatchObject({ format: 'png', width: 80, height: 120 });
  });

  it('travels in a client record as the stored JPEG, never as the original HEIC', async () => {
    const { clientId, assessmentId } = await newAssessment();
    const photo = value<PhotoInfo>(await add(assessmentId, phoneHeic, 'IMG_4040.HEIC'));
    value(await core.route('clients:exportRecord', { id: clientId }));
    const record = fs.readFileSync(exportFile, 'utf8');
    const stored = fs.readFileSync(core.session!.photos.pathOf(photo.hash));
    expect(record).toContain(stored.toString('base64'));
    expect(record).not.toContain(phoneHeic.subarray(0, 3000).toString('base64').slice(0, 40));
    expect(record).not.toMatch(/image\/hei[cf]/);
  });
});
