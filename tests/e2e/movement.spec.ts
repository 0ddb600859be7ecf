/**
 * Issue #15's movement screens as she uses them: grade an overhead-squat compensation by keyboard,
 * see it on the chain in the Summary with its muscle pattern, see the suggested program change,
 * and read it in the client's words on the printed report (A4 and Letter). An assessment from
 * before movement existed opens with every item "not assessed" and prints as it did.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { AssessmentBody } from '../../shared/domain/clinical';
import { RED_FLAG_IDS } from '../../shared/domain/clinical';
import type { PaperSize } from '../../shared/domain/settings';
import type { StanceCore } from '../../main/stance';
import AxeBuilder from '@axe-core/playwright';
import { formReady, section, seedAssessment, storedBody } from './assessment-helpers';
import { APP_ORIGIN, expect, test } from './fixtures';
import { CONTENT_WIDTH_PX, openPrintRoute, pdfText, pdfToPngs, setPaper } from './print-helpers';

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

async function saveBody(core: StanceCore, id: string, body: AssessmentBody): Promise<void> {
  const draft = await call<Assessment>(core, 'assessments:get', { id });
  await call(core, 'assessments:saveDraft', {
    id,
    revision: draft.revision,
    assessedOn: draft.assessedOn,
    body,
  });
}

const NO_RED_FLAGS: AssessmentBody = {
  schemaVersion: 1,
  redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])),
};

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

async function printedText(page: Page, core: StanceCore, route: string, paper: PaperSize) {
  await setPaper(core, paper);
  await openPrintRoute(page, APP_ORIGIN, route);
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH_PX.report[paper]), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-movement-'));
  const file = path.join(folder, `report-${paper}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  pdfToPngs(file, path.join(folder, `report-${paper}`));
  return pdfText(file).replace(/\s+/g, ' ');
}

test('grading a knee moving in during the overhead squat changes the Summary, the suggestions and the report', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { client, assessmentId } = await seedAssessment(core, { withPrevious: false });
  await saveBody(core, assessmentId, NO_RED_FLAGS);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Before: nothing assessed, so nothing to suggest.
  await gotoApp(`/clients/${client.id}/program/${assessmentId}`);
  const suggestions = page.getByRole('region', { name: 'Suggested from the assessment' });
  await expect(suggestions).toContainText('Nothing has been assessed yet');

  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const movement = section(page, 'Movement');
  await page
    .getByRole('navigation', { name: 'Assessment sections' })
    .getByRole('button', { name: 'Movement', exact: true })
    .click();
  const knee = movement.getByRole('group', {
    name: 'Knee moves in, left, overhead squat from the front',
  });
  await expect(knee.getByRole('radio', { name: 'Not assessed' })).toBeChecked();
  // Keyboard only: arrows move along the grades as with any radio group.
  await knee.getByRole('radio', { name: 'Not assessed' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(knee.getByRole('radio', { name: 'Mild' })).toBeChecked();
  await expect
    .poll(() => readDb((db) => storedBody(db, assessmentId).movement?.findings))
    .toEqual([{ compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' }]);
  await expectAccessible(page, '#ae-section-movement');

  // The Summary reads it on the chain, with its muscle pattern as a hypothesis.
  const summary = section(page, 'Summary');
  await summary.scrollIntoViewIfNeeded();
  const knees = summary.locator('.ae-summary-region').filter({ hasText: /^Knees/ });
  await expect(knees).toContainText('Overhead squat from the front — left knee moves in: mild.');
  const pattern = summary.getByRole('listitem').filter({ hasText: 'Squat: knees move in' });
  await expect(pattern).toContainText('NASM CPT, current edition: possibly overactive');
  await expect(pattern).toContainText('A hypothesis to test, not a diagnosis.');
  await expect(summary).toContainText('Movement not assessed: single-leg squat.');

  // After: the same program a knee drifting in while standing would get.
  await gotoApp(`/clients/${client.id}/program/${assessmentId}`);
  await expect(
    suggestions.getByText(/^Left knee moves in \(overhead squat\), mild →/),
  ).toBeVisible();
  await expect(suggestions.getByRole('listitem').filter({ hasText: /^Clamshell/ })).toHaveCount(1);

  // On paper, in her words, on both paper sizes.
  for (const paper of ['A4', 'Letter'] as const) {
    const text = await printedText(page, core, `/print/report/${client.id}/${assessmentId}`, paper);
    expect(text).toContain(
      'We watched how you move in a few squats. In the squats, we noticed that your left knee moved inward a little.',
    );
    expect(text).toContain('How you moved');
    expect(text).toContain('Squat with arms overhead Your left knee moved inward a little.');
    expect(text).toContain('Squat on one leg Not checked at this visit.');
    expect(text).not.toContain('valgus');
  }
});

test('an assessment from before the movement screens opens with every item not assessed and prints as before', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client, assessmentId } = await seedAssessment(core, { withPrevious: false });
  await saveBody(core, assessmentId, {
    ...NO_RED_FLAGS,
    checkpointFindings: [
      {
        checkpointId: 'anterior.knee.alignment',
        side: 'left',
        severity: 'mild',
        deviation: 'valgus',
      },
    ],
  });
  await page.setViewportSize({ width: 1024, height: 700 });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const movement = section(page, 'Movement');
  await movement.scrollIntoViewIfNeeded();
  // The grade groups, not the clips panel's own choices at the top of the section.
  const groups = movement
    .getByRole('group')
    .filter({ has: page.getByRole('radio', { name: /^Not (assessed|done)$/ }) });
  const count = await groups.count();
  expect(count).toBe(30);
  await expect(
    movement.getByRole('radio', { name: /^Not (assessed|done)$/, checked: true }),
  ).toHaveCount(count);
  const summary = section(page, 'Summary');
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toContainText('Movement not assessed: overhead squat, single-leg squat.');
  await expect(summary.getByRole('listitem').filter({ hasText: /^Squat:/ })).toHaveCount(0);

  const text = await printedText(page, core, `/print/report/${client.id}/${assessmentId}`, 'A4');
  expect(text).toContain('Standing posture');
  expect(text).not.toContain('How you moved');
  expect(text).not.toMatch(/squat/i);
});
