/**
 * The program builder, as a practitioner uses it: suggestions from an assessment of a pronated,
 * turned-out right foot, accepted, trimmed, reordered and dosed, library exercises added, saved
 * through the real router and read back from the database in her order, then the handout.
 */
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { Client } from '../../shared/domain/clients';
import type { StanceCore } from '../../main/stance';
import { RED_FLAG_IDS } from '../../shared/domain/clinical/red-flags';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

/** The red-flag screen asked in full and answered no, as for most clients. */
const allAnsweredNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false]));

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

async function seedFootAssessment(core: StanceCore) {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Rosa',
    lastName: 'Delgado',
  });
  const assessment = await call<Assessment>(core, 'assessments:create', {
    clientId: client.id,
    assessedOn: '2026-01-20',
  });
  await call(core, 'assessments:saveDraft', {
    id: assessment.assessmentId,
    revision: 1,
    assessedOn: '2026-01-20',
    body: {
      schemaVersion: 1,
      feet: { right: { fpi6: { items: [2, 2, 1, 2, 2, 1] }, footProgressionAngleDeg: 20 } },
      checkpointFindings: [
        {
          checkpointId: 'anterior.foot.direction',
          side: 'right',
          severity: 'mild',
          deviation: 'turned-out',
        },
      ],
      redFlags: allAnsweredNo,
    },
  });
  return { client, assessmentId: assessment.assessmentId };
}

const programItems = (page: Page) =>
  page
    .getByRole('region', { name: /In the program/ })
    .getByRole('list')
    .first()
    .locator('> li');
const item = (page: Page, name: string) =>
  page.getByRole('listitem', { name: new RegExp(`^\\d+\\. ${name}`) });

