import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  MESSAGES,
  RED_FLAG_IDS,
  RED_FLAG_QUESTIONS,
  RED_FLAG_TIER_INFO,
} from '../../shared/domain/clinical';
import { SECTIONS } from '../../renderer/features/assessment/Section';
import {
  PREVIOUS_BODY,
  daysAgo,
  formReady,
  section,
  seedAssessment,
  seedDraft,
  storedBody,
} from './assessment-helpers';
import { expect, test } from './fixtures';

/** Presses Tab until the focused element matches `selector`; fails if it never gets there. */
async function tabTo(page: Page, selector: string, maxPresses = 200): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) {
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let count = 0; count < times; count += 1) await page.keyboard.press(key);
}

const radios = (name: string) => `input[type="radio"][name="${name}"]`;

/** Waits until the indicator says everything typed so far is in main. */
async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 5_000 });
  await expect(page.locator('[data-save-state="saved"]')).toContainText(/Saved at \d/);
}

async function openForm(page: Page, gotoApp: (path: string) => Promise<void>, id: string) {
  await gotoApp(`/assessments/${id}`);
  await formReady(page);
}

test('a complete assessment filled in with the keyboard alone is stored as entered', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  test.setTimeout(180_000);
  const { assessmentId } = await seedAssessment(core);
  await openForm(page, gotoApp, assessmentId);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Client and history
  await tabTo(page, '#ae-pain-onset');
  await page.keyboard.type('Sudden, lifting a box');
  await press(page, 'Tab');
  await page.keyboard.type('Six weeks');
  await press(page, 'Tab');
  await page.keyboard.type('Sitting over an hour');
  await press(page, 'Tab');
  await page.keyboard.type('Walking');

  // Pain: the rating starts on "Not asked"; each arrow moves one step and chooses it.
  await tabTo(page, radios('ae-pain-nprsNow'));
  await press(page, 'ArrowRight', 5);
  await tabTo(page, radios('ae-pain-nprsBestLastWeek'));
  await press(page, 'ArrowRight', 3);
  await tabTo(page, radios('ae-pain-nprsWorstLastWeek'));
  await press(page, 'ArrowRight', 8);

  // Body chart: one Tab stop per figure, arrows move, Space marks.
  await tabTo(page, 'svg[aria-label="Back of the body"] [tabindex="0"]');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Back of head');
  await press(page, 'ArrowDown', 4);
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Centre of lower back/);
  await press(page, 'Space');
  await expect(page.locator(':focus')).toHaveAttribute('aria-checked', 'true');
  await press(page, 'ArrowDown', 2);
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /buttock/);
  const buttock = await page.locator(':focus').getAttribute('aria-label');
  await press(page, 'Enter');

  // Oswestry: choose the version, then each section's score (section 8 stays skipped).
  await tabTo(page, radios('ae-oswestry-variant'));
  await press(page, 'Space');
  const oswestry = [2, 1, 3, 2, 2, 1, 1, null, 2, 3];
  for (const [index, score] of oswestry.entries()) {
    if (score === null) continue;
    await tabTo(page, radios(`ae-oswestry-sections-${index}`));
    // From "Skipped" (last) the arrow wraps round to 0.
    await press(page, 'ArrowRight', score + 1);
  }
  await expect(section(page, 'Pain and questionnaires')).toContainText('37.8%');

  // Roland-Morris: Space ticks.
  for (const item of [1, 3, 9, 17]) {
    await tabTo(page, `#ae-rmdq-${item}`);
    await press(page, 'Space');
  }
  await expect(section(page, 'Pain and questionnaires')).toContainText('4 of 24');

  // STarT Back: nothing chosen yet, so Tab lands on "Agree"; Space agrees, an arrow disagrees.
  for (let index = 0; index < 8; index += 1) {
    await tabTo(page, radios(`ae-startBack-agree-${index}`));
    await press(page, [0, 2, 4].includes(index) ? 'Space' : 'ArrowRight');
  }
  await tabTo(page, radios('ae-startBack-bothersomeness'));
  await press(page, 'ArrowRight', 2);
  await expect(section(page, 'Pain and questionnaires')).toContainText('Low risk');

  // Red flags: all "no", in the order the form asks them (by tier).
  for (const { id } of RED_FLAG_QUESTIONS) {
    await tabTo(page, radios(`ae-redFlags-${id}`));
    await press(page, 'ArrowRight');
  }
  await expect(section(page, 'Pain and questionnaires')).toContainText(
    `All ${RED_FLAG_QUESTIONS.length} answered no.`,
  );

  // Feet: each side top to bottom.
  const feet = {
    left: { fpa: '8', fpi: [1, 1, 0, 1, 0, -1], drop: '9', lunge: '11.5', heel: '4', toe: '55' },
    right: { fpa: '15', fpi: [2, 1, 2, 1, 2, 1], drop: '12', lunge: '8', heel: '6', toe: '70' },
  } as const;
  for (const side of ['left', 'right'] as const) {
    const values = feet[side];
    await tabTo(page, `#ae-feet-${side}-footProgressionAngleDeg`);
    await page.keyboard.type(values.fpa);
    await tabTo(page, radios(`ae-feet-${side}-arch`));
    await press(page, 'ArrowRight', side === 'left' ? 2 : 3);
    for (const [index, score] of values.fpi.entries()) {
      await tabTo(page, radios(`ae-fpi-${side}-${index + 1}`));
      // Nothing chosen: focus is on −2; Space takes it, each arrow moves one point up.
      if (Number(score) === -2) await press(page, 'Space');
      else await press(page, 'ArrowRight', score + 2);
    }
    // Each measure's source button sits between the fields, so Tab goes on to the next field.
    await tabTo(page, `#ae-feet-${side}-navicularDropMm`);
    await page.keyboard.type(values.drop);
    await tabTo(page, `#ae-feet-${side}-kneeToWallCm`);
    await page.keyboard.type(values.lunge);
    await tabTo(page, `#ae-feet-${side}-rcspEversionDeg`);
    await page.keyboard.type(values.heel);
    await tabTo(page, `#ae-feet-${side}-firstMtpDorsiflexionDeg`);
    await page.keyboard.type(values.toe);
    await tabTo(page, radios(`ae-feet-${side}-halluxValgusGrade`));
    await press(page, 'ArrowRight', 2);
    await tabTo(page, radios(`ae-feet-${side}-helbingSign`));
    await press(page, 'ArrowRight', side === 'left' ? 1 : 2);
    await tabTo(page, radios(`ae-callus-${side}`));
    await press(page, 'ArrowRight');
    if (side === 'right') {
      await tabTo(page, '#ae-callus-right-first-metatarsal-head');
      await press(page, 'Space');
    }
  }
  await expect(section(page, 'Feet and ankles')).toContainText('Total +2');
  await expect(section(page, 'Feet and ankles')).toContainText('Total +9');
  await expect(section(page, 'Feet and ankles')).toContainText('Pronated');

  await tabTo(page, '#ae-footwear-usualFootwear');
  await page.keyboard.type('Running shoes');
  await tabTo(page, radios('ae-footwear-orthotics'));
  await press(page, 'ArrowRight', 2);

  // Posture views: everything starts "Not assessed".
  await tabTo(page, radios('ae-grade-anterior-anterior.foot.direction-left'));
  await press(page, 'ArrowRight');
  await tabTo(page, radios('ae-grade-anterior-anterior.foot.direction-right'));
  await press(page, 'ArrowRight', 2);
  await tabTo(page, radios('ae-grade-anterior-anterior.pelvis.level-midline'));
  await press(page, 'ArrowRight', 4);
  await tabTo(page, radios('ae-grade-lateral-left-lateral.pelvis.tilt-midline'));
  await press(page, 'ArrowRight', 2);
  await tabTo(page, radios('ae-grade-lateral-right-lateral.ankle.shin-angle-right'));
  await press(page, 'ArrowRight');
  // The whole-body item is one finding, shown in both side views.
  await expect(
    page.locator('input[name="ae-grade-lateral-right-lateral.pelvis.tilt-midline"]:checked'),
  ).toHaveAttribute('value', 'mild:anterior');
  await tabTo(page, radios('ae-grade-posterior-posterior.heel.position-left'));
  await press(page, 'ArrowRight');

  // Measures and notes
  await tabTo(page, '#ae-measure-anterior_pelvis_level-midline');
  await page.keyboard.type('1.5');
  await tabTo(page, '#ae-measure-lateral_head_position-midline');
  await page.keyboard.type('47');
  await tabTo(page, '#ae-notes');
  await page.keyboard.type('Keyboard only, start to finish.');

  await expectSaved(page);
  const body = readDb((db) => storedBody(db, assessmentId));
  expect(body.pain).toEqual({
    onset: 'Sudden, lifting a box',
    duration: 'Six weeks',
    aggravatingFactors: 'Sitting over an hour',
    easingFactors: 'Walking',
    nprsNow: 4,
    nprsBestLastWeek: 2,
    nprsWorstLastWeek: 7,
    regions: expect.arrayContaining(['back.low-back']) as unknown as string[],
  });
  expect(body.pain?.regions).toHaveLength(2);
  expect(buttock).toMatch(/buttock/);
  expect(body.oswestry).toEqual({ variant: 'odi-2.1a', sections: oswestry });
  expect(
    body.rolandMorris?.responses.flatMap((ticked, index) => (ticked ? [index + 1] : [])),
  ).toEqual([1, 3, 9, 17]);
  expect(body.startBack).toEqual({
    agree: [true, false, true, false, true, false, false, false],
    bothersomeness: 'moderately',
  });
  expect(body.redFlags).toEqual(Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])));
  expect(body.feet?.left).toMatchObject({
    footProgressionAngleDeg: 8,
    arch: 'neutral',
    fpi6: { items: [1, 1, 0, 1, 0, -1] },
    navicularDropMm: 9,
    kneeToWallCm: 11.5,
    rcspEversionDeg: 4,
    firstMtpDorsiflexionDeg: 55,
    halluxValgusGrade: 'mild',
    helbingSign: false,
    calluses: [],
  });
  expect(body.feet?.right).toMatchObject({
    footProgressionAngleDeg: 15,
    arch: 'low',
    fpi6: { items: [2, 1, 2, 1, 2, 1] },
    navicularDropMm: 12,
    kneeToWallCm: 8,
    rcspEversionDeg: 6,
    firstMtpDorsiflexionDeg: 70,
    halluxValgusGrade: 'mild',
    helbingSign: true,
    calluses: ['first-metatarsal-head'],
  });
  expect(body.footwear).toEqual({ usualFootwear: 'Running shoes', orthotics: 'prefabricated' });
  expect(body.checkpointFindings).toEqual(
    expect.arrayContaining([
      { checkpointId: 'anterior.foot.direction', side: 'left', severity: 'none', deviation: null },
      {
        checkpointId: 'anterior.foot.direction',
        side: 'right',
        severity: 'mild',
        deviation: 'turned-out',
      },
      {
        checkpointId: 'anterior.pelvis.level',
        side: null,
        severity: 'mild',
        deviation: 'right-high',
        valueDeg: 1.5,
      },
      { checkpointId: 'lateral.pelvis.tilt', side: null, severity: 'mild', deviation: 'anterior' },
      {
        checkpointId: 'lateral.ankle.shin-angle',
        side: 'right',
        severity: 'none',
        deviation: null,
      },
      {
        checkpointId: 'lateral.head.position',
        side: null,
        severity: null,
        deviation: null,
        valueDeg: 47,
      },
      { checkpointId: 'posterior.heel.position', side: 'left', severity: 'none', deviation: null },
    ]),
  );
  expect(body.checkpointFindings).toHaveLength(7);
  expect(body.notes).toBe('Keyboard only, start to finish.');

  // The summary reads it back from the feet up (it is worked out while it is in view).
  const summary = section(page, 'Summary');
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toContainText('Read from the feet up');
  await expect(summary).toContainText('Keep in mind');
  await expect(summary.getByText(/Right foot — FPI-6 \+9/)).toBeVisible();
});

