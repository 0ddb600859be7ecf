/**
 * Suggested points from the pose model, in the real renderer with the real model: a real
 * photograph of a man seen from behind (tests/fixtures/pose/README.md says where it comes from).
 * The points land in anatomical order and on the right sides, what the model is unsure of stays a
 * gap, she confirms them by mouse and by keyboard, and nothing is fetched from outside the app.
 * The printed report leaves unconfirmed suggestions out until she confirms them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { PhotoInfo } from '../../shared/channels/photos';
import { formatWithUnit } from '../../shared/domain/clinical';
import { measurePhoto } from '../../shared/domain/photo-measures';
import type { LandmarkSet } from '../../shared/domain/photo-views';
import type { StanceCore } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { formReady, seedAssessment, section } from './assessment-helpers';
import { APP_ORIGIN, expect, test, type ReadOnlyDb } from './fixtures';
import { CONTENT_WIDTH_PX, openPrintRoute, pdfPagePixels, pdfPageTexts } from './print-helpers';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/pose/walker-from-behind.png');
/** The model loads once per worker, then runs in well under a second; this covers a busy machine. */
const DETECTION_TIMEOUT = 60_000;

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** The photograph enlarged tenfold (660×1260), optionally cut off at `keepHeight` photo pixels. */
async function walkerJpeg(keepHeight?: number): Promise<string> {
  let image = sharp(fs.readFileSync(FIXTURE)).resize(660, 1260, { kernel: 'lanczos3' });
  if (keepHeight)
    image = sharp(await image.png().toBuffer()).extract({
      left: 0,
      top: 0,
      width: 660,
      height: keepHeight,
    });
  return (await image.jpeg({ quality: 92 }).toBuffer()).toString('base64');
}

/** The same photograph with the man shrunk to `scale` in the middle of a frame of the same size. */
async function walkerFurtherAway(scale: number): Promise<string> {
  const width = Math.round(660 * scale);
  const height = Math.round(1260 * scale);
  const small = await sharp(fs.readFileSync(FIXTURE))
    .resize(width, height, { kernel: 'lanczos3' })
    .png()
    .toBuffer();
  const left = Math.floor((660 - width) / 2);
  const top = Math.floor((1260 - height) / 2);
  const framed = sharp(small).extend({
    left,
    right: 660 - width - left,
    top,
    bottom: 1260 - height - top,
    background: '#9a9a96',
  });
  return (await framed.jpeg({ quality: 92 }).toBuffer()).toString('base64');
}

async function seedBackPhoto(core: StanceCore, keepHeight?: number) {
  const { assessmentId, client } = await seedAssessment(core, { withPrevious: false });
  const photo = await call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view: 'posterior',
    fileName: 'back.jpg',
    dataBase64: await walkerJpeg(keepHeight),
  });
  return { url: `/assessments/${assessmentId}/photos/${photo.id}`, photo, clientId: client.id };
}

const stage = (page: Page) => page.getByRole('application', { name: /Photo area/ });
const announcement = (page: Page) => page.getByTestId('annotator-announcement');
const dot = (page: Page, id: string) => page.locator(`svg [data-landmark="${id}"]`);
const suggestedDots = (page: Page) => page.locator('svg [data-landmark][data-suggested="true"]');

async function openAnnotator(page: Page, gotoApp: (path: string) => Promise<void>, url: string) {
  await gotoApp(url);
  await expect(stage(page)).toBeVisible();
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('.photo-overlay img');
    return Boolean(image?.complete && image.naturalWidth > 0);
  });
}

/** Where a landmark's dot is, in photo pixels, read from what is drawn. */
async function drawnAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  const circle = dot(page, id).locator('circle').last();
  return {
    x: Number(await circle.getAttribute('cx')),
    y: Number(await circle.getAttribute('cy')),
  };
}

function stored(db: ReadOnlyDb, photoId: string): LandmarkSet {
  const row = db.prepare('SELECT landmarks FROM photos WHERE id = ?').get(photoId) as {
    landmarks: string;
  };
  return JSON.parse(row.landmarks) as LandmarkSet;
}

