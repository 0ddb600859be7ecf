/**
 * Photo measures flow into the assessment: landmarks placed in the annotator fill the matching
 * field under Measures, marked with the photo it came from and a link back; the checklist row and
 * the photo card show the same value; a typed value wins and says so, and the photo's comes back.
 */
import type { Page } from '@playwright/test';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { StanceCore } from '../../main/stance';
import { figurePhoto } from '../helpers/figure-photo';
import { expectNoSeriousA11yViolations } from './a11y';
import { formReady, section, seedAssessment, storedBody } from './assessment-helpers';
import { expect, test } from './fixtures';

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let count = 0; count < times; count += 1) await page.keyboard.press(key);
}

const stage = (page: Page) => page.getByRole('application', { name: /Photo area/ });

/** Reaches the photo with Tab alone, as a keyboard user would. */
async function tabToStage(page: Page): Promise<void> {
  await stage(page).waitFor();
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('.photo-overlay img');
    return Boolean(image?.complete && image.naturalWidth > 0);
  });
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    const onStage = await page.evaluate(
      () => document.activeElement?.getAttribute('role') === 'application',
    );
    if (onStage) return;
  }
  throw new Error('Tab never reached the photo');
}

const savedLandmarks = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();

test('landmarks fill the shoulder measure from the front photo; a typed value wins and says so', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  // Two trips to the annotator and axe over the whole form: long on a busy machine.
  test.setTimeout(240_000);
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const photo = await call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view: 'anterior',
    fileName: 'front.jpg',
    dataBase64: (await figurePhoto().jpeg().toBuffer()).toString('base64'),
  });

  // Shoulder tips: the right one in the middle, the left 100 px across and 10 px lower (−5.7°).
  await gotoApp(`/assessments/${assessmentId}/photos/${photo.id}`);
  await tabToStage(page);
  await press(page, 'n', 2);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('p');
  await press(page, 'Shift+ArrowRight', 10);
  await press(page, 'ArrowDown', 10);
  await expect(page.locator('[data-measure="shoulder-tilt"]')).toContainText('−5.7°');
  await savedLandmarks(page);
  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await formReady(page);

  const measures = section(page, 'Measures');
  const shoulder = measures.getByRole('textbox', { name: /^Shoulder height: Tilt from level/ });
  await expect(shoulder).toHaveValue('5.7');
  await expect(shoulder).toHaveAccessibleDescription('From the front photo, left side lower');
  // Nothing else was measured, so the other fields stay empty.
  await expect(measures.getByRole('textbox', { name: /^Head tilt: Tilt from level/ })).toHaveValue(
    '',
  );

  // The checklist row and the photo card say the same.
  const front = section(page, 'Anterior view');
  const shoulderRow = front.locator('.ae-inline-note').filter({ hasText: 'front photo' });
  await expect(shoulderRow).toHaveText(
    'Tilt from level: 5.7° from the front photo, left side lower',
  );
  await expect(section(page, 'Photos').locator('[data-photo-measures]')).toHaveText(
    'Shoulder tilt −5.7°',
  );

  // The Summary reads the same value.
  const summary = section(page, 'Summary');
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toContainText('tilt from level 5.7°');

  // Her own value wins, says so, and is what the document keeps.
  await shoulder.fill('4');
  await shoulder.blur();
  await expect(shoulder).toHaveValue('4');
  await expect(shoulder).toHaveAccessibleDescription(
    'Typed; the front photo gives 5.7°, left side lower. Use the photo’s value',
  );
  await expect(shoulderRow).toHaveText(
    'Tilt from level: 4° typed; the front photo gives 5.7°, left side lower.',
  );
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toContainText('tilt from level 4°');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await expect
    .poll(() => readDb((db) => storedBody(db, assessmentId).checkpointFindings))
    .toEqual([
      {
        checkpointId: 'anterior.shoulder.level',
        side: null,
        severity: null,
        deviation: null,
        valueDeg: 4,
      },
    ]);
  await expectNoSeriousA11yViolations(page);

  // Back to the photo's value: the typed one leaves the document.
  await measures.getByRole('button', { name: 'Use the photo’s value' }).click();
  await expect(shoulder).toHaveValue('5.7');
  await expect(shoulder).toHaveAccessibleDescription('From the front photo, left side lower');
  await expect
    .poll(() => readDb((db) => storedBody(db, assessmentId).checkpointFindings ?? null))
    .toBeNull();

  // The link opens the photo; moving the left shoulder tip 5 px up moves the value with it.
  await measures.getByRole('link', { name: 'front photo' }).click();
  await expect(page.getByRole('heading', { name: 'Landmarks: front view' })).toBeVisible();
  await tabToStage(page);
  await press(page, 'n', 3);
  await expect(page.getByTestId('annotator-announcement')).toHaveText(
    'Shoulder tip (acromion), left, placed.',
  );
  await press(page, 'ArrowUp', 5);
  await expect(page.locator('[data-measure="shoulder-tilt"]')).toContainText('−2.9°');
  await savedLandmarks(page);
  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await formReady(page);
  await expect(shoulder).toHaveValue('2.9');
});

test('the heels photo fills the heel angle in the Feet section; a typed value wins and says so', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const photo = await call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view: 'feet-behind',
    fileName: 'heels.jpg',
    dataBase64: (await figurePhoto().jpeg().toBuffer()).toString('base64'),
  });
  // The right heel's lower point 10 px out from the upper one over 100 px: everted 5.7°.
  await call(core, 'photos:saveLandmarks', {
    id: photo.id,
    landmarks: {
      points: {
        'calcaneus-upper-right': { x: 400, y: 700 },
        'calcaneus-lower-right': { x: 410, y: 800 },
      },
    },
  });

  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const feet = section(page, 'Feet and ankles');
  const right = feet.getByRole('textbox', { name: /^Right foot: Heel angle in stance/ });
  const left = feet.getByRole('textbox', { name: /^Left foot: Heel angle in stance/ });
  await expect(right).toHaveValue('5.7');
  await expect(right).toHaveAccessibleDescription(/From the heels photo/);
  await expect(left).toHaveValue('');

  await right.fill('4');
  await right.blur();
  await expect(right).toHaveAccessibleDescription(/Typed; the heels photo gives 5\.7°/);
  await expect
    .poll(() => readDb((db) => storedBody(db, assessmentId).feet?.right?.rcspEversionDeg))
    .toBe(4);

  await feet.getByRole('button', { name: 'Use the photo’s value' }).click();
  await expect(right).toHaveValue('5.7');
  await expect
    .poll(() => readDb((db) => storedBody(db, assessmentId).feet?.right?.rcspEversionDeg ?? null))
    .toBeNull();
});