test('a reload in the middle of typing keeps every character', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  const notes = 'Pain began after moving house in March; worse on stairs.';
  await page.locator('#ae-notes').focus();
  await page.keyboard.type(notes);
  await page.locator('#ae-feet-left-navicularDropMm').focus();
  await page.keyboard.type('7.5');
  // No waiting for the indicator: the reload lands before the pause that starts a save.
  await page.reload();
  await formReady(page);

  await expect(page.locator('#ae-notes')).toHaveValue(notes);
  await expect(page.locator('#ae-feet-left-navicularDropMm')).toHaveValue('7.5');
  await expectSaved(page);
  const body = readDb((db) => storedBody(db, assessmentId));
  expect(body.notes).toBe(notes);
  expect(body.feet?.left?.navicularDropMm).toBe(7.5);

  // Once main has it all, the safety copy is gone and a second reload shows the same.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.includes('assessment-draft')),
      ),
    )
    .toEqual([]);
  await page.reload();
  await formReady(page);
  await expect(page.locator('#ae-notes')).toHaveValue(notes);
});

test('finalize locks the form; amend opens revision 2 with a reason; history shows and opens both', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  await page.locator('#ae-notes').fill('As first written.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Finalize' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Finalize this assessment?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Finalize' }).click();
  await expect(page.getByText(/^Finalized on /)).toBeVisible();
  await expect(page.locator('#ae-notes')).toBeDisabled();
  await expect(page.locator(radios('ae-pain-nprsNow')).first()).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Finalize' })).toHaveCount(0);
  const status = () =>
    readDb((db) =>
      db
        .prepare(
          'SELECT revision, status, amendment_reason AS reason FROM assessment_revisions WHERE assessment_id = ? ORDER BY revision',
        )
        .all(assessmentId),
    );
  expect(status()).toEqual([{ revision: 1, status: 'final', reason: '' }]);

  await page.getByRole('button', { name: 'Amend' }).click();
  const amend = page.getByRole('dialog', { name: 'Amend this assessment' });
  await amend.getByRole('button', { name: 'Open a new revision' }).click();
  await expect(amend.getByText('Say briefly why it is being amended.')).toBeVisible();
  await amend.getByLabel('Reason for amending').fill('Added the footwear notes');
  await amend.getByRole('button', { name: 'Open a new revision' }).click();
  await expect(page.getByText(/Draft, revision 2/)).toBeVisible();
  await expect(page.locator('#ae-notes')).toBeEnabled();
  await expect(page.locator('#ae-notes')).toHaveValue('As first written.');
  await page.locator('#ae-notes').fill('As amended.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Revisions', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'Revisions of this assessment' });
  const rows = history.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Draft');
  await expect(rows.nth(1)).toContainText('Added the footwear notes');
  await expect(rows.nth(2)).toContainText('Finalized');
  // One practitioner on her own file: nobody is named, not even as "unknown".
  await expect(history).not.toContainText(/Started by|Finalized by|unknown/);
  await history.getByRole('button', { name: 'View revision 1' }).click();
  await expect(page.getByText('You are reading revision 1 as it was.')).toBeVisible();
  await expect(page.locator('#ae-notes')).toHaveValue('As first written.');
  await expect(page.locator('#ae-notes')).toBeDisabled();
  await page.getByRole('button', { name: 'Back to the current revision' }).click();
  await expect(page.locator('#ae-notes')).toHaveValue('As amended.');
  await expect(page.locator('#ae-notes')).toBeEnabled();

  expect(status()).toEqual([
    { revision: 1, status: 'final', reason: '' },
    { revision: 2, status: 'draft', reason: 'Added the footwear notes' },
  ]);
  expect(readDb((db) => storedBody(db, assessmentId)).notes).toBe('As amended.');
});

