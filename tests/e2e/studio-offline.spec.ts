/**
 * Typing an assessment while the studio's server is away, in the real renderer, with the page's
 * calls going to Stance's router on a real PostgreSQL server's stores. She is told in plain words
 * that the server cannot be reached, keeps typing, and her text is kept on this computer (also
 * across a reload); when the server is back it is saved by itself and the banner goes. A
 * colleague's save made while she was cut off is reported, never overwritten. The client's
 * details (new or edited) and the program builder keep a Save she pressed the same way.
 */
import type { Page } from '@playwright/test';
import type pg from 'pg';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { STUDIO_UNREACHABLE_MESSAGE } from '../../main/db/postgres/lost-connection';
import { openStudioPool } from '../../main/db/postgres/pool';
import type { Route } from '../../main/router';
import type { Assessment } from '../../shared/channels/assessments';
import type { Program } from '../../shared/channels/programs';
import type { Client } from '../../shared/domain/clients';
import type { Channel } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { routerOnStudio } from '../helpers/studio-router';
import { formReady } from './assessment-helpers';
import { expect, test } from './fixtures';

let cluster: TestCluster;
let pool: pg.Pool;
let studio: { route: Route; close: () => void };

test.beforeAll(async () => {
  cluster = await startTestCluster();
  pool = openStudioPool({ connectionString: cluster.createDatabase('offline'), max: 2 });
  await migrateStudioDatabase(pool);
  studio = await routerOnStudio(pool);
});

test.afterAll(async () => {
  await pool?.end();
  studio?.close();
  cluster?.stop();
});

test.use({ routeTo: { route: (channel, payload) => studio.route(channel, payload) } });

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await studio.route(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function newDraft(): Promise<string> {
  const client = await call<Client>('clients:create', { firstName: 'Ines', lastName: 'Offline' });
  const draft = await call<Assessment>('assessments:create', { clientId: client.id });
  return draft.assessmentId;
}

/** The notes as the server holds them, read in SQL past Stance. */
async function storedNotes(id: string): Promise<string | null> {
  const { rows } = await pool.query<{ notes: string | null }>(
    "SELECT body->>'notes' AS notes FROM assessment_revisions WHERE assessment_id = $1",
    [id],
  );
  return rows[0]?.notes ?? null;
}

// The banner, not the save-status line beside the form (which says so too, in short).
const banner = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: 'The studio database cannot be reached just now.' })
    .filter({ hasText: 'Keep typing: everything you type is kept on this computer' });
const notesBox = (page: Page) => page.getByRole('textbox', { name: 'Assessment notes' });

test('while the server is away her typing is kept and said so, and saved by itself when it is back', async ({
  page,
  gotoApp,
}) => {
  const id = await newDraft();
  await gotoApp(`/assessments/${id}`);
  await formReady(page);
  const notes = notesBox(page);
  await notes.fill('Arrived with a sore left heel.');
  await expect.poll(() => storedNotes(id)).toBe('Arrived with a sore left heel.');

  await cluster.halt();
  await notes.fill('Arrived with a sore left heel. Worse on stairs.');
  await expect(banner(page)).toBeVisible({ timeout: 15_000 });
  // Not in her way: she types on with the banner showing.
  await notes.press('End');
  await page.keyboard.type(' Better after walking.');
  const typed = 'Arrived with a sore left heel. Worse on stairs. Better after walking.';
  await expect(notes).toHaveValue(typed);

  await cluster.resume();
  await expect.poll(() => storedNotes(id), { timeout: 30_000 }).toBe(typed);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible();
});

test('her text survives a reload while the server is away and is saved once it opens again', async ({
  page,
  gotoApp,
}) => {
  const id = await newDraft();
  await gotoApp(`/assessments/${id}`);
  await formReady(page);
  await notesBox(page).fill('Saved before.');
  await expect.poll(() => storedNotes(id)).toBe('Saved before.');

  await cluster.halt({ immediate: true });
  await notesBox(page).fill('Saved before. Typed while the server was away.');
  await expect(banner(page)).toBeVisible({ timeout: 15_000 });

  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'This assessment could not be opened' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'The studio database cannot be reached just now.',
  );
  expect(await storedNotesWhenBack()).toBe('Saved before.');

  await page.getByRole('button', { name: 'Try again' }).click();
  await formReady(page);
  await expect(notesBox(page)).toHaveValue('Saved before. Typed while the server was away.');
  await expect
    .poll(() => storedNotes(id), { timeout: 30_000 })
    .toBe('Saved before. Typed while the server was away.');
  await expect(banner(page)).toHaveCount(0);

  async function storedNotesWhenBack() {
    await cluster.resume();
    return storedNotes(id);
  }
});

