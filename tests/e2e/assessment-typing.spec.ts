/**
 * Typing in the assessment form is checked field by field and its safety copy is written in
 * batches, not on every key: what was typed must still survive leaving the page straight after
 * the last key, whether the page is reloaded or the window closed, in any section.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from '../../shared/domain/clinical';
import type { Result } from '../../shared/errors';
import { formReady, seedAssessment, storedBody } from './assessment-helpers';
import { INVOKE_BINDING, defineBridgeLikeThePreload } from './bridge';
import { APP_ORIGIN, expect, test } from './fixtures';

const draftCopies = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('assessment-draft')));

const mainUnreachable: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Stance could not reach its data just now.' },
};

// Main does not take the saves while she types, so only the page's own safety copy can bring
// the text back: nothing reaches main before the page goes away.
test.describe('with main not taking saves while she types', () => {
  test.use({ cannedAnswers: { 'assessments:saveDraft': mainUnreachable } });
  // Two page loads and typing at Playwright's pace take long on a shared, busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('text typed in the pain history and reloaded at once is all there, and saved once main answers', async ({
    page,
    core,
    gotoApp,
    readDb,
    mainAnswers,
  }) => {
    const { assessmentId } = await seedAssessment(core, { withPrevious: false });
    await gotoApp(`/assessments/${assessmentId}`);
    await formReady(page);
    const onset = 'Woke with it after a long drive on Sunday';
    await page.locator('#ae-pain-onset').focus();
    await page.keyboard.type(onset);
    // Straight after the last key: the safety copy's batch of keys is not written yet.
    await page.reload();
    await formReady(page);
    await expect(page.locator('#ae-pain-onset')).toHaveValue(onset);
    expect(readDb((db) => storedBody(db, assessmentId)).pain?.onset).toBeUndefined();

    delete mainAnswers['assessments:saveDraft'];
    await expect
      .poll(() => readDb((db) => storedBody(db, assessmentId)).pain?.onset, { timeout: 10_000 })
      .toBe(onset);
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    await expect.poll(() => draftCopies(page)).toEqual([]);
  });

  test('closing the window mid-typing in the feet section keeps the values for the next window', async ({
    page,
    context,
    core,
    gotoApp,
    readDb,
  }) => {
    const { assessmentId } = await seedAssessment(core, { withPrevious: false });
    await gotoApp(`/assessments/${assessmentId}`);
    await formReady(page);
    await page.locator('#ae-feet-right-navicularDropMm').focus();
    await page.keyboard.type('11.5');
    await page.locator('#ae-footwear-usualFootwear').focus();
    await page.keyboard.type('Trail shoes, worn at the heel');
    await page.close({ runBeforeUnload: true });
    expect(readDb((db) => storedBody(db, assessmentId)).footwear).toBeUndefined();

    // The next window, as Stance opens it: same profile, its own bridge to main, which answers.
    const next = await context.newPage();
    await next.exposeBinding(INVOKE_BINDING, (_source, channel: unknown, payload: unknown) =>
      core.route(channel, payload),
    );
    await next.addInitScript(defineBridgeLikeThePreload);
    await next.goto(`${APP_ORIGIN}/#/assessments/${assessmentId}`);
    await formReady(next);

    await expect(next.locator('#ae-feet-right-navicularDropMm')).toHaveValue('11.5');
    await expect(next.locator('#ae-footwear-usualFootwear')).toHaveValue(
      'Trail shoes, worn at the heel',
    );
    await expect(next.locator('[data-save-state="saved"]')).toBeVisible();
    const body = readDb((db) => storedBody(db, assessmentId));
    expect(body.feet?.right?.navicularDropMm).toBe(11.5);
    expect(body.footwear?.usualFootwear).toBe('Trail shoes, worn at the heel');
  });
});

test('leaving the page writes the safety copy at once, with the last key in it', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  await page.locator('#ae-notes').focus();
  await page.keyboard.type('Calf tight');
  // One task, so no timer can run in between: a key, then the page going away.
  const copies = await page.evaluate(() => {
    const notes = document.querySelector<HTMLTextAreaElement>('#ae-notes');
    if (!notes) throw new Error('No notes field');
    const copy = (): string => {
      const key = Object.keys(localStorage).find((name) => name.includes('assessment-draft'));
      return key === undefined ? '' : (localStorage.getItem(key) ?? '');
    };
    // React tracks the value it set; the prototype's setter is what a real key press goes through.
    const prototype = HTMLTextAreaElement.prototype;
    Reflect.set(prototype, 'value', `${notes.value} on the left`, notes);
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    const beforeLeaving = copy();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return { beforeLeaving, afterLeaving: copy() };
  });
  // Not written on every key...
  expect(copies.beforeLeaving).not.toContain('Calf tight on the left');
  // ...but at once when the page goes.
  expect(copies.afterLeaving).toContain('Calf tight on the left');
});

test('a value out of range is flagged beside its field as she types, and cleared when corrected', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const field = page.locator('#ae-feet-left-navicularDropMm');
  await field.focus();
  await page.keyboard.type('45');
  const message = page.getByText(MESSAGES.navicularDropTooLarge);
  await expect(message).toBeVisible();
  await expect(page.getByText(MESSAGES.kneeToWallTooLarge)).toHaveCount(0);
  await page.keyboard.press('Backspace');
  await expect(message).toHaveCount(0);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  expect(readDb((db) => storedBody(db, assessmentId)).feet?.left?.navicularDropMm).toBe(4);
});