test('an invalid value is refused beside its field while the rest of the form keeps saving', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  const drop = page.locator('#ae-feet-right-navicularDropMm');
  await drop.fill('7');
  await expectSaved(page);
  expect(readDb((db) => storedBody(db, assessmentId)).feet?.right?.navicularDropMm).toBe(7);

  await drop.fill('-3');
  await expect(drop).toHaveAttribute('aria-invalid', 'true');
  const message = page.locator('#ae-feet-right-navicularDropMm-error');
  await expect(message).toHaveText(MESSAGES.navicularDropNegative);
  await expect(drop).toHaveAttribute('aria-describedby', /ae-feet-right-navicularDropMm-error/);
  // Pain best above worst is refused too, beside "least pain".
  await page
    .getByRole('group', { name: 'Least pain in the last week' })
    .getByRole('radio', { name: '6' })
    .check();
  await page
    .getByRole('group', { name: 'Worst pain in the last week' })
    .getByRole('radio', { name: '3' })
    .check();
  await expect(page.locator('#ae-pain-nprsBestLastWeek-error')).toHaveText(
    MESSAGES.painBestAboveWorst,
  );
  await page.locator('#ae-notes').fill('Typed after the bad value.');
  await page.locator('#ae-feet-left-kneeToWallCm').fill('abc');
  await expect(page.locator('#ae-feet-left-kneeToWallCm-error')).toHaveText(/Enter a number/);

  await expect(page.getByRole('status').filter({ hasText: '3 fields not saved' })).toBeVisible();
  const body = readDb((db) => storedBody(db, assessmentId));
  expect(body.notes).toBe('Typed after the bad value.');
  expect(body.feet?.right?.navicularDropMm).toBe(7);
  expect(body.pain?.nprsWorstLastWeek).toBe(3);
  expect(body.pain?.nprsBestLastWeek).toBeUndefined();
  expect(body.feet?.left?.kneeToWallCm).toBeUndefined();

  // Fixing the values saves them and clears the messages.
  await drop.fill('4');
  await page
    .getByRole('group', { name: 'Least pain in the last week' })
    .getByRole('radio', { name: '2' })
    .check();
  await page.locator('#ae-feet-left-kneeToWallCm').fill('9');
  await expect(message).toHaveCount(0);
  await expect(page.locator('[data-save-state="saved"]')).toHaveText(/^\s*Saved at [^·]+$/);
  const fixed = readDb((db) => storedBody(db, assessmentId));
  expect(fixed.feet?.right?.navicularDropMm).toBe(4);
  expect(fixed.feet?.left?.kneeToWallCm).toBe(9);
  expect(fixed.pain?.nprsBestLastWeek).toBe(2);
});

