/**
 * The Photos section of the assessment in the real renderer: adding by file picker, drag and drop
 * and the (fake) webcam, the stored copy stripped of its location, refusals in plain words, views,
 * removal, the read-only final assessment, and the side-by-side comparison on the client's page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import config from '../../playwright.config';
import { figurePhoto } from '../helpers/figure-photo';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client } from '../../shared/domain/clients';
import type { LandmarkSet, PhotoView } from '../../shared/domain/photo-views';
import type { StanceCore } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { daysAgo, formReady, section, seedAssessment } from './assessment-helpers';
import { expect, test, type ReadOnlyDb } from './fixtures';

// The whole file runs with Chromium's fake webcam (it must be set file-wide: it needs its own
// browser); it changes nothing but what getUserMedia finds. The project's own flags are kept.
const chromium = config.projects?.[0]?.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...chromium,
    args: [
      ...(chromium.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** A phone-like JPEG that says where it was taken and with what. */
function jpegWithLocation(): Promise<Buffer> {
  return figurePhoto()
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'AcmeCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
    })
    .toBuffer();
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
const GPS_IFD = 0x8825;

/** A phone's HEIC photo, turned upright by its container (tests/fixtures/heic/make.sh). */
const phoneHeic = fs.readFileSync(
  path.join(import.meta.dirname, '../fixtures/heic/phone-portrait.heic'),
);
/** The same photo cut short, as an interrupted copy leaves it. */
const cutHeic = phoneHeic.subarray(0, Math.floor(phoneHeic.length / 2));

interface PhotoRow {
  hash: string;
  view: string;
}

const photoRows = (db: ReadOnlyDb): PhotoRow[] =>
  db.prepare('SELECT hash, view FROM photos ORDER BY created_at').all() as PhotoRow[];

/** Stored photo files, whatever the store's folder layout. */
function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'photos');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function openPhotos(page: Page, gotoApp: (path: string) => Promise<void>, id: string) {
  await gotoApp(`/assessments/${id}`);
  await formReady(page);
  const photos = section(page, 'Photos');
  await photos.scrollIntoViewIfNeeded();
  return photos;
}

async function addPhoto(core: StanceCore, assessmentId: string, view: PhotoView, skin?: string) {
  const bytes = await figurePhoto(skin).jpeg({ quality: 80 }).toBuffer();
  return call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view,
    fileName: `${view}.jpg`,
    dataBase64: bytes.toString('base64'),
  });
}

/** Every thumbnail in the list has really been drawn, not just requested. */
async function expectThumbnailsShown(page: Page, count: number) {
  const images = section(page, 'Photos').locator('.photo-card-preview img');
  await expect(images).toHaveCount(count);
  for (const image of await images.all())
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
}