test('suggested points on a real photo: plausible, confirmed by mouse and keyboard, offline', async ({
  page,
  context,
  core,
  gotoApp,
  readDb,
}) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const { url, photo } = await seedBackPhoto(core);
  await openAnnotator(page, gotoApp, url);

  await page.getByRole('button', { name: 'Suggest points' }).click();
  await expect(page.getByText('8 points suggested.')).toBeVisible({ timeout: DETECTION_TIMEOUT });
  await expect(suggestedDots(page)).toHaveCount(8);
  // What no model finds is not guessed: no dot for the shoulder tips, hip bones or PSIS.
  for (const id of ['acromion-right', 'iliac-crest-left', 'psis-right'])
    await expect(dot(page, id)).toHaveCount(0);
  await expect(page.getByText('8 suggested points wait for you.')).toBeVisible();
  // The whole man is in the photo and the camera level: the capture check has nothing to say.
  await expect(page.getByTestId('capture-notes')).toHaveCount(0);

  // Head to feet, and from behind the client's right is on the image's right.
  const at = Object.fromEntries(
    await Promise.all(
      ['ear', 'knee', 'ankle', 'heel'].flatMap((part) =>
        ['right', 'left'].map(async (side) => {
          const id = `${part}-${side}`;
          return [id, await drawnAt(page, id)] as const;
        }),
      ),
    ),
  );
  for (const side of ['right', 'left']) {
    expect(at[`ear-${side}`]!.y).toBeLessThan(at[`knee-${side}`]!.y);
    expect(at[`knee-${side}`]!.y).toBeLessThan(at[`ankle-${side}`]!.y);
    expect(at[`ankle-${side}`]!.y).toBeLessThan(at[`heel-${side}`]!.y);
  }
  for (const part of ['ear', 'knee', 'ankle', 'heel'])
    expect(at[`${part}-right`]!.x).toBeGreaterThan(at[`${part}-left`]!.x);
  // The head is in the photo's top fifth and the heels in its bottom fifth (1260 px tall).
  expect(at['ear-right']!.y).toBeLessThan(1260 / 5);
  expect(at['heel-left']!.y).toBeGreaterThan((1260 * 4) / 5);

  // Until she confirms the ears, the head tilt is provisional.
  const headTilt = page.locator('[data-measure="head-tilt"]');
  await expect(headTilt).toContainText('provisional');
  await expect(page.getByRole('radio', { name: /^Ear \(lobe\), right\s*, suggested/ })).toHaveCount(
    1,
  );

  // Accept one by its button...
  await page.getByRole('button', { name: 'Accept Ear (lobe), right' }).click();
  await expect(dot(page, 'ear-right')).not.toHaveAttribute('data-suggested', 'true');
  // ...and one by keyboard: the photo focused, N moves to the left ear, A accepts it.
  await stage(page).focus();
  await page.keyboard.press('n');
  await expect(announcement(page)).toContainText('Ear (lobe), left');
  await page.keyboard.press('a');
  await expect(announcement(page)).toHaveText('Ear (lobe), left accepted.');
  await expect(headTilt).not.toContainText('provisional');
  await expect(headTilt).toContainText('°');

  // Dragging a suggestion by mouse confirms it where she drops it.
  const knee = dot(page, 'knee-right').locator('circle').last();
  const box = (await knee.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 15, box.y + box.height / 2 + 5, { steps: 5 });
  await page.mouse.up();
  await expect(dot(page, 'knee-right')).not.toHaveAttribute('data-suggested', 'true');
  // Nudging one with the arrow keys confirms it too.
  await stage(page).focus();
  await page
    .getByRole('radio', { name: /^Ankle \(midway between the ankle bones\), left/ })
    .check();
  await stage(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(dot(page, 'ankle-left')).not.toHaveAttribute('data-suggested', 'true');
  await expect(page.getByText('4 suggested points wait for you.')).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Accept all suggestions' }).click();
  await expect(suggestedDots(page)).toHaveCount(0);
  await expect
    .poll(() =>
      readDb((db) =>
        Object.values(stored(db, photo.id).provenance ?? {}).every((entry) => entry.confirmed),
      ),
    )
    .toBe(true);

  const saved = readDb((db) => stored(db, photo.id));
  expect(Object.keys(saved.provenance ?? {}).sort()).toEqual(Object.keys(at).sort());
  for (const entry of Object.values(saved.provenance ?? {})) {
    expect(entry).toMatchObject({
      source: 'suggested',
      model: 'blazepose-full',
      modelVersion: 'human-models-3.0.4',
      confirmed: true,
    });
    expect(entry.confidence).toBeGreaterThanOrEqual(0.5);
  }
  expect(saved.provenance?.['knee-right']?.moved).toBe(true);
  expect(saved.provenance?.['ankle-left']?.moved).toBe(true);
  expect(saved.provenance?.['ear-right']?.moved).toBe(false);
  expect(saved.points['ankle-left']!.x).toBeCloseTo(at['ankle-left']!.x - 1, 0);

  // The model came from the app itself; nothing else was asked for (the fixture also checks).
  expect(requested.some((address) => address.endsWith('/pose/blazepose-full.bin'))).toBe(true);
  expect(requested.filter((address) => !address.startsWith(APP_ORIGIN))).toEqual([]);
});