test('the previous assessment appears beside the fields, with the change', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core);
  await openForm(page, gotoApp, assessmentId);

  const client = section(page, 'Client and history');
  await expect(client).toContainText('Previous assessment');
  await expect(client).toContainText('Last time: Gradual, after a long drive');

  const painNow = page.getByRole('group', { name: 'Pain now' });
  await expect(painNow).toContainText('was 6');
  await painNow.getByRole('radio', { name: '4' }).check();
  await expect(painNow).toContainText('was 6 · −2');

  await page.locator('#ae-feet-left-navicularDropMm').fill('11');
  await expect(page.locator('#ae-feet-left-navicularDropMm-was')).toHaveText('was 8 mm · +3 mm');
  await expect(page.locator('#ae-feet-right-kneeToWallCm-was')).toHaveText('was 8 cm');
  await expect(page.getByRole('group', { name: /Right foot FPI-6 item 1\./ })).toContainText(
    'was +2',
  );
  await expect(section(page, 'Feet and ankles')).toContainText('was +8');
  await expect(section(page, 'Pain and questionnaires')).toContainText(
    'Last time: Centre of lower back, Right buttock',
  );
  await expect(section(page, 'Anterior view')).toContainText('was mild, turned out');
  await expect(page.locator('#ae-measure-anterior_pelvis_level-midline-was')).toHaveText(
    'was 1.5°',
  );
});