test('adds photos by file picker and by drop, stores them without location, refuses a text file', async ({
  page,
  core,
  gotoApp,
  readDb,
  dataDir,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const photos = await openPhotos(page, gotoApp, assessmentId);
  await expect(photos.getByText('No photos in this assessment yet.')).toBeVisible();

  const source = await jpegWithLocation();
  const sourceMeta = await sharp(source).metadata();
  expect(ifd0Tags(sourceMeta.exif!)).toContain(GPS_IFD);

  // The file picker, as a practitioner would use it.
  await photos.locator('input[type="file"]').setInputFiles({
    name: 'IMG_2041.JPG',
    mimeType: 'image/jpeg',
    buffer: source,
  });
  await expect(
    photos.getByRole('heading', { name: 'Which view does each photo show?' }),
  ).toBeFocused();
  await expect(photos.getByLabel('View of IMG_2041.JPG')).toHaveValue('anterior');
  await photos.getByRole('button', { name: 'Add 1 photo' }).click();
  await expect(
    photos.getByRole('status').filter({ hasText: 'The photo was added.' }),
  ).toBeVisible();
  await expectThumbnailsShown(page, 1);
  await expect(photos.getByLabel('View of photo 1')).toHaveValue('anterior');

  const [row] = readDb(photoRows);
  const stored = fs.readFileSync(core.session!.photos.pathOf(row!.hash));
  const storedMeta = await sharp(stored).metadata();
  expect(storedMeta.format).toBe('jpeg');
  expect(storedMeta.exif).toBeUndefined();
  expect(stored.includes('AcmeCam')).toBe(false);

  // Dragged in from the desktop: bytes made into a File inside the page, then a real drop.
  const dropped = await figurePhoto('#4a3a30').png().toBuffer();
  const zone = photos.getByTestId('photo-drop-zone');
  const drag = (type: 'dragenter' | 'dragover' | 'drop') =>
    zone.evaluate(
      (element, [eventType, base64]) => {
        const held = window as unknown as { dragged?: DataTransfer };
        if (!held.dragged) {
          const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          held.dragged = new DataTransfer();
          held.dragged.items.add(new File([bytes], 'back.png', { type: 'image/png' }));
        }
        element.dispatchEvent(
          new DragEvent(eventType, { bubbles: true, cancelable: true, dataTransfer: held.dragged }),
        );
      },
      [type, dropped.toString('base64')] as const,
    );
  await drag('dragenter');
  await drag('dragover');
  await expect(zone).toHaveClass(/photo-drop-over/);
  await expect(zone).toContainText('Drop to add these photos');
  await drag('drop');
  await expect(zone).toBeHidden();
  // The view not photographed yet is suggested.
  await expect(photos.getByLabel('View of back.png')).toHaveValue('posterior');
  await photos.getByRole('button', { name: 'Add 1 photo' }).click();
  await expectThumbnailsShown(page, 2);
  expect(readDb(photoRows).map((item) => item.view)).toEqual(['anterior', 'posterior']);

  // A text file with a photo's name, chosen from the keyboard: refused in words, nothing stored.
  const filesBefore = storedFiles(dataDir).length;
  const addButton = photos.getByRole('button', { name: 'Add photos…' });
  await addButton.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles([
    {
      name: 'notes.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('Client notes, not a photo.\n'),
    },
    { name: 'IMG_3001.HEIC', mimeType: 'image/heic', buffer: cutHeic },
    { name: 'IMG_3002.HEIC', mimeType: 'image/heic', buffer: phoneHeic },
    { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(31 * 1024 * 1024, 0xff) },
    { name: 'side.jpg', mimeType: 'image/jpeg', buffer: await figurePhoto().jpeg().toBuffer() },
  ]);
  // Every text the progress line shows on the way, as a screen reader would hear it.
  await photos.locator('.photo-intake-status [role="status"]').evaluate((status) => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await photos.getByRole('button', { name: 'Add 5 photos' }).click();
  const refusal = photos.getByRole('alert');
  await expect(refusal).toContainText('3 files were not added');
  await expect(refusal).toContainText('“notes.jpg” is not a photo Stance can read');
  await expect(refusal).toContainText('“IMG_3001.HEIC” looks like a photo but could not be read');
  await expect(refusal).toContainText('“huge.jpg” is larger than 30 MB');
  await expect(
    photos.getByRole('status').filter({ hasText: '2 photos were added.' }),
  ).toBeVisible();
  await expectThumbnailsShown(page, 4);
  const progress = await page.evaluate(
    () => (window as unknown as { progressSeen: string[] }).progressSeen,
  );
  expect(progress).toEqual(expect.arrayContaining(['Adding 1 of 5…', 'Adding 5 of 5…']));
  await expect(addButton).toBeFocused();
  expect(readDb(photoRows)).toHaveLength(4);
  // Only the real photos were stored; the refused files left nothing behind.
  expect(storedFiles(dataDir).length).toBe(filesBefore + 2);
  // The HEIC is stored as an upright JPEG (portrait, as the phone was held).
  const sizes = readDb(
    (db) =>
      db.prepare('SELECT media_type, width, height FROM photos').all() as {
        media_type: string;
        width: number;
        height: number;
      }[],
  );
  expect(sizes).toContainEqual({ media_type: 'image/jpeg', width: 80, height: 120 });

  await expectNoSeriousA11yViolations(page);
});

test('changes a photo’s view, explains a refused change, and removes a photo after asking', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await addPhoto(core, assessmentId, 'anterior');
  const side = await addPhoto(core, assessmentId, 'left-lateral');
  await call(core, 'photos:saveLandmarks', {
    id: side.id,
    landmarks: { points: { tragus: { x: 320, y: 150 } } },
  });
  const photos = await openPhotos(page, gotoApp, assessmentId);
  await expectThumbnailsShown(page, 2);
  await expect(photos.getByText('1 landmark')).toBeVisible();

  await photos.getByLabel('View of photo 1').selectOption('posterior');
  await expect.poll(() => readDb(photoRows)[0]?.view).toBe('posterior');

  // The side photo has an ear placed, which a front photo has no place for: main says so.
  await photos.getByLabel('View of photo 2').selectOption('anterior');
  await expect(photos.getByRole('alert')).toContainText('Clear them before changing the view');
  await expect(photos.getByLabel('View of photo 2')).toHaveValue('left-lateral');
  expect(readDb(photoRows)[1]?.view).toBe('left-lateral');

  await expect(photos.getByRole('link', { name: 'Annotate photo 2 (Left side)' })).toHaveAttribute(
    'href',
    `#/assessments/${assessmentId}/photos/${side.id}`,
  );

  await photos.getByRole('button', { name: 'Remove photo 2 (Left side)' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove this photo?' });
  await expect(dialog).toContainText('left side photo and its 1 landmark');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(readDb(photoRows)).toHaveLength(2);

  await photos.getByRole('button', { name: 'Remove photo 2 (Left side)' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove photo' }).click();
  await expect(dialog).toBeHidden();
  await expectThumbnailsShown(page, 1);
  expect(readDb(photoRows)).toHaveLength(1);
  await expect(page.getByRole('heading', { name: 'Photos', level: 2 })).toBeFocused();
});

test('a finalized assessment shows its photos read-only', async ({ page, core, gotoApp }) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const photo = await addPhoto(core, assessmentId, 'anterior');
  await call(core, 'assessments:finalize', { id: assessmentId, revision: 1 });
  const photos = await openPhotos(page, gotoApp, assessmentId);
  await expect(
    photos.getByText('This assessment is finalized. Amend it to add or change photos.'),
  ).toBeVisible();
  await expectThumbnailsShown(page, 1);
  await expect(photos.getByText('Front', { exact: true })).toBeVisible();
  await expect(photos.getByRole('combobox')).toHaveCount(0);
  await expect(photos.getByRole('button', { name: /Add photos|Take a photo|Remove/ })).toHaveCount(
    0,
  );
  await expect(photos.getByRole('link', { name: 'Open photo 1 (Front)' })).toHaveAttribute(
    'href',
    `#/assessments/${assessmentId}/photos/${photo.id}`,
  );
});

test('discarding an amendment that moved the landmark and replaced the photo brings the finalized photo and landmark back', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const original = await addPhoto(core, assessmentId, 'anterior');
  const knee = (x: number): LandmarkSet => ({ points: { 'knee-left': { x, y: 600 } } });
  await call(core, 'photos:saveLandmarks', { id: original.id, landmarks: knee(250) });
  await call(core, 'assessments:finalize', { id: assessmentId, revision: 1 });
  const finalRows = () =>
    readDb((db) =>
      db
        .prepare('SELECT id, hash, view, landmarks FROM photos WHERE revision = 1 ORDER BY id')
        .all(),
    );
  const signed = finalRows();

  const photos = await openPhotos(page, gotoApp, assessmentId);
  await page.getByRole('button', { name: 'Amend' }).click();
  const amend = page.getByRole('dialog', { name: 'Amend this assessment' });
  await amend.getByLabel('Reason for amending').fill('Knee landmark was misplaced');
  await amend.getByRole('button', { name: 'Open a new revision' }).click();
  await expect(page.getByText(/Draft, revision 2/)).toBeVisible();
  await expectThumbnailsShown(page, 1);

  // The amendment works on its own copy: move its landmark (dragging is covered by the
  // annotator's own tests), add a back photo, and remove the front one.
  const copyId = readDb(
    (db) =>
      db
        .prepare('SELECT id FROM photos WHERE assessment_id = ? AND revision = 2')
        .pluck()
        .get(assessmentId) as string,
  );
  expect(copyId).not.toBe(original.id);
  await call(core, 'photos:saveLandmarks', { id: copyId, landmarks: knee(330) });
  await photos.locator('input[type="file"]').setInputFiles({
    name: 'back.jpg',
    mimeType: 'image/jpeg',
    buffer: await figurePhoto('#4a3a30').jpeg().toBuffer(),
  });
  await photos.getByLabel('View of back.jpg').selectOption('posterior');
  await photos.getByRole('button', { name: 'Add 1 photo' }).click();
  await expectThumbnailsShown(page, 2);
  await photos.getByRole('button', { name: 'Remove photo 1 (Front)' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove photo' }).click();
  await expectThumbnailsShown(page, 1);
  await expect(photos.getByLabel('View of photo 1')).toHaveValue('posterior');

  await page.getByRole('button', { name: 'Discard draft' }).click();
  await page
    .getByRole('alertdialog', { name: /Discard/ })
    .getByRole('button', { name: /Discard/ })
    .click();
  await expect(
    page.getByText('The amendment was discarded; the finalized revision is shown.'),
  ).toBeVisible();

  // The finalized front photo is back, with its landmark where it was placed.
  const restored = section(page, 'Photos');
  await expectThumbnailsShown(page, 1);
  await expect(restored.getByText('Front', { exact: true })).toBeVisible();
  await expect(restored.getByText('1 landmark')).toBeVisible();
  await expect(restored.getByRole('link', { name: 'Open photo 1 (Front)' })).toHaveAttribute(
    'href',
    `#/assessments/${assessmentId}/photos/${original.id}`,
  );
  expect(finalRows()).toEqual(signed);
  await restored.getByRole('link', { name: 'Open photo 1 (Front)' }).click();
  await expect(page.getByTestId('annotator-read-only')).toContainText('finalized');
  await expect(page.locator('svg [data-landmark="knee-left"] circle').last()).toHaveAttribute(
    'cx',
    '250',
  );
});

test('reading an earlier revision shows that revision’s own photos and landmarks', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const original = await addPhoto(core, assessmentId, 'anterior');
  await call(core, 'photos:saveLandmarks', {
    id: original.id,
    landmarks: { points: { 'knee-left': { x: 250, y: 600 } } },
  });
  await call(core, 'assessments:finalize', { id: assessmentId, revision: 1 });
  await call(core, 'assessments:amend', { id: assessmentId, reason: 'New photos' });
  const [copy] = await call<PhotoInfo[]>(core, 'photos:listForAssessment', { assessmentId });
  await call(core, 'photos:remove', { id: copy!.id });
  await addPhoto(core, assessmentId, 'posterior', '#4a3a30');

  const photos = await openPhotos(page, gotoApp, assessmentId);
  await expect(photos.getByLabel('View of photo 1')).toHaveValue('posterior');
  await page.getByRole('button', { name: 'Revisions', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'Revisions of this assessment' });
  await expect(history.getByRole('row').nth(2)).toContainText('clinical-rules-');
  await expectNoSeriousA11yViolations(page);
  await history.getByRole('button', { name: 'View revision 1' }).click();
  await expect(page.getByText('You are reading revision 1 as it was.')).toBeVisible();
  const older = section(page, 'Photos');
  await expect(older.getByText(/photos and landmarks of this revision as it was/)).toBeVisible();
  await expectThumbnailsShown(page, 1);
  await expect(older.getByText('Front', { exact: true })).toBeVisible();
  await older.getByRole('link', { name: 'Open photo 1 (Front)' }).click();
  await expect(page.getByTestId('annotator-read-only')).toContainText('revision 1');
  await expect(page.locator('svg [data-landmark="knee-left"] circle').last()).toHaveAttribute(
    'cx',
    '250',
  );
});

test.describe('with a (fake) webcam', () => {
  test('takes a photo with the camera, with the timer, keeps it and adds it', async ({
    page,
    core,
    gotoApp,
    readDb,
  }) => {
    const { assessmentId } = await seedAssessment(core, { withPrevious: false });
    await addPhoto(core, assessmentId, 'anterior');
    const photos = await openPhotos(page, gotoApp, assessmentId);
    await photos.getByRole('button', { name: 'Take a photo…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Take a photo' });
    await expect(dialog.getByRole('button', { name: 'Take photo' })).toBeEnabled();
    await expect
      .poll(() => dialog.locator('video').evaluate((video: HTMLVideoElement) => video.videoWidth))
      .toBeGreaterThan(0);
    // The next view without a photo is suggested.
    await expect(dialog.getByLabel('View')).toHaveValue('posterior');
    await expectNoSeriousA11yViolations(page);

    await dialog.getByLabel(/Wait 3 seconds/).check();
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Take photo in 3 s' }).click();
    await expect(dialog.locator('.camera-countdown')).toBeVisible();
    const review = page.getByRole('dialog', { name: 'Keep this photo?' });
    await expect(review).toBeVisible({ timeout: 6_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);

    await review.getByRole('button', { name: 'Retake' }).click();
    await dialog.getByLabel(/Wait 3 seconds/).uncheck();
    await dialog.getByRole('button', { name: 'Take photo' }).click();
    await expect(review.getByRole('img', { name: 'The photo just taken' })).toBeVisible();
    await review.getByRole('button', { name: 'Keep photo' }).click();
    await expect(review).toBeHidden();

    await expect(
      photos.getByRole('status').filter({ hasText: 'The photo was added.' }),
    ).toBeVisible();
    await expectThumbnailsShown(page, 2);
    await expect(photos.getByRole('button', { name: 'Take a photo…' })).toBeFocused();
    const rows = readDb((db) =>
      db.prepare('SELECT view, media_type AS type, width FROM photos ORDER BY created_at').all(),
    ) as { view: string; type: string; width: number }[];
    expect(rows[1]).toMatchObject({ view: 'posterior', type: 'image/jpeg' });
    expect(rows[1]!.width).toBeGreaterThan(100);
  });
});

test('says so in plain words when the camera is refused or missing', async ({
  page,
  core,
  gotoApp,
}) => {
  // Stands in for the operating system's answer, which a test machine cannot be made to give.
  await page.addInitScript(() => {
    const answer = () => sessionStorage.getItem('camera-answer') ?? 'NotAllowedError';
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('refused', answer()));
  });
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const photos = await openPhotos(page, gotoApp, assessmentId);
  await photos.getByRole('button', { name: 'Take a photo…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take a photo' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Stance is not allowed to use the camera. Allow camera access for Stance in your computer’s privacy settings, then try again.',
  );
  await expect(dialog.getByRole('button', { name: 'Take photo' })).toBeDisabled();

  await page.evaluate(() => sessionStorage.setItem('camera-answer', 'NotFoundError'));
  await page.reload();
  await formReady(page);
  await section(page, 'Photos').getByRole('button', { name: 'Take a photo…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'No camera was found. Connect a webcam, then try again.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    section(page, 'Photos').getByRole('button', { name: 'Take a photo…' }),
  ).toBeFocused();
});

/** Landmarks on a 600×900 front photo: level or dropped right shoulder, feet at y = `feet`. */
function frontLandmarks(rightShoulderDrop: number, shift = 0, feet = 800): LandmarkSet {
  const at = (x: number, y: number) => ({ x: x + shift, y });
  return {
    points: {
      'eye-right': at(280, feet - 660),
      'eye-left': at(320, feet - 660),
      'acromion-right': at(230, feet - 560 + rightShoulderDrop),
      'acromion-left': at(370, feet - 560),
      'ankle-right': at(270, feet),
      'ankle-left': at(330, feet),
    },
  };
}

async function seedComparison(core: StanceCore): Promise<Client> {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Ines',
    lastName: 'Haddad',
    dateOfBirth: '1975-06-02',
  });
  const visits = [
    { on: daysAgo(60), drop: 0, shift: 0, feet: 800, final: true },
    { on: daysAgo(2), drop: 7, shift: 60, feet: 760, final: false },
  ];
  for (const visit of visits) {
    const assessment = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: visit.on,
    });
    const photo = await addPhoto(core, assessment.assessmentId, 'anterior');
    await call(core, 'photos:saveLandmarks', {
      id: photo.id,
      landmarks: frontLandmarks(visit.drop, visit.shift, visit.feet),
    });
    if (visit.final)
      await call(core, 'assessments:finalize', { id: assessment.assessmentId, revision: 1 });
  }
  return client;
}

test('compares the same view from two assessments, lined up on the feet, with the change', async ({
  page,
  core,
  gotoApp,
}) => {
  const client = await seedComparison(core);
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('link', { name: 'Compare photos' }).click();
  await expect(
    page.getByRole('heading', { name: 'Compare photos: Ines Haddad', level: 1 }),
  ).toBeVisible();

  const images = page.locator('.compare-frame img');
  await expect(images).toHaveCount(2);
  for (const image of await images.all())
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
  await expect(page.getByTestId('alignment-note')).toContainText(
    'Lined up on the midpoint between the ankles. Scaled so the height from the feet to the right eye is the same in both.',
  );

  // On screen, both pairs of ankles sit on one line and both right eyes on another.
  const screenY = async (index: number, y: number) => {
    const box = (await images.nth(index).boundingBox())!;
    return box.y + (y / 900) * box.height;
  };
  expect(Math.abs((await screenY(0, 800)) - (await screenY(1, 760)))).toBeLessThan(1);
  expect(Math.abs((await screenY(0, 140)) - (await screenY(1, 100)))).toBeLessThan(1);

  const shoulders = page.locator('tr[data-measure="shoulder-tilt"]');
  await expect(shoulders.locator('td').nth(0)).toContainText('0.0°');
  await expect(shoulders.locator('td').nth(1)).toContainText('2.9°');
  await expect(shoulders.locator('td').nth(1)).toContainText('right side lower');
  await expect(shoulders.locator('td').nth(2)).toHaveText('+2.9°');
  await expect(page.locator('tr[data-measure="pelvic-tilt"] td').nth(2)).toHaveText(
    '—Not measured on both photos',
  );

  await expectNoSeriousA11yViolations(page);
});
