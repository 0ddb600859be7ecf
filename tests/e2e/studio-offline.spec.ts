/**
 * Typing an assessment while the studio's server is away, in the real renderer, with the page's
 * calls going to Stance's router on a real PostgreSQL server's stores. She is told in plain words
 * that the server cannot be reached, keeps typing, and her text is kept on this computer (also
 * across a reload); when the server is back it is saved by itself and the banner goes. A
 * colleague's save made while she was cut off is reported, never overwritten.
 */
import type { Page } from '@playwright/test';
import type pg from 'pg';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { STUDIO_UNREACHABLE_MESSAGE } from '../../main/db/postgres/lost-connection';
import { openStudioPool } from '../../main/db/postgres/pool';
import type { Route } from '../../main/router';
import type { Assessment } from '../../shared/channels/assessments';
import type { Client } from '../../shared/domain/clients';
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
  // Her retries keep their answer (the one main just gave) until the colleague has saved, so
  // the order does not depend on when her backoff comes round.
  mainAnswers['assessments:saveDraft'] = {
    ok: false,
    error: { code: 'unavailable', message: STUDIO_UNREACHABLE_MESSAGE },
  };
  await cluster.resume();
  const seen = await call<Assessment>('assessments:get', { id });
  await call('assessments:saveDraft', {
    id,
    revision: seen.revision,
    assessedOn: seen.assessedOn,
    body: { ...seen.body, notes: 'The colleague’s words.' },
    expectedUpdatedAt: seen.updatedAt,
  });
  delete mainAnswers['assessments:saveDraft'];

  await expect(page.getByText(/This draft was changed by stance at \d\d:\d\d/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(notesBox(page)).toHaveValue('Her first words. Typed while cut off.');
  expect(await storedNotes(id)).toBe('The colleague’s words.');
  await expect(banner(page)).toHaveCount(0);
});