test('previous values come from the last finalized assessment, never from a draft', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client, assessmentId, previousId } = await seedAssessment(core);
  // Started after today's form and dated last week, but never finalized: half-typed numbers.
  await seedDraft(core, client.id, daysAgo(7), {
    schemaVersion: 1,
    pain: { nprsNow: 2 },
    feet: { left: { navicularDropMm: 1 } },
  });
  await openForm(page, gotoApp, assessmentId);

  await expect(page.locator('#ae-feet-left-navicularDropMm-was')).toHaveText('was 8 mm');
  await expect(page.getByRole('group', { name: 'Pain now' })).toContainText('was 6');
  const finalDay = await page.evaluate(
    (day) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'medium' }),
    daysAgo(30),
  );
  await expect(section(page, 'Client and history')).toContainText(finalDay);

  // Being amended, that assessment still has its final revision: the form keeps comparing with it.
  const amending = await core.route('assessments:amend', { id: previousId, reason: 'Typo' });
  expect(amending.ok).toBe(true);
  const halfTyped = await core.route('assessments:saveDraft', {
    id: previousId,
    revision: 2,
    assessedOn: daysAgo(30),
    body: { ...PREVIOUS_BODY, feet: { left: { navicularDropMm: 2 } } },
  });
  expect(halfTyped.ok).toBe(true);
  await page.reload();
  await formReady(page);
  await expect(page.locator('#ae-feet-left-navicularDropMm-was')).toHaveText('was 8 mm');
});

