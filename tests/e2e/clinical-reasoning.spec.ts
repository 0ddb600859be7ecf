/**
 * Issue #12's proofs on screen and on paper: the Summary as the practitioner reads it (affected
 * side first, one NASM edition, score changes against their MCID), the Evidence panel reached by
 * keyboard alone, and a value with no band printed without being called normal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { AssessmentBody } from '../../shared/domain/clinical';
import { FPI6_BANDS, RED_FLAG_IDS } from '../../shared/domain/clinical';
import type { StanceCore } from '../../main/stance';
import AxeBuilder from '@axe-core/playwright';
import { formReady, section, seedAssessment } from './assessment-helpers';
import { APP_ORIGIN, expect, test } from './fixtures';
import { CONTENT_WIDTH_PX, openPrintRoute, pdfText } from './print-helpers';

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

async function saveBody(core: StanceCore, id: string, body: AssessmentBody): Promise<Assessment> {
  const draft = await call<Assessment>(core, 'assessments:get', { id });
  return call<Assessment>(core, 'assessments:saveDraft', {
    id,
    revision: draft.revision,
    assessedOn: draft.assessedOn,
    body,
  });
}

/**
 * No serious or critical axe finding inside `selector`. Checked per region: the whole form is
 * too large for axe to finish in time on a busy machine.
 */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .include(selector)
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} places)`);
  expect(serious).toEqual([]);
}

/** Presses Tab until the focused element's text matches; fails if it never gets there. */
async function tabToText(page: Page, text: RegExp, maxPresses = 80): Promise<void> {
  for (let count = 0; count < maxPresses; count += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}

/**
 * A low-back complaint; right foot pronated (FPI-6 +9), left typical; pain and Roland-Morris
 * eased since last time.
 */
const TODAY: AssessmentBody = {
  schemaVersion: 1,
  complaint: { regions: ['back.low-back'] },
  pain: { nprsNow: 3, nprsWorstLastWeek: 7 },
  rolandMorris: { responses: Array.from({ length: 24 }, (_, index) => index < 6) },
  feet: {
    left: { fpi6: { items: [1, 1, 0, 1, 1, 0] }, arch: 'neutral' },
    right: { fpi6: { items: [2, 2, 1, 2, 1, 1] }, arch: 'low' },
  },
};

test('the Summary puts the affected side first, one NASM edition, and scores against their MCID', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core);
  await saveBody(core, assessmentId, TODAY);
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const summary = section(page, 'Summary');
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toContainText('Affected side: right.');
  await expect(summary).toContainText(
    'Toward the complaint (Centre of lower back): on the chain from the feet up to it lie right foot: FPI-6 pronated',
  );

  // The pronated right foot reads before the typical left one.
  const fpi = summary.locator('dd').filter({ hasText: 'FPI-6' });
  await expect(fpi).toHaveCount(2);
  await expect(fpi.first()).toContainText('Right foot — FPI-6 +9: pronated');
  await expect(fpi.last()).toContainText('Left foot — FPI-6 +4');

  // One edition of the pronation pattern; the older list only on request; no squat was graded.
  const patterns = summary.getByRole('listitem').filter({ hasText: 'distortion pattern' });
  await expect(patterns).toHaveCount(1);
  await expect(patterns).toContainText('NASM CPT, current edition');
  await expect(patterns).not.toContainText('peroneals');
  await expect(summary.getByRole('listitem').filter({ hasText: /squat/i })).toHaveCount(0);
  await expect(summary).toContainText('Movement not assessed: overhead squat, single-leg squat.');
  const toggle = patterns.getByRole('button', { name: 'Show the older edition’s list' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(
    patterns.getByRole('button', { name: 'Hide the older edition’s list' }),
  ).toHaveAttribute('aria-expanded', 'true');
  await expect(patterns).toContainText('Older NASM edition, via a secondary summary');
  await expect(patterns).toContainText('peroneals');

  // Pain 6 → 3 meets the NPRS rule; worst 8 → 7 does not; Roland-Morris 8 → 6 does not.
  const scores = summary.getByRole('listitem').filter({ hasText: /out of (10|24)\./ });
  await expect(scores.filter({ hasText: 'Pain now' })).toContainText(
    'Pain now: 3 out of 10. Last time 6 out of 10: 3 points better, meets the smallest change that matters to clients (NPRS: 2 points or 30% improvement).',
  );
  await expect(scores.filter({ hasText: 'Worst pain' })).toContainText(
    '1 point better, short of the smallest change',
  );
  await expect(scores.filter({ hasText: 'Roland-Morris' })).toContainText(
    'Roland-Morris: 6 out of 24. Last time 8 out of 24: 2 points better, short of',
  );
  await expect(summary).toContainText('Compared with the assessment of');
  await expectAccessible(page, '#ae-section-summary');
});

test('the Evidence panel opens from a band by keyboard alone and names its source', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  // Start from the left foot's first field, then only keys.
  await page.getByRole('textbox', { name: 'Left foot: Foot progression angle (degrees)' }).focus();
  await tabToText(page, /^Source for FPI-6 bands, left/);
  await page.keyboard.press('Enter');

  const panel = page.getByRole('dialog', { name: 'Source: FPI-6 bands, left' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(FPI6_BANDS.source.citation);
  if (FPI6_BANDS.source.authors) await expect(panel).toContainText(FPI6_BANDS.source.authors);
  await expect(panel).toContainText(
    FPI6_BANDS.source.verified ? 'Confirmed from the source below.' : 'Unconfirmed.',
  );
  await expectAccessible(page, '.dialog');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveText(/^Source for FPI-6 bands, left/);
});

test('a 6° shoulder tilt with no band prints as a value, not as normal, with what was not checked', async ({
  page,
  core,
}) => {
  const { client, assessmentId } = await seedAssessment(core, { withPrevious: false });
  const saved = await saveBody(core, assessmentId, {
    schemaVersion: 1,
    checkpointFindings: [
      { checkpointId: 'anterior.shoulder.level', side: null, severity: null, valueDeg: 6 },
      { checkpointId: 'anterior.knee.alignment', side: 'left', severity: 'none', deviation: null },
    ],
    redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])),
  });
  await call(core, 'assessments:finalize', { id: assessmentId, revision: saved.revision });
  await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${assessmentId}`);

  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH_PX.report.A4), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stance-print-')), 'tilt.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const text = pdfText(file).replace(/\s+/g, ' ');

  // The value is printed beside its view and in the summary, each time without a verdict.
  expect(text).toContain(
    'Shoulders: tilt from level 6° (no agreed normal range, so recorded without a verdict)',
  );
  expect(text).toContain('we also measured shoulders tilt from level 6°, which has no agreed');
  // Only the knee, graded "none", is said to look as expected: "else" leaves the 6° out.
  expect(text).toContain('Everything else we checked from the front looked as expected.');
  for (const verdict of ['within its typical range', 'Everything assessed', 'Nothing notable'])
    expect(text).not.toContain(verdict);
  // One line names everything left out today.
  const notChecked = /Not checked today: ([^.]+)\./.exec(text)?.[1] ?? '';
  for (const item of ['feet and ankles', 'pain rating', 'back-pain questionnaire'])
    expect(notChecked).toContain(item);
  expect(text.split('Not checked today:').length - 1).toBe(1);
});
