/**
 * Issue #15's movement screens as she uses them: grade an overhead-squat compensation by keyboard,
 * see it on the chain in the Summary with its muscle pattern, see the suggested program change,
 * and read it in the client's words on the printed report (A4 and Letter). An assessment from
 * before movement existed opens with every item "not assessed" and prints as it did. Frames kept
 * from the clips print beside the squat they show, in the client's words, and not again among the
 * photos.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { ClipInfo } from '../../shared/channels/clips';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { MovementTag } from '../../shared/domain/movement/screens';
import type { AssessmentBody } from '../../shared/domain/clinical';
import { RED_FLAG_IDS } from '../../shared/domain/clinical';
import type { PaperSize } from '../../shared/domain/settings';
import type { StanceCore } from '../../main/stance';
import AxeBuilder from '@axe-core/playwright';
import { formReady, section, seedAssessment, storedBody } from './assessment-helpers';
import { APP_ORIGIN, expect, test } from './fixtures';
import {
  CONTENT_WIDTH_PX,
  openPrintRoute,
  overflowingElements,
  pdfPageTexts,
  pdfText,
  pdfToPngs,
  setPaper,
} from './print-helpers';
import { landmarksFor, personPhoto, seedReportPhotos } from './print-photos';

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

async function printReport(page: Page, core: StanceCore, route: string, paper: PaperSize) {
  await setPaper(core, paper);
  await openPrintRoute(page, APP_ORIGIN, route);
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH_PX.report[paper]), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-movement-'));
  const file = path.join(folder, `report-${paper}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  pdfToPngs(file, path.join(folder, `report-${paper}`));
  return file;
}

async function printedText(page: Page, core: StanceCore, route: string, paper: PaperSize) {
  return pdfText(await printReport(page, core, route, paper)).replace(/\s+/g, ' ');
}

const videoFixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/video', name)));

/** A clip added and a frame kept from it through the real channels, as the player sends them. */
async function keptFrame(
  core: StanceCore,
  assessmentId: string,
  tag: MovementTag,
  size: { width: number; height: number },
): Promise<PhotoInfo> {
  const clip = await call<ClipInfo>(core, 'clips:add', {
    assessmentId,
    tag,
    fileName: 'squat.mp4',
    data: videoFixture('gps.mp4'),
  });
  const still = await personPhoto('anterior', size.width, size.height);
  const photo = await call<PhotoInfo>(core, 'clips:keepFrame', {
    clipId: clip.id,
    photoView: 'anterior',
    fileName: 'Frame 12.png',
    dataBase64: still.toString('base64'),
  });
  return call<PhotoInfo>(core, 'photos:saveLandmarks', {
    id: photo.id,
    landmarks: landmarksFor('anterior', photo.width, photo.height),
  });
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

test('frames kept from the clips print beside the squat they show, not again among the photos', async ({
  page,
  core,
}) => {
  const { client, assessmentId } = await seedAssessment(core, { withPrevious: false });
  await saveBody(core, assessmentId, {
    ...NO_RED_FLAGS,
    movement: {
      findings: [
        { compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' },
        { compensationId: 'sls.knee-moves-in', side: 'left', grade: 'marked' },
      ],
    },
  });
  const posture = await seedReportPhotos(core, assessmentId);
  // A landscape clip from the front, and a phone held upright for the single-leg squat.
  await keptFrame(
    core,
    assessmentId,
    { screen: 'overhead-squat', view: 'front', side: null },
    { width: 1280, height: 720 },
  );
  await keptFrame(
    core,
    assessmentId,
    { screen: 'single-leg-squat', view: 'front', side: 'left' },
    { width: 720, height: 1280 },
  );

  for (const paper of ['A4', 'Letter'] as const) {
    const file = await printReport(page, core, `/print/report/${client.id}/${assessmentId}`, paper);
    const movement = page.locator('section.movement');
    const blocks = movement.locator('.view-block');
    await expect(blocks.nth(0).locator('figcaption')).toHaveText(['From the front']);
    await expect(blocks.nth(1).locator('figcaption')).toHaveText([
      'Standing on your left leg, from the front',
    ]);
    // Each frame beside its squat's words, not under them.
    for (const index of [0, 1]) {
      const words = await blocks.nth(index).locator('h3').boundingBox();
      const frame = await blocks.nth(index).locator('figure').boundingBox();
      expect(frame!.x).toBeGreaterThan(words!.x + words!.width);
    }
    await expect(movement.locator('img')).toHaveCount(2);
    const loaded = await movement
      .locator('img')
      .evaluateAll((images: HTMLImageElement[]) => images.map((image) => image.naturalWidth > 0));
    expect(loaded).toEqual([true, true]);
    // The Photos section keeps the posture photos only.
    await expect(page.locator('.report-photo')).toHaveCount(posture.length);
    expect(await overflowingElements(page)).toEqual([]);

    const pages = pdfPageTexts(file);
    const onPage = (text: string) => pages.findIndex((each) => each.includes(text));
    // The words, then each frame's caption, on the one page that starts the section.
    const squats = pages[onPage('How you moved')] ?? '';
    expect(squats).toMatch(
      /Squat with arms overhead .*Your left knee moved inward a little\. .*From the front Squat on one leg .*Standing on your left leg, your knee moved inward clearly\. .*Standing on your left leg, from the front/,
    );
    expect(pages.join(' ')).not.toContain('valgus');
  }
});