test('with no finalized assessment before it, nothing is compared and the form says so', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client, assessmentId } = await seedAssessment(core, { withPrevious: false });
  await seedDraft(core, client.id, daysAgo(14), PREVIOUS_BODY);
  await openForm(page, gotoApp, assessmentId);

  await expect(section(page, 'Client and history')).toContainText('None finalized yet');
  await expect(page.locator('#ae-feet-left-navicularDropMm-was')).toHaveCount(0);
  await expect(section(page, 'Feet and ankles').locator('.ae-was')).toHaveCount(0);
});

test('a note typed on a posture finding by keyboard is saved and survives a reload', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core);
  await openForm(page, gotoApp, assessmentId);
  const anterior = section(page, 'Anterior view');
  const addNote = anterior.getByRole('button', { name: 'Add note on Knee over the foot, left' });
  await expect(addNote).toHaveAttribute('aria-expanded', 'false');

  // Opened by mistake: Escape folds the empty note away and gives the focus back.
  await addNote.focus();
  await page.keyboard.press('Enter');
  const note = anterior.getByRole('textbox', { name: 'Note on Knee over the foot, left' });
  await expect(note).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(note).toHaveCount(0);
  await expect(addNote).toBeFocused();

  await page.keyboard.press('Space');
  await expect(note).toBeFocused();
  await page.keyboard.type('Drifts in more when she is tired');
  // The grade is chosen after the note, and the note stays with it.
  await anterior
    .getByRole('group', { name: 'Knee over the foot, left' })
    .getByRole('radio', { name: 'Mild, drifts inward (valgus)', exact: true })
    .check();
  await expectSaved(page);
  await page.reload();
  await formReady(page);

  await expect(note).toHaveValue('Drifts in more when she is tired');
  await expect(
    anterior.getByRole('button', { name: 'Add note on Knee over the foot, left' }),
  ).toHaveCount(0);
  const finding = readDb((db) => storedBody(db, assessmentId)).checkpointFindings?.find(
    (item) => item.checkpointId === 'anterior.knee.alignment' && item.side === 'left',
  );
  expect(finding).toMatchObject({
    severity: 'mild',
    deviation: 'valgus',
    note: 'Drifts in more when she is tired',
  });

  // Emptying the note and leaving it removes the note, never the grade.
  await note.fill('');
  await page.keyboard.press('Tab');
  await expect(note).toHaveCount(0);
  await expectSaved(page);
  const after = readDb((db) => storedBody(db, assessmentId)).checkpointFindings?.find(
    (item) => item.checkpointId === 'anterior.knee.alignment' && item.side === 'left',
  );
  expect(after).toMatchObject({ severity: 'mild', deviation: 'valgus' });
  expect(after).not.toHaveProperty('note');
});

test('lengths are typed in inches under imperial units and stored in millimetres and centimetres', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  await core.route('settings:update', { units: 'imperial' });
  const { assessmentId } = await seedAssessment(core);
  await openForm(page, gotoApp, assessmentId);
  await expect(page.locator('#ae-feet-left-navicularDropMm-was')).toHaveText('was 0.31 in');
  await page.locator('#ae-feet-left-navicularDropMm').fill('0.5');
  await page.locator('#ae-feet-left-kneeToWallCm').fill('4');
  await expectSaved(page);
  const body = readDb((db) => storedBody(db, assessmentId));
  expect(body.feet?.left?.navicularDropMm).toBe(12.7);
  expect(body.feet?.left?.kneeToWallCm).toBe(10.16);
  await page.reload();
  await formReady(page);
  await expect(page.locator('#ae-feet-left-navicularDropMm')).toHaveValue('0.5');
  await expect(page.locator('#ae-feet-left-kneeToWallCm')).toHaveValue('4');
});