test('a colleague’s save while she was cut off is reported, not overwritten', async ({
  page,
  gotoApp,
  mainAnswers,
}) => {
  const id = await newDraft();
  await gotoApp(`/assessments/${id}`);
  await formReady(page);
  await notesBox(page).fill('Her first words.');
  await expect.poll(() => storedNotes(id)).toBe('Her first words.');

  await cluster.halt();
  await notesBox(page).fill('Her first words. Typed while cut off.');
  await expect(banner(page)).toBeVisible({ timeout: 15_000 });
  await colleagueSavesFirst(mainAnswers, 'assessments:saveDraft', async () => {
    const seen = await call<Assessment>('assessments:get', { id });
    await call('assessments:saveDraft', {
      id,
      revision: seen.revision,
      assessedOn: seen.assessedOn,
      body: { ...seen.body, notes: 'The colleague’s words.' },
      expectedUpdatedAt: seen.updatedAt,
    });
  });

  await expect(page.getByText(/This draft was changed by stance at \d\d:\d\d/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(notesBox(page)).toHaveValue('Her first words. Typed while cut off.');
  expect(await storedNotes(id)).toBe('The colleague’s words.');
  await expect(banner(page)).toHaveCount(0);
});

const unreachable = {
  ok: false,
  error: { code: 'unavailable', message: STUDIO_UNREACHABLE_MESSAGE },
} as const;

/**
 * The server is back and a colleague saves first. Her own tries keep the answer main gave while
 * it was away until then, so the order does not depend on when her backoff comes round.
 */
async function colleagueSavesFirst(
  mainAnswers: Partial<Record<Channel, Result<unknown>>>,
  channel: Channel,
  save: () => Promise<unknown>,
): Promise<void> {
  mainAnswers[channel] = unreachable;
  await cluster.resume();
  await save();
  delete mainAnswers[channel];
}

// The banner of a form whose Save could not reach the server.
const formBanner = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: 'The studio database cannot be reached just now.' })
    .filter({ hasText: 'kept on this computer, and Stance saves them by itself' });

/** The banner is where she pressed Save, and the page does not scroll sideways. */
async function bannerInSight(page: Page, screenshot: string) {
  await expect(formBanner(page)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: test.info().outputPath(screenshot) });
}

async function storedClient(id: string) {
  const { rows } = await pool.query<{ email: string | null; notes: string | null }>(
    'SELECT email, notes FROM clients WHERE id = $1',
    [id],
  );
  return rows[0] ?? null;
}