test('points the model cannot see are gaps, and unconfirmed suggestions are not counted', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  // The same man cut off above the knees: knees, ankles and heels are out of the photo.
  const { url, photo } = await seedBackPhoto(core, 800);
  await openAnnotator(page, gotoApp, url);
  await page.getByRole('button', { name: 'Suggest points' }).click();
  await expect(page.getByTestId('suggest-not-found')).toContainText(
    'Ankle (midway between the ankle bones), right',
    { timeout: DETECTION_TIMEOUT },
  );
  await expect(page.getByTestId('suggest-not-found')).toContainText('Heel (centre), left');
  // The capture check says so on the photo, and steps aside when she hides it.
  const notes = page.getByTestId('capture-notes');
  await expect(notes).toContainText(
    'The feet could not be made out: they may be cut off at the bottom edge, or hidden.',
  );
  await notes.getByRole('button', { name: 'Hide' }).click();
  await expect(notes).toHaveCount(0);
  for (const id of [
    'knee-right',
    'knee-left',
    'ankle-right',
    'ankle-left',
    'heel-right',
    'heel-left',
  ])
    await expect(dot(page, id)).toHaveCount(0);
  await expect(dot(page, 'ear-right')).toHaveAttribute('data-suggested', 'true');
  await expect(page.locator('[data-measure="head-tilt"]')).toContainText('provisional');
  await expect
    .poll(() => readDb((db) => stored(db, photo.id).provenance?.['ear-right']?.confirmed))
    .toBe(false);

  // What main hands to print, comparisons and progress: the photo's measures leave them out.
  const listed = await call<PhotoInfo[]>(core, 'photos:listForAssessment', {
    assessmentId: photo.assessmentId,
  });
  const headTilt = measurePhoto('posterior', listed[0]!.landmarks).find(
    (item) => item.id === 'head-tilt',
  );
  expect(headTilt?.status).toBe('not-measured');

  // Removing the suggestions leaves nothing behind.
  await page.getByRole('button', { name: 'Remove suggestions' }).click();
  await expect(suggestedDots(page)).toHaveCount(0);
});

test('a photo framed differently from the last visit’s is pointed out, in plain words', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId, client } = await seedAssessment(core, { withPrevious: false });
  const earlier = await call<{ assessmentId: string }>(core, 'assessments:create', {
    clientId: client.id,
    assessedOn: '2026-03-03',
  });
  await call(core, 'photos:add', {
    assessmentId: earlier.assessmentId,
    view: 'posterior',
    fileName: 'back-march.jpg',
    dataBase64: await walkerJpeg(),
  });
  const photo = await call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view: 'posterior',
    fileName: 'back-today.jpg',
    dataBase64: await walkerFurtherAway(0.7),
  });
  await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);
  await page.getByRole('button', { name: 'Suggest points' }).click();
  const notes = page.getByTestId('capture-notes');
  await expect(notes).toContainText(
    /The client stands noticeably further from the camera than in the photo from .*3.*2026 \(the body fills \d+% less of the photo’s height\); comparisons of distances between visits will be less fair\./,
    { timeout: DETECTION_TIMEOUT },
  );
  // Never in the way: the suggestions came as usual, and the photo can still be worked on.
  await expect(suggestedDots(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept all suggestions' })).toBeEnabled();
});

test('with the setting on, an imported photo arrives with suggested points, unconfirmed', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const importBack = async (name: string, jpegBase64: string) => {
    await gotoApp(`/assessments/${assessmentId}`);
    await formReady(page);
    const photos = section(page, 'Photos');
    await photos.scrollIntoViewIfNeeded();
    await photos.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'image/jpeg',
      buffer: Buffer.from(jpegBase64, 'base64'),
    });
    await photos.getByLabel(`View of ${name}`).selectOption('posterior');
    await photos.getByRole('button', { name: 'Add 1 photo' }).click();
    await expect(
      photos.getByRole('status').filter({ hasText: 'The photo was added.' }),
    ).toBeVisible({ timeout: DETECTION_TIMEOUT });
  };
  /** The stored landmarks of each photo, in the order they were added. */
  const storedInOrder = () =>
    readDb((db) =>
      (
        db.prepare('SELECT landmarks FROM photos ORDER BY rowid').all() as { landmarks: string }[]
      ).map((row) => JSON.parse(row.landmarks) as LandmarkSet),
    );

  // Off unless she turns it on: the first photo comes in bare.
  await importBack('back-first.jpg', await walkerFurtherAway(0.9));
  expect(storedInOrder().map((set) => Object.keys(set.points ?? {}).length)).toEqual([0]);

  await gotoApp('/settings');
  const setting = page.getByRole('checkbox', {
    name: /Suggest points automatically when a photo is imported/,
  });
  await expect(setting).not.toBeChecked();
  await setting.check();
  await expect
    .poll(async () => {
      const result = await core.route('settings:get', {});
      return (
        result.ok && (result.value as { suggestPointsOnImport: boolean }).suggestPointsOnImport
      );
    })
    .toBe(true);

  await importBack('back-second.jpg', await walkerJpeg());
  const second = storedInOrder()[1]!;
  const entries = Object.values(second.provenance ?? {});
  expect(entries).toHaveLength(8);
  for (const entry of entries)
    expect(entry).toMatchObject({ source: 'suggested', model: 'blazepose-full', confirmed: false });
  // Provisional as from the button: the annotator shows them waiting for her.
  const photo = (await call<PhotoInfo[]>(core, 'photos:listForAssessment', { assessmentId })).find(
    (item) => Object.keys(item.landmarks.points).length > 0,
  )!;
  await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);
  await expect(page.getByText('8 suggested points wait for you.')).toBeVisible();
  await expect(suggestedDots(page)).toHaveCount(8);
});