test('an emergency red-flag answer raises a notice at the top that stays while the answer is yes', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  const emergency = RED_FLAG_TIER_INFO.emergency;
  const saddle = page.getByRole('group', { name: /^Numbness or altered feeling around the groin/ });
  await saddle.getByRole('radio', { name: 'Yes' }).check();
  await section(page, 'Summary').scrollIntoViewIfNeeded();
  const alerts = page.getByRole('alert').filter({ hasText: emergency.title });
  // At the top of the page, under the emergency questions and in the summary.
  await expect(alerts).toHaveCount(3);
  const top = alerts.first();
  await expect(top).toContainText(emergency.action);
  await expect(top).toContainText(emergency.sayToClient);
  expect(
    await top.evaluate(
      (element) =>
        element.compareDocumentPosition(document.querySelector('.ae-layout')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ),
    'the first notice is above the form',
  ).toBeTruthy();

  // Still there after a reload: it lasts as long as the answer does.
  await expectSaved(page);
  await page.reload();
  await formReady(page);
  await expect(page.getByRole('alert').filter({ hasText: emergency.title }).first()).toBeVisible();

  await page
    .getByRole('group', { name: /^Numbness or altered feeling around the groin/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await expect(page.getByRole('alert').filter({ hasText: emergency.title })).toHaveCount(0);
});

test('an urgent answer shows its calmer see-a-doctor-soon note, not the emergency alert', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  await page
    .getByRole('group', { name: /^Weight loss without trying/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  const urgent = RED_FLAG_TIER_INFO.urgent;
  await expect(page.getByRole('status').filter({ hasText: urgent.title }).first()).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: RED_FLAG_TIER_INFO.emergency.title }),
  ).toHaveCount(0);

  await page
    .getByRole('group', { name: /^This is their first ever episode of back pain/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  // The higher tier speaks for the screen; caution alone would be calmer still.
  await expect(page.getByRole('status').filter({ hasText: urgent.title }).first()).toBeVisible();
});

test('finalizing with the red-flag screen unanswered warns, and still lets her finalize', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  await page.getByRole('button', { name: 'Finalize' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Finalize this assessment?' });
  await expect(confirm).toContainText('The red-flag screen has not been asked.');
  await expect(confirm).toContainText('You can still finalize now');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  // Part of the screen answered: the warning counts what is left.
  await page
    .getByRole('group', { name: /^Weight loss without trying/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Finalize' }).click();
  await expect(confirm).toContainText('The red-flag screen is not complete.');
  await expect(confirm).toContainText(
    `${RED_FLAG_QUESTIONS.length - 1} of the ${RED_FLAG_QUESTIONS.length} red-flag questions`,
  );
  await confirm.getByRole('button', { name: 'Finalize anyway' }).click();
  await expect(page.getByText(/^Finalized on /)).toBeVisible();
});

test('discarding a first draft asks first, then removes it and returns to the client', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId, client } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard this draft?' });
  await expect(dialog.getByRole('button', { name: 'Keep the draft' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await dialog.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}$`));
  const count = readDb(
    (db) =>
      (
        db.prepare('SELECT count(*) AS n FROM assessments WHERE id = ?').get(assessmentId) as {
          n: number;
        }
      ).n,
  );
  expect(count).toBe(0);
});

test('no serious or critical accessibility problems in any section or dialog', async ({
  page,
  core,
  gotoApp,
}) => {
  // axe runs over every section (Movement made twelve) and each dialog, slowly on a shared machine.
  test.setTimeout(240_000);
  const { assessmentId } = await seedAssessment(core);
  await openForm(page, gotoApp, assessmentId);
  // Some answers, so chosen, flagged and invalid states are checked too.
  await page.getByRole('group', { name: 'Pain now' }).getByRole('radio', { name: '5' }).check();
  await page
    .getByRole('group', { name: /^Weight loss without trying/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page
    .getByRole('group', { name: /^Numbness or altered feeling around the groin/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.locator('#ae-feet-left-navicularDropMm').fill('-2');
  await page
    .getByRole('group', { name: 'Version used' })
    .getByRole('radio', { name: 'Modified' })
    .check();
  await page.getByRole('button', { name: 'Add note on Knee over the foot, left' }).click();
  await page.keyboard.type('Worse on the stairs');

  const serious = async (include?: string) => {
    const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
    if (include) builder.include(include);
    const results = await builder.analyze();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${include ?? 'page'}: ${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`,
      );
  };
  const problems: string[] = [...(await serious('.page-header')), ...(await serious('.ae-nav'))];
  for (const { id } of SECTIONS) problems.push(...(await serious(`#ae-section-${id}`)));

  await page.getByRole('button', { name: 'Revisions', exact: true }).click();
  await expect(
    page.getByRole('dialog', { name: 'Revisions of this assessment' }).getByRole('row'),
  ).toHaveCount(2);
  problems.push(...(await serious('.dialog')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Finalize' }).click();
  problems.push(...(await serious('.dialog')));
  expect(problems).toEqual([]);
});

test('a changed assessment date is saved as a calendar day and shown in the local style', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  const day = daysAgo(3);
  await page.locator('#ae-assessed-on').fill(day);
  await expectSaved(page);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const local = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, date),
  );
  await expect(page.locator('.page-subtitle')).toContainText(local);
  const stored = readDb(
    (db) =>
      (
        db.prepare('SELECT assessed_on AS day FROM assessments WHERE id = ?').get(assessmentId) as {
          day: string;
        }
      ).day,
  );
  expect(stored).toBe(day);
});

test('a draft finalized behind the form is not overwritten: the indicator says why and offers to reopen', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  await page.locator('#ae-notes').fill('Before.');
  await expectSaved(page);
  await core.route('assessments:finalize', { id: assessmentId, revision: 1 });
  await page.locator('#ae-notes').fill('After it was finalized elsewhere.');
  const status = page.locator('[data-save-state="failed"]');
  await expect(status).toContainText('Not saved: This assessment is finalized');
  expect(readDb((db) => storedBody(db, assessmentId)).notes).toBe('Before.');
  await status.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByText(/^Finalized on /)).toBeVisible();
  await expect(page.locator('#ae-notes')).toHaveValue('Before.');
});

