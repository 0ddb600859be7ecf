/**
 * The photo annotator in the real renderer: landmarks placed by keyboard alone and by mouse, the
 * measures they give, everything still there after a reload and in the database, and a finalized
 * assessment's photo shown read-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { PhotoView } from '../../shared/domain/photo-views';
import type { StanceCore } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { PREVIOUS_BODY, seedAssessment } from './assessment-helpers';
import { expect, test, type ReadOnlyDb } from './fixtures';

const WIDTH = 800;
const HEIGHT = 1000;

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** A plain figure against a wall, enough to look like a posture photo in the screenshots. */
async function figureJpeg(): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="#d9d4cc"/>
    <rect y="880" width="100%" height="120" fill="#a89f91"/>
    <g fill="#6f5646">
      <ellipse cx="400" cy="170" rx="55" ry="70"/>
      <rect x="375" y="230" width="50" height="50"/>
      <path d="M300 280 H500 L520 560 H280 Z"/>
      <path d="M300 280 L250 300 L230 560 L265 565 L290 330 Z"/>
      <path d="M500 280 L550 300 L570 560 L535 565 L510 330 Z"/>
      <path d="M285 560 H395 L385 900 H330 Z"/>
      <path d="M405 560 H515 L470 900 H415 Z"/>
    </g>
  </svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
  return jpeg.toString('base64');
}

async function seedPhoto(
  core: StanceCore,
  { final = false, view = 'anterior' }: { final?: boolean; view?: PhotoView } = {},
): Promise<{ assessmentId: string; photo: PhotoInfo }> {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const photo = await call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view,
    fileName: 'front.jpg',
    dataBase64: await figureJpeg(),
  });
  if (final) {
    const draft = await call<Assessment>(core, 'assessments:get', { id: assessmentId });
    await call(core, 'assessments:saveDraft', {
      id: assessmentId,
      revision: draft.revision,
      assessedOn: draft.assessedOn,
      body: PREVIOUS_BODY,
    });
    await call(core, 'assessments:finalize', { id: assessmentId, revision: draft.revision });
  }
  return { assessmentId, photo };
}

const stage = (page: Page) => page.getByRole('application', { name: /Photo area/ });
const measure = (page: Page, id: string) => page.locator(`[data-measure="${id}"]`);
const announcement = (page: Page) => page.getByTestId('annotator-announcement');

async function openAnnotator(page: Page, gotoApp: (path: string) => Promise<void>, url: string) {
  await gotoApp(url);
  await expect(stage(page)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Front view photo with landmarks' })).toBeVisible();
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('.photo-overlay img');
    return Boolean(image?.complete && image.naturalWidth > 0);
  });
}

/** Reaches the photo with Tab alone, as a keyboard user would. */
async function tabToStage(page: Page): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    const onStage = await page.evaluate(
      () => document.activeElement?.getAttribute('role') === 'application',
    );
    if (onStage) return;
  }
  throw new Error('Tab never reached the photo');
}

