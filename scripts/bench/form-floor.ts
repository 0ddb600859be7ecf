/**
 * The floor for the form's typing figure: a plain input injected into the same page, over the
 * same filled-in form, typed into at the same pace. Its keys cost what Chromium spends on a page
 * this size (hit testing, style, layout, paint) with no app code run for them, so the form's
 * figure divided by this one is what the app itself adds.
 */
import type { Page } from '@playwright/test';

export const FLOOR_INPUT_ID = 'bench-floor-input';

const FLOOR_TEXT = 'Plain input on the same page, typed at the same pace as the form';

/** Types into the injected input; the key timings are collected by `watchInteractions`. */
export async function typeIntoFloorInput(page: Page): Promise<number> {
  await page.evaluate((id) => {
    const input = document.createElement('input');
    input.id = id;
    input.setAttribute('aria-label', 'Benchmark floor');
    // Mid-window, where the form's fields are brought before typing (see form-interactions.ts).
    input.style.cssText =
      'position:fixed;left:546px;top:380px;width:320px;height:40px;z-index:1000;box-sizing:border-box';
    document.body.append(input);
  }, FLOOR_INPUT_ID);
  const input = page.locator(`#${FLOOR_INPUT_ID}`);
  await input.click();
  await page.waitForTimeout(120);
  await page.keyboard.type(FLOOR_TEXT, { delay: 25 });
  await page.waitForTimeout(300);
  await input.evaluate((element) => element.remove());
  return FLOOR_TEXT.length;
}