test('details she saves while the server is away are kept across leaving and saved when it is back', async ({
  page,
  gotoApp,
  mainAnswers,
}) => {
  const client = await call<Client>('clients:create', {
    firstName: 'Lena',
    lastName: 'Away',
    email: 'lena@example.com',
  });
  await page.setViewportSize({ width: 1024, height: 700 });
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Email').fill('lena.new@example.com');
  await page.getByLabel('Notes').fill('Prefers mornings.');

  await cluster.halt();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(formBanner(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Email')).toHaveValue('lena.new@example.com');
  await bannerInSight(page, 'offline-client-details.png');

  // She leaves, and the window is even reloaded, while the server is still away.
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.reload();
  // Back, her kept details open again; her Save is still not answered.
  mainAnswers['clients:update'] = unreachable;
  await cluster.resume();
  await gotoApp(`/clients/${client.id}`);
  await expect(page.getByLabel('Email')).toHaveValue('lena.new@example.com');
  await expect(page.getByLabel('Notes')).toHaveValue('Prefers mornings.');
  await expect(formBanner(page)).toBeVisible();
  expect((await storedClient(client.id))?.email).toBe('lena@example.com');

  // The server answers: saved by itself, the banner goes, the details show what she typed.
  delete mainAnswers['clients:update'];
  await expect(page.getByText('The changes were saved.')).toBeVisible({ timeout: 30_000 });
  expect(await storedClient(client.id)).toEqual({
    email: 'lena.new@example.com',
    notes: 'Prefers mornings.',
  });
  await expect(formBanner(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();
  // Nothing is left to offer again.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();
});

test('a new client saved while the server is away is kept across a reload and added when it is back', async ({
  page,
  gotoApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await gotoApp('/clients/new');
  await page.getByLabel('First name').fill('Nora');
  await page.getByLabel('Last name').fill('Waiting');
  await page.getByLabel('Notes').fill('Booked by phone.');

  await cluster.halt();
  await page.getByRole('button', { name: 'Save client' }).click();
  const banner = page
    .getByRole('status')
    .filter({ hasText: 'The studio database cannot be reached just now.' })
    .filter({ hasText: 'The new client’s details are kept on this computer' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('offline-new-client.png') });

  // The client list says a new client is waiting, and leads back to it.
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('region', { name: 'A new client not saved yet' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('offline-new-client-waiting.png') });
  await page
    .getByRole('region', { name: 'A new client not saved yet' })
    .getByRole('link', { name: 'Open them to save them now' })
    .click();
  await expect(page.getByLabel('First name')).toHaveValue('Nora');
  await expect(banner).toBeVisible({ timeout: 15_000 });

  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Nora');
  await expect(page.getByLabel('Notes')).toHaveValue('Booked by phone.');
  await expect(banner).toBeVisible({ timeout: 15_000 });

  await cluster.resume();
  await expect(page.getByText('Nora Waiting was added to your clients.')).toBeVisible({
    timeout: 30_000,
  });
  const { rows } = await pool.query<{ notes: string }>(
    "SELECT notes FROM clients WHERE first_name = 'Nora' AND last_name = 'Waiting'",
  );
  expect(rows).toEqual([{ notes: 'Booked by phone.' }]);
  await expect(banner).toHaveCount(0);
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('link', { name: /Nora/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'A new client not saved yet' })).toHaveCount(0);
});

test('a colleague’s save of the details while she was away is reported by name, not overwritten', async ({
  page,
  gotoApp,
  mainAnswers,
}) => {
  const client = await call<Client>('clients:create', {
    firstName: 'Rosa',
    lastName: 'Away',
    email: 'rosa@example.com',
  });
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Email').fill('rosa.hers@example.com');
  await cluster.halt();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(formBanner(page)).toBeVisible({ timeout: 15_000 });

  await colleagueSavesFirst(mainAnswers, 'clients:update', () =>
    call('clients:update', {
      id: client.id,
      firstName: 'Rosa',
      lastName: 'Away',
      email: 'rosa.colleague@example.com',
      expectedUpdatedAt: client.updatedAt,
    }),
  );

  const changed = /These details were changed by stance at \d\d:\d\d after you opened them/;
  await expect(page.getByText(changed)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Email')).toHaveValue('rosa.hers@example.com');
  await expect(formBanner(page)).toHaveCount(0);
  expect((await storedClient(client.id))?.email).toBe('rosa.colleague@example.com');

  // Her text is still kept: back on the page it opens again, and is refused again, by name.
  await page.reload();
  await expect(page.getByLabel('Email')).toHaveValue('rosa.hers@example.com');
  await expect(page.getByText(changed)).toBeVisible();
  expect((await storedClient(client.id))?.email).toBe('rosa.colleague@example.com');

  // Discarding hers shows the saved details and offers nothing again.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByText('rosa.colleague@example.com')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();
});

const programItems = [
  {
    exerciseId: 'short-foot',
    dosage: { kind: 'reps', sets: 2, reps: 10, perSide: false, timesPerDay: 1, daysPerWeek: 5 },
    notes: '',
  },
];

async function savedProgram(lastName: string) {
  const client = await call<Client>('clients:create', { firstName: 'Ada', lastName });
  const { assessmentId } = await call<Assessment>('assessments:create', { clientId: client.id });
  const program = await call<Program>('programs:save', {
    clientId: client.id,
    assessmentId,
    title: 'Weeks 1–4',
    items: programItems,
  });
  return { client, assessmentId, program, page: `/clients/${client.id}/program/${assessmentId}` };
}

async function storedTitle(programId: string): Promise<string | null> {
  const { rows } = await pool.query<{ title: string }>('SELECT title FROM programs WHERE id = $1', [
    programId,
  ]);
  return rows[0]?.title ?? null;
}

const programBanner = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: 'The studio database cannot be reached just now.' })
    .filter({ hasText: 'Your program is kept on this computer' });

test('a program saved while the server is away is kept across leaving and saved when it is back', async ({
  page,
  gotoApp,
  mainAnswers,
}) => {
  const { program, page: builder } = await savedProgram('Program');
  await page.setViewportSize({ width: 1024, height: 700 });
  await gotoApp(builder);
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Weeks 1–4');
  await title.fill('Weeks 1–4, typed while away');

  await cluster.halt();
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(programBanner(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(programBanner(page)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: test.info().outputPath('offline-program.png') });

  // She leaves (nothing asks: her program is kept), and the window is even reloaded.
  await page.getByRole('link', { name: 'Back to the client' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  mainAnswers['programs:save'] = unreachable;
  await cluster.resume();
  await gotoApp(builder);
  await expect(title).toHaveValue('Weeks 1–4, typed while away');
  await expect(programBanner(page)).toBeVisible();
  expect(await storedTitle(program.id)).toBe('Weeks 1–4');

  delete mainAnswers['programs:save'];
  await expect(page.getByText('The program was saved.')).toBeVisible({ timeout: 30_000 });
  expect(await storedTitle(program.id)).toBe('Weeks 1–4, typed while away');
  await expect(programBanner(page)).toHaveCount(0);
  await page.reload();
  await expect(title).toHaveValue('Weeks 1–4, typed while away');
  await expect(page.getByRole('region', { name: 'Your kept program' })).toHaveCount(0);
});

test('a colleague’s save of the program while she was away is reported by name, not overwritten', async ({
  page,
  gotoApp,
  mainAnswers,
}) => {
  const { client, program, page: builder } = await savedProgram('Colleague');
  await gotoApp(builder);
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Weeks 1–4');
  await title.fill('Hers, typed while away');
  await cluster.halt();
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(programBanner(page)).toBeVisible({ timeout: 15_000 });

  await colleagueSavesFirst(mainAnswers, 'programs:save', () =>
    call('programs:save', {
      id: program.id,
      clientId: client.id,
      title: 'The colleague’s title',
      items: programItems,
      expectedUpdatedAt: program.updatedAt,
    }),
  );

  const changed = /This program was changed by stance at \d\d:\d\d after you opened it/;
  await expect(page.getByText(changed)).toBeVisible({ timeout: 30_000 });
  await expect(title).toHaveValue('Hers, typed while away');
  await expect(programBanner(page)).toHaveCount(0);
  expect(await storedTitle(program.id)).toBe('The colleague’s title');

  // Opened again, hers is back and refused again by name; she can drop it to see theirs.
  await page.reload();
  await expect(title).toHaveValue('Hers, typed while away');
  await expect(page.getByText(changed)).toBeVisible();
  await page
    .getByRole('alert')
    .filter({ hasText: changed })
    .getByRole('button', { name: 'Discard my changes and show the saved program' })
    .click();
  await expect(title).toHaveValue('The colleague’s title');
  await page.reload();
  await expect(title).toHaveValue('The colleague’s title');
  expect(await storedTitle(program.id)).toBe('The colleague’s title');
});

test('a new program kept while away does not go over one made for the visit meanwhile: she is told and chooses', async ({
  page,
  gotoApp,
  mainAnswers,
}) => {
  const client = await call<Client>('clients:create', { firstName: 'Ada', lastName: 'New' });
  const { assessmentId } = await call<Assessment>('assessments:create', { clientId: client.id });
  const builder = `/clients/${client.id}/program/${assessmentId}`;
  await gotoApp(builder);
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Home exercises');
  await page.getByLabel('Search the library').fill('short foot');
  await page.getByLabel(/^Exercise \(/).selectOption({ label: 'Short foot (arch dome)' });
  await page.getByRole('button', { name: 'Add to the program' }).click();
  await title.fill('Her first program');

  await cluster.halt();
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(programBanner(page)).toBeVisible({ timeout: 15_000 });
  mainAnswers['programs:save'] = unreachable;
  await cluster.resume();
  // A colleague makes the visit's program before hers gets through.
  await call('programs:save', {
    clientId: client.id,
    assessmentId,
    title: 'The colleague’s program',
    items: programItems,
  });
  const visitPrograms = async () =>
    (
      await pool.query<{ title: string }>('SELECT title FROM programs WHERE client_id = $1', [
        client.id,
      ])
    ).rows.map((row) => row.title);

  await page.reload();
  delete mainAnswers['programs:save'];
  await expect(title).toHaveValue('Her first program');
  const kept = page.getByRole('region', { name: 'Your kept program' });
  await expect(kept).toContainText('Meanwhile a program for this visit was saved elsewhere');
  await expect(kept).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('offline-program-replaced.png') });
  // Not saved by itself, even with the server answering again.
  await page.waitForTimeout(3000);
  expect(await visitPrograms()).toEqual(['The colleague’s program']);

  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByText('The program was saved.')).toBeVisible();
  await expect(kept).toHaveCount(0);
  expect(await visitPrograms()).toEqual(['Her first program']);
});

test('a Save of the details that landed while its answer was lost is taken as saved, not as a colleague’s', async ({
  page,
  gotoApp,
  mainAnswers,
}) => {
  const client = await call<Client>('clients:create', { firstName: 'Ida', lastName: 'Lost' });
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Occupation').fill('Baker');
  mainAnswers['clients:update'] = unreachable;
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(formBanner(page)).toBeVisible();
  // Her save reached the server, but its answer never came back to her.
  await call('clients:update', {
    id: client.id,
    firstName: 'Ida',
    lastName: 'Lost',
    occupation: 'Baker',
    expectedUpdatedAt: client.updatedAt,
  });
  delete mainAnswers['clients:update'];

  await expect(page.getByText('The changes were saved.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/changed by/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();
});
