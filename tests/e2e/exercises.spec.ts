/**
 * The exercise library as a practitioner uses it: her own exercise written by keyboard (with a
 * refusal from main shown beside its field), found in the library and in the program builder; a
 * built-in copied and adjusted; an own exercise retired and restored; a photo added, refused,
 * replaced and removed; and the question before unsaved changes are lost.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { LibraryExercise, OwnExerciseFields } from '../../shared/channels/exercises';
import type { Client } from '../../shared/domain/clients';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/exercises/shots';

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

const ownFields: OwnExerciseFields = {
  name: 'Towel slide',
  phase: 'activate',
  regions: ['foot-ankle'],
  purpose: 'Teaches the toes to grip and pull without the ankle rolling in.',
  steps: ['Sit with a towel under one foot.', 'Pull the towel in with the toes.', 'Relax.'],
  cues: ['Heel stays down.'],
  targets: ['toe flexors'],
  dosage: { kind: 'reps', sets: 2, reps: 10, perSide: true, timesPerDay: 1, daysPerWeek: 5 },
  equipment: ['towel'],
  illustration: null,
};

/** The label of the focused control, as a screen reader would start reading it. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
    return (labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? '').trim();
  });

/** Presses Tab until the control labelled `label` has focus: the keyboard-only way there. */
async function tabTo(page: Page, label: string | RegExp) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const current = await focusedLabel(page);
    if (typeof label === 'string' ? current.startsWith(label) : label.test(current)) return;
  }
  throw new Error(`Tab never reached "${String(label)}"`);
}

async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A 1200×900 JPEG as a phone would write it: a picture, and nothing Stance cannot read. */
const photoBytes = (colour: string) =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

