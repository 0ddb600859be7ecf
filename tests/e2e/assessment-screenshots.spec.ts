/**
 * Pictures of every section of the form at two window sizes, for a person to look at. Runs only
 * when STANCE_SHOTS_DIR names a folder: `STANCE_SHOTS_DIR=/tmp/shots npx playwright test assessment-screenshots`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SECTIONS } from '../../renderer/features/assessment/Section';
import { formReady, seedAssessment } from './assessment-helpers';
import { test } from './fixtures';

const shotsDir = process.env.STANCE_SHOTS_DIR;

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
] as const;

for (const size of SIZES) {
  test(`every section at ${size.width}x${size.height}`, async ({ page, core, gotoApp }) => {
    test.skip(!shotsDir, 'Set STANCE_SHOTS_DIR to take the pictures.');
    if (!shotsDir) return;
    test.setTimeout(120_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const { assessmentId } = await seedAssessment(core);
    await page.setViewportSize(size);
    await gotoApp(`/assessments/${assessmentId}`);
    await formReady(page);
    // A few answers so the pictures show chosen, flagged and compared states.
    await page.getByRole('radio', { name: '4' }).first().check();
    await page.getByLabel('Left foot: Navicular drop').fill('11');
    await page.getByLabel('Right foot: Navicular drop').fill('-2');
    await page.locator('[aria-label="Centre of lower back (marked last time)"]').click();
    await page
      .getByRole('group', { name: /^Numbness or altered feeling/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(shotsDir, `${size.width}-00-top.png`) });
    for (const [index, { id, title }] of SECTIONS.entries()) {
      await page
        .getByRole('navigation', { name: 'Assessment sections' })
        .getByRole('button', { name: title })
        .click();
      await page.waitForTimeout(150);
      await page.screenshot({
        path: path.join(shotsDir, `${size.width}-${String(index + 1).padStart(2, '0')}-${id}.png`),
      });
    }
    // Keyboard focus on a segmented choice and on a body-chart area.
    await page.locator('input[name="ae-pain-nprsWorstLastWeek"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.locator('#ae-section-pain .ae-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shotsDir, `${size.width}-focus.png`) });
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.screenshot({ path: path.join(shotsDir, `${size.width}-history.png`) });
    await page.keyboard.press('Escape');
    // Whole sections too, for reading everything in one picture.
    for (const [index, { id }] of SECTIONS.entries()) {
      await page.locator(`#ae-section-${id}`).screenshot({
        path: path.join(
          shotsDir,
          `${size.width}-full-${String(index + 1).padStart(2, '0')}-${id}.png`,
        ),
      });
    }
  });
}