test('a finalize whose first answer was lost is answered as finalized on the second try', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await openForm(page, gotoApp, assessmentId);
  await page.locator('#ae-notes').fill('As written.');
  await expectSaved(page);
  // Her first finalize landed but its answer never reached the form.
  await core.route('assessments:finalize', { id: assessmentId, revision: 1 });
  await page.getByRole('button', { name: 'Finalize' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Finalize this assessment?' });
  await confirm.getByRole('button', { name: 'Finalize' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText(/^Finalized on /)).toBeVisible();
  await expect(page.locator('#ae-notes')).toBeDisabled();
  await expect(page.locator('#ae-notes')).toHaveValue('As written.');
  await expect(page.getByText(/cannot be changed|can no longer be changed/)).toHaveCount(0);
});

test.describe('when main refuses a field the form accepted', () => {
  test.use({
    cannedAnswers: {
      'assessments:saveDraft': {
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Some details are not valid. Please check the fields marked in red.',
          issues: [{ path: 'body.notes', message: 'Main could not accept these notes.' }],
        },
      },
    },
  });

  test('its message is shown beside that field and the indicator says it was not saved', async ({
    page,
    core,
    gotoApp,
  }) => {
    const { assessmentId } = await seedAssessment(core, { withPrevious: false });
    await openForm(page, gotoApp, assessmentId);
    await page.locator('#ae-notes').fill('Anything');
    await expect(page.locator('#ae-notes-error')).toHaveText('Main could not accept these notes.');
    await expect(page.locator('#ae-notes')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-save-state="failed"]')).toContainText(
      'Not saved: Some details',
    );
  });
});