/** A landmark in the list, marked placed ("…, placed"; never "not placed"). */
const placedName = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s*, placed$`);

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let count = 0; count < times; count += 1) await page.keyboard.press(key);
}

function storedLandmarks(db: ReadOnlyDb, photoId: string) {
  const row = db.prepare('SELECT landmarks FROM photos WHERE id = ?').get(photoId) as {
    landmarks: string;
  };
  return JSON.parse(row.landmarks) as {
    points: Record<string, { x: number; y: number }>;
    confirmedPairs?: string[];
  };
}

test('landmarks placed by keyboard give the measures, and survive a reload', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId, photo } = await seedPhoto(core);
  const url = `/assessments/${assessmentId}/photos/${photo.id}`;
  await openAnnotator(page, gotoApp, url);
  await expect(page.getByRole('heading', { name: 'Landmarks: front view' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Eye \(pupil\), right/ })).toBeChecked();
  await expect(measure(page, 'shoulder-tilt')).toContainText(
    'Not measured Place Shoulder tip (acromion), right and Shoulder tip (acromion), left.',
  );

  await tabToStage(page);
  // The eyes are skipped: N twice selects the right shoulder tip.
  await press(page, 'n', 2);
  await expect(announcement(page)).toHaveText('Shoulder tip (acromion), right, not placed.');
  // Enter puts it in the middle of the view, the photo's centre when it is fitted.
  await page.keyboard.press('Enter');
  await expect(announcement(page)).toHaveText(
    'Shoulder tip (acromion), right placed at x 400, y 500. Next: Shoulder tip (acromion), left.',
  );
  // Placing moves on to the next landmark; P steps back to the one just placed to move it.
  await page.keyboard.press('Enter');
  await page.keyboard.press('p');
  await expect(announcement(page)).toHaveText('Shoulder tip (acromion), left, placed.');
  await press(page, 'Shift+ArrowRight', 10);
  await press(page, 'ArrowDown', 10);
  await expect(announcement(page)).toHaveText('Shoulder tip (acromion), left at x 500, y 510.');
  // Right higher by 10 px over 100 px: atan(10/100) = 5.71°, left side lower.
  await expect(measure(page, 'shoulder-tilt')).toContainText('−5.7°');
  await expect(measure(page, 'shoulder-tilt')).toContainText('left side lower');

  // Iliac crests, next in the list: the left one moved 200 px right and 7 px up.
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('p');
  await press(page, 'Shift+ArrowRight', 20);
  await press(page, 'ArrowUp', 7);
  await expect(measure(page, 'iliac-crest-tilt')).toContainText('2.0°');
  await expect(measure(page, 'iliac-crest-tilt')).toContainText('right side lower');

  // Front hip points (ASIS) give the pelvic tilt: 3 px over 150 px is 1.1°.
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('p');
  await press(page, 'Shift+ArrowRight', 15);
  await press(page, 'ArrowDown', 3);
  await expect(measure(page, 'pelvic-tilt')).toContainText('−1.1°');
  await expect(measure(page, 'pelvic-tilt')).toContainText('left side lower');
  await expect(page.getByText('6 of 14 landmarks placed')).toBeVisible();

  // Back to the left shoulder tip and level it with the right.
  await press(page, 'p', 4);
  await expect(announcement(page)).toHaveText('Shoulder tip (acromion), left, placed.');
  await press(page, 'ArrowUp', 10);
  await expect(measure(page, 'shoulder-tilt')).toContainText('0.0°');
  await expect(measure(page, 'shoulder-tilt')).toContainText('level');

  await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(stage(page)).toBeVisible();
  await expect(page.getByText('6 of 14 landmarks placed')).toBeVisible();
  for (const name of [
    'Shoulder tip (acromion), right',
    'Shoulder tip (acromion), left',
    'Top of the hip bone (iliac crest), right',
    'Top of the hip bone (iliac crest), left',
    'Front hip point (ASIS), right',
    'Front hip point (ASIS), left',
  ])
    await expect(page.getByRole('radio', { name: placedName(name) })).toHaveCount(1);
  await expect(measure(page, 'shoulder-tilt')).toContainText('0.0°');
  await expect(measure(page, 'iliac-crest-tilt')).toContainText('2.0°');
  await expect(measure(page, 'pelvic-tilt')).toContainText('−1.1°');
  await expect(measure(page, 'head-tilt')).toContainText('Not measured');
  await expect(page.locator('svg [data-landmark]')).toHaveCount(6);

  const stored = readDb((db) => storedLandmarks(db, photo.id));
  expect(stored.points).toEqual({
    'acromion-right': { x: 400, y: 500 },
    'acromion-left': { x: 500, y: 500 },
    'iliac-crest-right': { x: 400, y: 500 },
    'iliac-crest-left': { x: 600, y: 493 },
    'asis-right': { x: 400, y: 500 },
    'asis-left': { x: 550, y: 503 },
  });
});

test('a landmark is placed by a click and moved by dragging it', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId, photo } = await seedPhoto(core);
  await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);
  const image = page.locator('.photo-overlay img');
  const box = (await image.boundingBox())!;
  const perPixel = box.width / WIDTH;
  const screenOf = (x: number, y: number) => ({
    x: box.x + x * perPixel,
    y: box.y + y * perPixel,
  });

  const eye = screenOf(370, 160);
  await page.mouse.click(eye.x, eye.y);
  await expect(announcement(page)).toContainText('Eye (pupil), right placed at x 370, y 160');
  await expect(page.getByRole('radio', { name: /Eye \(pupil\), left/ })).toBeChecked();

  // A drag on empty photo pans: nothing is placed.
  const empty = screenOf(150, 700);
  await page.mouse.move(empty.x, empty.y);
  await page.mouse.down();
  await page.mouse.move(empty.x + 60, empty.y + 20, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('svg [data-landmark]')).toHaveCount(1);

  // The pan moved the photo: find the eye again where it is drawn now, and drag it.
  const dot = page.locator('svg [data-landmark="eye-right"] circle').last();
  const dotBox = (await dot.boundingBox())!;
  const start = { x: dotBox.x + dotBox.width / 2, y: dotBox.y + dotBox.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30 * perPixel, start.y + 10 * perPixel, { steps: 8 });
  await page.mouse.up();
  await expect(announcement(page)).toHaveText(
    /^Eye \(pupil\), right moved at x 40\d, y 1[67]\d\.$/,
  );
  await expect(page.getByRole('radio', { name: /Eye \(pupil\), right/ })).toBeChecked();

  // Ctrl and the wheel zoom about the pointer: the eye stays under it.
  const eyeDot = page.locator('svg [data-landmark="eye-right"] circle').last();
  const before = (await eyeDot.boundingBox())!;
  const zoom = page.locator('.pa-zoom');
  const zoomBefore = await zoom.textContent();
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect(zoom).not.toHaveText(zoomBefore ?? '');
  const after = (await eyeDot.boundingBox())!;
  expect(Math.abs(after.x + after.width / 2 - (before.x + before.width / 2))).toBeLessThan(2);
  expect(Math.abs(after.y + after.height / 2 - (before.y + before.height / 2))).toBeLessThan(2);

  // Saved a moment after the drop.
  await expect
    .poll(() => readDb((db) => storedLandmarks(db, photo.id)).points['eye-right']?.x)
    .toBeGreaterThan(395);
  await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  const stored = readDb((db) => storedLandmarks(db, photo.id));
  expect(Object.keys(stored.points)).toEqual(['eye-right']);
  expect(stored.points['eye-right']!.x).toBeCloseTo(400, -1);
  expect(stored.points['eye-right']!.y).toBeCloseTo(170, -1);
});

/** Eyes placed the right way round, shoulder tips the wrong way round for a front photo. */
const CROSSED_SHOULDERS = {
  points: {
    'eye-right': { x: 375, y: 160 },
    'eye-left': { x: 425, y: 160 },
    'acromion-right': { x: 500, y: 290 },
    'acromion-left': { x: 300, y: 300 },
  },
};

test('on a 13-inch screen the marks sit beside the photo and the wheel scrolls the page', async ({
  page,
  core,
  gotoApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const { assessmentId, photo } = await seedPhoto(core);
  await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);

  const photoBox = (await stage(page).boundingBox())!;
  const firstMark = page.getByRole('radio', { name: /Eye \(pupil\), right/ });
  const markBox = (await firstMark.boundingBox())!;
  expect(markBox.x).toBeGreaterThan(photoBox.x + photoBox.width);
  expect(markBox.y).toBeLessThan(700);

  const zoom = page.locator('.pa-zoom');
  const fitted = await zoom.textContent();
  await page.mouse.move(photoBox.x + photoBox.width / 2, photoBox.y + photoBox.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(zoom).toHaveText(fitted ?? '');

  // Zoomed in with Ctrl, the wheel alone goes on zooming rather than moving the page away.
  await page.evaluate(() => window.scrollTo(0, 0));
  const stageBox = (await stage(page).boundingBox())!;
  await page.mouse.move(stageBox.x + stageBox.width / 2, stageBox.y + stageBox.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect(zoom).not.toHaveText(fitted ?? '');
  const zoomedIn = await zoom.textContent();
  await page.mouse.wheel(0, -300);
  await expect(zoom).not.toHaveText(zoomedIn ?? '');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('shoulder tips placed the wrong way round wait until they are swapped', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId, photo } = await seedPhoto(core);
  await call(core, 'photos:saveLandmarks', { id: photo.id, landmarks: CROSSED_SHOULDERS });
  await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);

  const warning = page.getByRole('region', { name: 'Check left and right' });
  await expect(warning).toContainText('client’s right side appears on the left of the picture');
  await expect(warning).toContainText('Shoulder tip (acromion): right and left look swapped.');
  await expect(warning).not.toContainText('Eye');
  // No mirrored verdict: the tilt waits, the eyes (placed correctly) are measured.
  await expect(measure(page, 'shoulder-tilt')).toContainText(
    'Waiting Check the sides of Shoulder tip (acromion) first.',
  );
  await expect(measure(page, 'shoulder-tilt')).not.toContainText('side lower');
  await expect(measure(page, 'head-tilt')).toContainText('level');
  await expectNoSeriousA11yViolations(page);

  await warning
    .getByRole('button', { name: 'Swap right and left for Shoulder tip (acromion)' })
    .click();
  await expect(warning).toHaveCount(0);
  await expect(announcement(page)).toHaveText('Shoulder tip (acromion): right and left swapped.');
  // The right tip is now at (300, 300), 10 px lower than the left: right side lower.
  await expect(measure(page, 'shoulder-tilt')).toContainText('right side lower');
  await expect
    .poll(() => readDb((db) => storedLandmarks(db, photo.id)).points['acromion-right'])
    .toEqual({ x: 300, y: 300 });

  // Moved past each other again by keyboard: heard at once, and the tilt waits again.
  await page.getByRole('radio', { name: /^Shoulder tip \(acromion\), left/ }).check();
  await stage(page).focus();
  await press(page, 'Shift+ArrowLeft', 21);
  await expect(announcement(page)).toHaveText(
    'Shoulder tip (acromion), left at x 290, y 290. Shoulder tip (acromion): right and left look swapped; its measures wait.',
  );
  await expect(warning).toBeVisible();
  await expect(measure(page, 'shoulder-tilt')).toContainText('Waiting');
});

test('a pair kept as placed is measured as placed, and stays kept after a reload', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId, photo } = await seedPhoto(core);
  await call(core, 'photos:saveLandmarks', { id: photo.id, landmarks: CROSSED_SHOULDERS });
  await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);
  const warning = page.getByRole('region', { name: 'Check left and right' });
  await expect(measure(page, 'shoulder-tilt')).toContainText('Waiting');

  await warning.getByRole('button', { name: 'Keep as placed for Shoulder tip (acromion)' }).click();
  await expect(warning).toHaveCount(0);
  await expect(measure(page, 'shoulder-tilt')).toContainText('left side lower');
  await expect
    .poll(() => readDb((db) => storedLandmarks(db, photo.id)).confirmedPairs)
    .toEqual(['acromion']);

  await page.reload();
  await expect(stage(page)).toBeVisible();
  await expect(measure(page, 'shoulder-tilt')).toContainText('left side lower');
  await expect(page.getByRole('region', { name: 'Check left and right' })).toHaveCount(0);
});

test('the photo of a finalized assessment is shown read-only', async ({ page, core, gotoApp }) => {
  const { assessmentId, photo } = await seedPhoto(core, { final: true });
  await call(core, 'assessments:get', { id: assessmentId });
  await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);
  await expect(page.getByTestId('annotator-read-only')).toContainText('finalized');
  await expect(page.getByRole('status').filter({ hasText: 'Read only' })).toBeVisible();

  await tabToStage(page);
  await page.keyboard.press('Enter');
  const image = (await page.locator('.photo-overlay img').boundingBox())!;
  await page.mouse.click(image.x + image.width / 2, image.y + image.height / 3);
  await expect(page.locator('svg [data-landmark]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Place in the middle' })).toHaveCount(0);
  await expect(page.getByLabel('Real length (cm)')).toBeDisabled();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await expect(page).toHaveURL(new RegExp(`#/assessments/${assessmentId}$`));
});