test('writes an own exercise by keyboard, with main’s refusal beside its field, and finds it everywhere', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp('/');
  await page.getByRole('link', { name: 'Exercises' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
  await expect(page.getByLabel('Search exercises')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'exercises' })).toHaveText(
    '56 exercises',
  );
  await expect(page.getByRole('heading', { level: 2, name: /^Release/ })).toBeVisible();
  await shoot(page, 'library');
  await expectNoSeriousA11yViolations(page);

  // Searching narrows as she types; filters combine with it.
  await page.keyboard.type('calf');
  await expect(page.getByRole('status').filter({ hasText: 'shown' })).toContainText(/of 56/);
  await expect(page.getByRole('link', { name: /^Calf stretch at the wall/ })).toBeVisible();
  await page.getByLabel('Phase').selectOption('release');
  await expect(page.getByRole('link', { name: /^Calf stretch at the wall/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Calf foam roll/ })).toBeVisible();
  await page.getByLabel('Phase').selectOption('all');
  await page.getByLabel('Search exercises').fill('');

  // Shift+Tab from the search box reaches "New exercise".
  await page.getByLabel('Search exercises').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New exercise' })).toBeFocused();

  await tabTo(page, 'Name');
  await page.keyboard.type('Toe fan and press');
  await tabTo(page, 'Foot and ankle');
  await page.keyboard.press('Space');
  await tabTo(page, 'Purpose');
  // No full stop: main refuses it and says so beside the field.
  await page.keyboard.type('Wakes up the small muscles of the foot');
  await tabTo(page, 'Steps');
  await page.keyboard.type('Sit with ten marbles by one foot.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Pick each one up with the toes and drop it in a bowl.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Swap feet.');
  await tabTo(page, 'Cues');
  await page.keyboard.type('Curl the toes, not the ankle.');
  await tabTo(page, 'Muscles it works');
  await page.keyboard.type('toe flexors\nsmall muscles under the arch');
  await tabTo(page, 'Marbles or other small objects');
  await page.keyboard.press('Space');
  await page.keyboard.press('ControlOrMeta+s');

  const purpose = page.getByLabel(/^Purpose/);
  await expect(page.getByRole('alert')).toContainText('The exercise was not saved.');
  await expect(page.getByText('"None" cannot be combined with other equipment.')).toBeVisible();
  await expect(
    page.getByText('Write the purpose as one full sentence ending with a full stop.'),
  ).toBeVisible();
  await expect(purpose).toHaveAttribute('aria-invalid', 'true');
  await expect(purpose).toBeFocused();
  await shoot(page, 'form-refused');
  await expectNoSeriousA11yViolations(page);
  expect(readDb((db) => db.prepare('SELECT count(*) AS n FROM exercises').get())).toEqual({ n: 0 });

  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await tabTo(page, 'No equipment');
  await page.keyboard.press('Space');
  await tabTo(page, 'Pause (seconds)');
  await page.keyboard.type('2');
  await page.keyboard.press('ControlOrMeta+s');

  await expect(page.getByRole('heading', { level: 1, name: 'Toe fan and press' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
  await expect(
    page.getByText('2 sets of 10, 2-second pause · once a day, every day'),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Swap feet.' })).toBeVisible();
  const row = readDb(
    (db) => db.prepare('SELECT id, body FROM exercises').get() as { id: string; body: string },
  );
  expect(JSON.parse(row.body)).toMatchObject({
    purpose: 'Wakes up the small muscles of the foot.',
    steps: [
      'Sit with ten marbles by one foot.',
      'Pick each one up with the toes and drop it in a bowl.',
      'Swap feet.',
    ],
    targets: ['toe flexors', 'small muscles under the arch'],
    equipment: ['small-objects'],
    dosage: { kind: 'reps', reps: 10, pauseSeconds: 2 },
  });

  // In the library, marked as her own, and with only her own shown.
  await page.getByRole('link', { name: 'All exercises' }).click();
  await page.getByLabel('Source').selectOption('own');
  await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText(
    '1 of 57 exercises shown',
  );
  const card = page.getByRole('link', { name: /Toe fan and press/ });
  await expect(card).toContainText('Your own');
  await page.getByLabel('Source').selectOption('all');

  // And in the program builder's library search.
  const client = await call<Client>(core, 'clients:create', { firstName: 'Rosa', lastName: 'D' });
  const assessment = await call<Assessment>(core, 'assessments:create', { clientId: client.id });
  await gotoApp(`/clients/${client.id}/program/${assessment.assessmentId}`);
  await page.getByLabel('Search the library').fill('toe fan');
  await expect(page.getByLabel(/^Exercise \(/)).toHaveValue(row.id);
  await page.getByRole('button', { name: 'Add to the program' }).click();
  await expect(page.getByRole('listitem', { name: '1. Toe fan and press' })).toBeVisible();
});

test('copies a built-in to edit, and the built-in stays as it was', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp('/exercises');
  await page.getByLabel('Search exercises').fill('calf stretch at the wall');
  await page.getByRole('link', { name: /^Calf stretch at the wall/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Calf stretch at the wall (straight knee)' }),
  ).toBeFocused();
  await expect(
    page.getByRole('img', { name: 'Line drawing of Calf stretch at the wall (straight knee)' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
  await expect(page.getByText('Default dosage')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  // The sidebar still says where she is on an exercise's own page, and only there.
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('link', { name: 'Exercises' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(sidebar.getByRole('link', { name: 'Clients' })).not.toHaveAttribute(
    'aria-current',
    'page',
  );
  await shoot(page, 'detail-builtin');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Copy to edit' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Edit “Calf stretch at the wall (straight knee) (copy)”',
    }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was made' })).toBeVisible();
  await expect(page.getByLabel(/^Name/)).toHaveValue(
    'Calf stretch at the wall (straight knee) (copy)',
  );
  await expect(page.getByLabel('Line drawing')).toHaveValue('calf-wall-stretch');
  await shoot(page, 'form-copy');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel(/^Name/).fill('Calf stretch, knee bent');
  await page.getByLabel('Sets').fill('3');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Calf stretch, knee bent' }),
  ).toBeVisible();
  await expect(page.getByText(/^3 sets, hold/)).toBeVisible();
  await expect(page.getByText('Your own exercise')).toBeVisible();
  expect(readDb((db) => db.prepare('SELECT name, copied_from FROM exercises').all())).toEqual([
    { name: 'Calf stretch, knee bent', copied_from: 'calf-wall-stretch' },
  ]);

  await page.getByRole('link', { name: 'All exercises' }).click();
  await page.getByLabel('Search exercises').fill('calf stretch');
  await expect(page.getByRole('link', { name: /^Calf stretch at the wall/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Calf stretch, knee bent/ })).toBeVisible();
});

test('retires an own exercise, explaining what happens to programs, and restores it', async ({
  page,
  core,
  gotoApp,
}) => {
  const own = await call<LibraryExercise>(core, 'exercises:create', ownFields);
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp(`/exercises/${own.id}`);
  await page.getByRole('button', { name: 'Retire' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Retire “Towel slide”?' });
  await expect(dialog).toContainText('Programs that already use it keep it');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Retire exercise' }).click();
  await expect(page.getByText(/Retired\. It is hidden from the library/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was retired' })).toBeVisible();

  await page.getByRole('link', { name: 'All exercises' }).click();
  await page.getByLabel('Search exercises').fill('towel slide');
  await expect(page.getByRole('link', { name: /Towel slide/ })).toHaveCount(0);
  await page.getByText('Show retired').click();
  const retired = page.getByRole('link', { name: /Towel slide/ });
  await expect(retired).toContainText('Retired');
  await retired.click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'is back in the library' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retire' })).toBeVisible();
  expect(
    (await call<LibraryExercise[]>(core, 'exercises:list', {})).some((e) => e.id === own.id),
  ).toBe(true);
});

test('adds, refuses, replaces and removes a photo of a built-in exercise', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp('/exercises/short-foot');
  const input = page.getByTestId('exercise-photo-input');

  await input.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Not a photo at all, just some words.'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    '“notes.txt” is not a photo Stance can read (it looks like a text file). Use a JPEG, PNG or HEIC photo.',
  );

  await input.setInputFiles({
    name: 'short-foot.jpg',
    mimeType: 'image/jpeg',
    buffer: await photoBytes('#7a9a6a'),
  });
  const photo = page.getByRole('img', { name: 'Photo of Short foot (arch dome)' });
  await expect(photo).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The photo was added.' })).toBeVisible();
  // Served by the app from the photo store, so the picture really loads.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await expect(page.getByRole('button', { name: 'Replace photo…' })).toBeVisible();
  await shoot(page, 'detail-photo');
  await expectNoSeriousA11yViolations(page);
  const first = readDb(
    (db) =>
      db.prepare("SELECT hash FROM exercise_photos WHERE exercise_id = 'short-foot'").get() as {
        hash: string;
      },
  ).hash;

  await input.setInputFiles({
    name: 'better.jpg',
    mimeType: 'image/jpeg',
    buffer: await photoBytes('#6a7a9a'),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'The photo was replaced.' }),
  ).toBeVisible();
  await expect(photo).not.toHaveAttribute('src', new RegExp(first));

  // The library shows the photo in place of the drawing.
  await page.getByRole('link', { name: 'All exercises' }).click();
  await page.getByLabel('Search exercises').fill('short foot');
  await expect(
    page.getByRole('link', { name: /Short foot/ }).locator('img.exercise-photo'),
  ).toBeVisible();
  await page.getByRole('link', { name: /Short foot/ }).click();

  await page.getByRole('button', { name: 'Remove photo' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The photo was removed.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Line drawing of Short foot (arch dome)' }),
  ).toBeVisible();
  expect(readDb((db) => db.prepare('SELECT count(*) AS n FROM exercise_photos').get())).toEqual({
    n: 0,
  });
});

test('asks before leaving the exercise form with unsaved changes, by link or by Back', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp('/exercises');
  await page.getByRole('link', { name: 'New exercise' }).click();
  await shoot(page, 'form-new');
  await page.getByLabel(/^Name/).fill('Half-typed exercise');

  // A link in the sidebar.
  await page.getByRole('link', { name: 'Clients' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByLabel(/^Name/)).toHaveValue('Half-typed exercise');
  expect(page.url()).toMatch(/#\/exercises\/new$/);

  // The browser's Back.
  await page.goBack();
  await expect(ask).toBeVisible();
  expect(page.url()).toMatch(/#\/exercises\/new$/);
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
  expect(readDb((db) => db.prepare('SELECT count(*) AS n FROM exercises').get())).toEqual({ n: 0 });

  // Nothing typed: leaving is quiet.
  await page.getByRole('link', { name: 'New exercise' }).click();
  await page.getByRole('link', { name: 'All exercises' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
});