async function addFromLibrary(page: Page, search: string, name: string) {
  await page.getByLabel('Search the library').fill(search);
  await page.getByLabel(/^Exercise \(/).selectOption({ label: name });
  await page.getByRole('button', { name: 'Add to the program' }).click();
}

test('builds a program from suggestions and the library, saves it in order, opens the handout', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { client, assessmentId } = await seedFootAssessment(core);
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('link', { name: 'Build program' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise program' })).toBeFocused();

  // Every suggestion shows its phase, why it was suggested and its starting dosage.
  const suggestions = page.getByRole('region', { name: 'Suggested from the assessment' });
  const calfRoll = suggestions.getByRole('listitem').filter({ hasText: /^Calf foam roll/ });
  await expect(calfRoll).toContainText('Release');
  // The reason is written once, above the exercises it covers.
  await expect(
    suggestions
      .getByRole('listitem')
      .filter({ hasText: /^Right foot/ })
      .first(),
  ).toContainText('Calf foam roll');
  await expect(calfRoll).toContainText('1 × 60 s hold each side, 1× a day, 7 days a week');
  await expect(suggestions.getByRole('button', { name: /^Accept / })).toHaveCount(6);
  await expectNoSeriousA11yViolations(page);

  // Five in all: no "top six" to choose, so only "Accept all".
  await expect(suggestions.getByRole('button', { name: 'Accept the top six' })).toHaveCount(0);
  await suggestions.getByRole('button', { name: 'Accept all 5' }).click();
  await expect(suggestions).toContainText('Every suggestion is in the program.');
  await expect(programItems(page)).toHaveCount(5);

  await page.getByRole('button', { name: 'Remove Single-leg balance' }).click();
  await expect(programItems(page)).toHaveCount(4);
  // Taken out of the program, it is offered again.
  await expect(
    suggestions.getByRole('button', { name: 'Accept Single-leg balance' }),
  ).toBeVisible();

  // Moved with the keyboard; focus stays with the exercise that moved.
  const moveUp = page.getByRole('button', { name: 'Move Heel raise with ball squeeze up' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(moveUp).toBeFocused();
  await expect(programItems(page).locator('.program-item-name')).toHaveText([
    /Calf foam roll/,
    /Heel raise with ball squeeze/,
    /Calf stretch at the wall/,
    /Short foot/,
  ]);

  const heelRaise = item(page, 'Heel raise with ball squeeze');
  await heelRaise.getByLabel('Sets').fill('3');
  await heelRaise.getByLabel('Repetitions').fill('15');
  await heelRaise.getByLabel('Days per week').fill('9');
  await heelRaise.getByLabel('Each side').check();

  await addFromLibrary(page, 'bridge', 'Glute bridge');
  await addFromLibrary(page, 'clam', 'Clamshell');
  const warning = page.getByRole('status').filter({ hasText: 'short list' });
  await expect(warning).toHaveCount(0);
  await addFromLibrary(page, 'toe raise', 'Wall toe raises');
  await expect(programItems(page)).toHaveCount(7);
  await expect(warning).toContainText('That is 7 exercises');
  await warning.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.screenshot({ path: '/tmp/shots5/program-builder.png', fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Remove Wall toe raises' }).click();
  await expect(warning).toHaveCount(0);

  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Home exercises');
  await page.getByLabel('Title', { exact: true }).fill('Home exercises, weeks 1–4');
  await page.getByLabel('Notes for the client').fill('Once a day, in this order.');

  // Main refuses the 9 days, and says so beside the field.
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The program was not saved.' }),
  ).toBeVisible();
  await expect(heelRaise.getByText('Days per week must be at most 7.')).toBeVisible();
  await expect(heelRaise.getByLabel('Days per week')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  expect(readDb((db) => db.prepare('SELECT count(*) AS n FROM programs').get())).toEqual({ n: 0 });

  await heelRaise.getByLabel('Days per week').fill('4');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The program was saved.' }),
  ).toBeVisible();

  const saved = readDb((db) => ({
    programs: db.prepare('SELECT id, assessment_id, title, notes FROM programs').all() as {
      id: string;
      assessment_id: string;
      title: string;
      notes: string;
    }[],
    items: db
      .prepare('SELECT position, exercise_id, dosage FROM program_items ORDER BY position')
      .all() as { position: number; exercise_id: string; dosage: string }[],
  }));
  expect(saved.programs).toHaveLength(1);
  expect(saved.programs[0]).toMatchObject({
    assessment_id: assessmentId,
    title: 'Home exercises, weeks 1–4',
    notes: 'Once a day, in this order.',
  });
  expect(saved.items.map((row) => row.exercise_id)).toEqual([
    'calf-foam-roll',
    'heel-raise-ball-squeeze',
    'calf-wall-stretch',
    'short-foot',
    'glute-bridge',
    'clamshell',
  ]);
  expect(JSON.parse(saved.items[1]?.dosage ?? '{}')).toEqual({
    kind: 'reps',
    sets: 3,
    reps: 15,
    pauseSeconds: 2,
    perSide: true,
    timesPerDay: 1,
    daysPerWeek: 4,
  });

  await page.getByRole('link', { name: 'Preview the handout' }).click();
  await expect(page.getByRole('heading', { name: 'Exercise handout' })).toBeVisible();
  await expect(page.locator('img.exercise-picture')).toHaveCount(6);
  await expect(page.locator('.preview-paper')).toContainText('Home exercises, weeks 1–4');

  // Back in the builder, the saved program opens for editing instead of fresh suggestions.
  await gotoApp(`/clients/${client.id}/program/${assessmentId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise program' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Suggested from the assessment' })).toHaveCount(0);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Home exercises, weeks 1–4');
  await expect(programItems(page).locator('.program-item-name')).toHaveText([
    /Calf foam roll/,
    /Heel raise with ball squeeze/,
    /Calf stretch at the wall/,
    /Short foot/,
    /Glute bridge/,
    /Clamshell/,
  ]);
  await expect(item(page, 'Heel raise with ball squeeze').getByLabel('Days per week')).toHaveValue(
    '4',
  );
  await page.getByRole('button', { name: 'Move Clamshell up' }).click();
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The program was saved.' }),
  ).toBeVisible();
  expect(
    readDb((db) => ({
      programs: (db.prepare('SELECT count(*) AS n FROM programs').get() as { n: number }).n,
      fifth: (
        db.prepare('SELECT exercise_id FROM program_items WHERE position = 4').get() as {
          exercise_id: string;
        }
      ).exercise_id,
    })),
  ).toEqual({ programs: 1, fifth: 'clamshell' });
});

test('doses a pause, writes a note per exercise, shows her photo, and asks before changes are lost', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { client, assessmentId } = await seedFootAssessment(core);
  const photo = await sharp({
    create: { width: 800, height: 600, channels: 3, background: '#6a8a7a' },
  })
    .jpeg()
    .toBuffer();
  await call(core, 'exercises:setPhoto', {
    id: 'glute-bridge',
    fileName: 'bridge.jpg',
    dataBase64: photo.toString('base64'),
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp(`/clients/${client.id}/program/${assessmentId}`);
  await addFromLibrary(page, 'bridge', 'Glute bridge');
  await addFromLibrary(page, 'short foot', 'Short foot (arch dome)');

  const bridge = item(page, 'Glute bridge');
  // Her photo stands in for the line drawing in the builder too.
  await expect(bridge.locator('img.exercise-photo')).toBeVisible();
  await expect(bridge.getByLabel('Pause (seconds)')).toHaveValue('2');
  await bridge.getByLabel('Pause (seconds)').fill('45');
  await bridge
    .getByLabel('Note for the client (optional)')
    .fill('Squeeze the buttocks at the top.');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(bridge.getByText('Pause must be at most 30.')).toBeVisible();
  await expect(bridge.getByLabel('Pause (seconds)')).toHaveAttribute('aria-invalid', 'true');
  await bridge.getByLabel('Pause (seconds)').fill('3');
  await item(page, 'Short foot').getByLabel('Pause (seconds)').fill('');
  await bridge.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/exercises/shots/builder-item-1280.png' });
  await page.setViewportSize({ width: 900, height: 600 });
  await bridge.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/exercises/shots/builder-item-900.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The program was saved.' }),
  ).toBeVisible();
  const rows = readDb(
    (db) =>
      db
        .prepare('SELECT exercise_id, dosage, notes FROM program_items ORDER BY position')
        .all() as { exercise_id: string; dosage: string; notes: string }[],
  );
  expect(rows.map((row) => [row.exercise_id, row.notes])).toEqual([
    ['glute-bridge', 'Squeeze the buttocks at the top.'],
    ['short-foot', ''],
  ]);
  expect(JSON.parse(rows[0]?.dosage ?? '{}')).toMatchObject({ kind: 'reps', pauseSeconds: 3 });
  expect(JSON.parse(rows[1]?.dosage ?? '{}')).not.toHaveProperty('pauseSeconds');

  // Saved: leaving is quiet. Changed again: leaving asks first.
  await bridge.getByLabel('Sets').fill('3');
  await page.getByRole('link', { name: 'Back to the client' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(ask).toContainText('The changes to this program have not been saved');
  await expectNoSeriousA11yViolations(page);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(bridge.getByLabel('Sets')).toHaveValue('3');
  await page.getByRole('link', { name: 'Preview the handout' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();

  // Closing the window asks too (Electron shows it as a dialog from main).
  const closing = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await closing;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  await expect(bridge.getByLabel('Sets')).toHaveValue('3');

  await page.getByRole('link', { name: 'Back to the client' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Rosa Delgado/ })).toBeVisible();
  expect(
    readDb((db) =>
      db.prepare("SELECT dosage FROM program_items WHERE exercise_id = 'glute-bridge'").get(),
    ),
  ).toMatchObject({ dosage: expect.stringContaining('"sets":2') });
});

test('the low-back-pain client: the marked pelvic tilt makes the top six, which are accepted in one go', async ({
  page,
  core,
  gotoApp,
}) => {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Lena',
    lastName: 'Moss',
  });
  const assessment = await call<Assessment>(core, 'assessments:create', {
    clientId: client.id,
    assessedOn: '2026-01-20',
  });
  await call(core, 'assessments:saveDraft', {
    id: assessment.assessmentId,
    revision: 1,
    assessedOn: '2026-01-20',
    body: {
      schemaVersion: 1,
      complaint: { regions: ['back.low-back'], duration: 'Two years' },
      feet: {
        left: {
          fpi6: { items: [1, 1, 1, 0, 0, 0] },
          footProgressionAngleDeg: 8,
          navicularDropMm: 6,
          kneeToWallCm: 11,
        },
        right: {
          fpi6: { items: [2, 2, 2, 1, 1, 1] },
          footProgressionAngleDeg: 18,
          navicularDropMm: 12,
          kneeToWallCm: 7,
        },
      },
      checkpointFindings: [
        {
          checkpointId: 'anterior.knee.alignment',
          side: 'right',
          severity: 'mild',
          deviation: 'valgus',
        },
        {
          checkpointId: 'lateral.pelvis.tilt',
          side: null,
          severity: 'marked',
          deviation: 'anterior',
        },
      ],
      redFlags: allAnsweredNo,
    },
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp(`/clients/${client.id}/program/${assessment.assessmentId}`);
  const suggestions = page.getByRole('region', { name: 'Suggested from the assessment' });
  await expect(suggestions).toContainText('Read toward the complaint: Centre of lower back.');
  const top = suggestions
    .getByRole('list')
    .filter({ has: page.getByText(/^Pelvis tipped forward/) });
  await expect(top.first()).toContainText(/Kneeling hip flexor stretch|Glute bridge|Dead bug/);
  // Each reason is written once, however many exercises it covers.
  await expect(
    suggestions.getByText(/^Pelvis tipped forward \(anterior tilt\), marked →/),
  ).toHaveCount(1);
  await expect(suggestions.getByText(/^Left out: /).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await suggestions.getByRole('button', { name: 'Accept the top six' }).click();
  await expect(programItems(page)).toHaveCount(6);
  await expect(programItems(page).locator('.program-item-name')).toContainText([
    /Kneeling hip flexor stretch|Glute bridge|Dead bug/,
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'short list' })).toHaveCount(0);
});

test('names whose program it is, keeps Save and the program in view, and filters the library by phase', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client, assessmentId } = await seedFootAssessment(core);
  await page.setViewportSize({ width: 1024, height: 700 });
  await gotoApp(`/clients/${client.id}/program/${assessmentId}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Exercise program for Rosa Delgado' }),
  ).toBeVisible();
  await expect(page.getByText('From the visit of')).toContainText('2026');

  const suggestions = page.getByRole('region', { name: 'Suggested from the assessment' });
  await suggestions.getByRole('button', { name: /^Accept all/ }).click();
  const bar = page.getByRole('region', { name: 'Save the program' });
  // Back at the suggestions, the bar still shows Save and what the program holds.
  await suggestions.getByRole('heading').first().scrollIntoViewIfNeeded();
  await expect(bar.getByRole('button', { name: 'Save program' })).toBeInViewport();
  await expect(bar).toContainText('In the program (5):');
  await expect(bar).toContainText('Calf foam roll');
  await bar.getByRole('button', { name: 'In the program (5):' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'In the program (5)' })).toBeFocused();

  const exercise = page.getByLabel(/^Exercise \(/);
  const everything = Number(
    (await page.getByText(/^Exercise \(\d+ found\)/).textContent())!.match(/\d+/)![0],
  );
  await page.getByLabel('Phase').selectOption({ label: 'Release' });
  const releaseOnly = Number(
    (await page.getByText(/^Exercise \(\d+ found\)/).textContent())!.match(/\d+/)![0],
  );
  expect(releaseOnly).toBeGreaterThan(0);
  expect(releaseOnly).toBeLessThan(everything);
  await expect(exercise.locator('optgroup')).toHaveCount(1);
  await expect(exercise.locator('optgroup')).toHaveAttribute('label', 'Release');
  await expectNoSeriousA11yViolations(page);
});