test('a photo that is not part of the assessment is explained', async ({ page, core, gotoApp }) => {
  const { assessmentId } = await seedPhoto(core);
  await gotoApp(`/assessments/${assessmentId}/photos/photo-that-does-not-exist`);
  await expect(page.getByRole('heading', { name: 'This photo could not be opened' })).toBeVisible();
  await expect(page.getByText('no longer part of the assessment')).toBeVisible();
});

const shotsDir = process.env.STANCE_SHOTS_DIR;
for (const size of [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
] as const) {
  test(`annotator pictures at ${size.width}x${size.height}`, async ({ page, core, gotoApp }) => {
    test.skip(!shotsDir, 'Set STANCE_SHOTS_DIR to take the pictures.');
    if (!shotsDir) return;
    fs.mkdirSync(shotsDir, { recursive: true });
    const { assessmentId, photo } = await seedPhoto(core);
    await call(core, 'photos:saveLandmarks', {
      id: photo.id,
      landmarks: {
        points: {
          'eye-right': { x: 377, y: 160 },
          'eye-left': { x: 423, y: 162 },
          'acromion-right': { x: 305, y: 285 },
          'acromion-left': { x: 495, y: 292 },
          'iliac-crest-right': { x: 300, y: 500 },
          'iliac-crest-left': { x: 500, y: 497 },
          'greater-trochanter-right': { x: 300, y: 570 },
          'knee-right': { x: 335, y: 730 },
          'ankle-right': { x: 355, y: 880 },
        },
        plumbLine: { x: 398, angleDeg: 1.5 },
        calibration: { a: { x: 700, y: 300 }, b: { x: 700, y: 800 }, lengthCm: 100 },
      },
    });
    await page.setViewportSize(size);
    await openAnnotator(page, gotoApp, `/assessments/${assessmentId}/photos/${photo.id}`);
    await page.getByRole('checkbox', { name: 'Grid' }).check();
    await stage(page).focus();
    await page.screenshot({ path: path.join(shotsDir, `annotator-${size.width}.png`) });
    await page.screenshot({
      path: path.join(shotsDir, `annotator-${size.width}-full.png`),
      fullPage: true,
    });
    await press(page, '+', 4);
    await page.screenshot({ path: path.join(shotsDir, `annotator-${size.width}-zoomed.png`) });
  });
}