/** Prints the page's report as main's hidden window would, and reads it back. */
async function printedReport(page: Page, name: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stance-pose-print-')), name);
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH_PX.report.A4), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return { text: pdfPageTexts(file).join(' '), pages: await pdfPagePixels(file) };
}

test('a measure from unconfirmed suggestions is not printed until she confirms its points', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { url, photo, clientId } = await seedBackPhoto(core);
  // Her own shoulder tips, placed by hand: the shoulder tilt counts from the start.
  await call(core, 'photos:saveLandmarks', {
    id: photo.id,
    landmarks: {
      points: { 'acromion-right': { x: 560, y: 352 }, 'acromion-left': { x: 310, y: 346 } },
    },
  });
  const printRoute = `/print/report/${clientId}/${photo.assessmentId}`;
  const printedDot = (id: string) => page.locator(`.report-photo svg [data-landmark="${id}"]`);
  const measureLine = (id: 'head-tilt' | 'shoulder-tilt') => {
    const listed = measurePhoto(
      'posterior',
      readDb((db) => stored(db, photo.id)),
    );
    const result = listed.find((item) => item.id === id);
    if (result?.status !== 'measured') throw new Error(`${id} should be measured`);
    return `${formatWithUnit(Math.abs(result.value), 'deg')}, ${result.direction}`;
  };

  await openPrintRoute(page, APP_ORIGIN, printRoute);
  const handOnly = await printedReport(page, 'hand-placed-only.pdf');
  const shoulderTilt = `Shoulder tilt: ${measureLine('shoulder-tilt')}`;
  expect(handOnly.text).toContain(shoulderTilt);
  expect(handOnly.text).toMatch(/Not measured \(points not marked\): Head tilt;/);

  await openAnnotator(page, gotoApp, url);
  await page.getByRole('button', { name: 'Suggest points' }).click();
  await expect(page.getByText('8 points suggested.')).toBeVisible({ timeout: DETECTION_TIMEOUT });
  await expect(page.locator('[data-measure="head-tilt"]')).toContainText('provisional');
  await expect
    .poll(() => readDb((db) => stored(db, photo.id).provenance?.['ear-right']?.confirmed))
    .toBe(false);

  // Eight suggestions stored and waiting: the printed report is the same, pixel for pixel.
  await openPrintRoute(page, APP_ORIGIN, printRoute);
  await expect(printedDot('acromion-right')).toHaveCount(1);
  await expect(printedDot('ear-right')).toHaveCount(0);
  const waiting = await printedReport(page, 'suggestions-waiting.pdf');
  expect(waiting.text).toContain(shoulderTilt);
  expect(waiting.text).toMatch(/Not measured \(points not marked\): Head tilt;/);
  expect(waiting.text).not.toMatch(/Head tilt: \d/);
  expect(waiting.pages).toEqual(handOnly.pages);

  await openAnnotator(page, gotoApp, url);
  await page.getByRole('button', { name: 'Accept all suggestions' }).click();
  await expect(suggestedDots(page)).toHaveCount(0);
  await expect
    .poll(() => readDb((db) => stored(db, photo.id).provenance?.['ear-right']?.confirmed))
    .toBe(true);

  // Confirmed, the head tilt prints with its number and the ears are drawn on the photo.
  await openPrintRoute(page, APP_ORIGIN, printRoute);
  for (const id of ['ear-right', 'ear-left', 'knee-right', 'heel-left'])
    await expect(printedDot(id)).toHaveCount(1);
  const confirmed = await printedReport(page, 'suggestions-confirmed.pdf');
  expect(confirmed.text).toContain(`Head tilt: ${measureLine('head-tilt')}`);
  expect(confirmed.text).toContain(shoulderTilt);
  expect(confirmed.text).not.toMatch(/Not measured \(points not marked\): Head tilt/);
  expect(confirmed.pages).not.toEqual(handOnly.pages);
});
