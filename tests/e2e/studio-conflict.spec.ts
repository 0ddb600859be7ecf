/**
 * Two practitioners on one draft on the studio's server, each signed in as her own database role:
 * Sam saves the draft Ana has open; Ana's next save is refused with Sam's name and the time, her
 * typed text stays in the form, and the server keeps Sam's; after a reload her text is offered
 * back, until the draft is finalized. Once Sam finalizes it, the revision cannot be changed in SQL
 * by anyone, Ana included. The same holds for a client's details and a program, and the revisions
 * dialog names who started and who finalized each revision.
 */
import type { Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { Program } from '../../shared/channels/programs';
import type { Client } from '../../shared/domain/clients';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { anaAndSam, call, type StudioColleagues } from '../helpers/studio-colleagues';
import type { StudioRouter } from '../helpers/studio-router';
import { formReady } from './assessment-helpers';
import { expect, test } from './fixtures';

let cluster: TestCluster;
let colleagues: StudioColleagues;
let ana: StudioRouter;
let sam: StudioRouter;

test.beforeAll(async () => {
  cluster = await startTestCluster();
  colleagues = await anaAndSam(cluster, 'conflict');
  ({ ana, sam } = colleagues);
});

test.afterAll(async () => {
  await colleagues?.close();
  cluster?.stop();
});

test.use({ routeTo: { route: (channel, payload) => ana.route(channel, payload) } });

/** The notes as the server holds them, read in SQL past Stance. */
async function storedNotes(id: string): Promise<string | null> {
  const { rows } = await colleagues.admin.query<{ notes: string | null }>(
    "SELECT body->>'notes' AS notes FROM assessment_revisions WHERE assessment_id = $1",
    [id],
  );
  return rows[0]?.notes ?? null;
}

/**
 * Ana's draft, saved once; Sam, on the front-desk computer, opens it after her save and saves over
 * it; Ana types on, so her next save is the one refused.
 */
async function samSavesOverAna(
  page: Page,
  gotoApp: (hashPath: string) => Promise<void>,
  firstName: string,
) {
  const client = await call<Client>(ana, 'clients:create', { firstName, lastName: 'Two' });
  const { assessmentId } = await call<Assessment>(ana, 'assessments:create', {
    clientId: client.id,
  });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const notes = page.getByRole('textbox', { name: 'Assessment notes' });
  await notes.fill('Ana: feet turn out.');
  await expect.poll(() => storedNotes(assessmentId)).toBe('Ana: feet turn out.');

  const seen = await call<Assessment>(sam, 'assessments:get', { id: assessmentId });
  await call(sam, 'assessments:saveDraft', {
    id: assessmentId,
    revision: seen.revision,
    assessedOn: seen.assessedOn,
    body: { ...seen.body, notes: 'Sam: left arch collapses.' },
    expectedUpdatedAt: seen.updatedAt,
  });

  await notes.fill('Ana: feet turn out. Knees track in.');
  return { assessmentId, notes, seen };
}

test('a colleague’s save is reported with who made it and when, and nothing is overwritten', async ({
  page,
  gotoApp,
}) => {
  const { assessmentId, notes, seen } = await samSavesOverAna(page, gotoApp, 'Rosa');
  await expect(
    page.getByText(/This draft was changed by sam at \d\d:\d\d while you were typing\./),
  ).toBeVisible();
  await expect(notes).toHaveValue('Ana: feet turn out. Knees track in.');
  expect(await storedNotes(assessmentId)).toBe('Sam: left arch collapses.');

  // Sam finalizes; the server itself refuses any change to the final revision, from anyone.
  await call(sam, 'assessments:finalize', { id: assessmentId, revision: seen.revision });
  await expect(
    colleagues.anaPool.query(
      "UPDATE assessment_revisions SET body = '{}' WHERE assessment_id = $1",
      [assessmentId],
    ),
  ).rejects.toThrow();
  expect(await storedNotes(assessmentId)).toBe('Sam: left arch collapses.');
});

test('her text refused by a colleague’s save is offered back by name, and dropped once the draft is finalized', async ({
  page,
  gotoApp,
}) => {
  const { assessmentId, notes, seen } = await samSavesOverAna(page, gotoApp, 'Vera');
  await expect(page.getByText(/This draft was changed by sam at \d\d:\d\d/)).toBeVisible();

  await page.reload();
  await formReady(page);
  await expect(notes).toHaveValue('Sam: left arch collapses.');
  const notice = page.getByRole('alert').filter({ hasText: 'was not saved' });
  await expect(notice).toContainText(
    /This draft was changed by sam at \d\d:\d\d while you were typing\./,
  );

  // A finalized revision cannot take her text: it is no longer offered, nor kept.
  await call(sam, 'assessments:finalize', { id: assessmentId, revision: seen.revision });
  await page.reload();
  await formReady(page);
  await expect(page.getByText('Finalized', { exact: false }).first()).toBeVisible();
  await expect(notice).toHaveCount(0);
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('stance:assessment-set-aside:')),
  );
  expect(setAside).toEqual([]);
  expect(await storedNotes(assessmentId)).toBe('Sam: left arch collapses.');
});

test('the revisions of an assessment say who started and who finalized each one', async ({
  page,
  gotoApp,
}) => {
  const client = await call<Client>(ana, 'clients:create', { firstName: 'Ines', lastName: 'Two' });
  const { assessmentId } = await call<Assessment>(ana, 'assessments:create', {
    clientId: client.id,
  });
  await call(sam, 'assessments:finalize', { id: assessmentId, revision: 1 });
  await call(sam, 'assessments:amend', { id: assessmentId, reason: 'Wrong side recorded' });

  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  await page.getByRole('button', { name: 'Revisions', exact: true }).click();
  const rows = page.getByRole('dialog', { name: 'Revisions of this assessment' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Started by sam');
  await expect(rows.nth(1)).not.toContainText('Finalized by');
  await expect(rows.nth(2)).toContainText(/Started by ana · Finalized by sam on .*\d\d?:\d\d/);
});

test('a colleague’s save of the client’s details or the program is reported by name, and her typing kept', async ({
  page,
  gotoApp,
}) => {
  const client = await call<Client>(ana, 'clients:create', {
    firstName: 'Lena',
    lastName: 'Two',
    email: 'lena@example.com',
  });
  await page.setViewportSize({ width: 1024, height: 700 });
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const email = page.getByLabel('Email');
  await email.fill('lena.ana@example.com');
  // Sam saves the same client on the front-desk computer while Ana types.
  await call(sam, 'clients:update', {
    id: client.id,
    firstName: 'Lena',
    lastName: 'Two',
    email: 'lena.sam@example.com',
    expectedUpdatedAt: client.updatedAt,
  });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByText(/These details were changed by sam at \d\d:\d\d after you opened them/),
  ).toBeVisible();
  await expect(email).toHaveValue('lena.ana@example.com');
  // On a laptop's screen the form is taller than the window: the refusal comes into view.
  await expect(page.getByRole('alert').filter({ hasText: 'changed by sam' })).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('studio-client-changed.png') });
  expect((await call<Client>(ana, 'clients:get', { id: client.id })).email).toBe(
    'lena.sam@example.com',
  );
  // As the message says: Cancel, then Edit details again shows Sam's details, and saves on them.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(email).toHaveValue('lena.sam@example.com');
  await page.getByLabel('Phone').fill('0113 496 0001');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('The changes were saved.')).toBeVisible();
  expect(await call<Client>(ana, 'clients:get', { id: client.id })).toMatchObject({
    email: 'lena.sam@example.com',
    phone: '0113 496 0001',
  });

  const { assessmentId } = await call<Assessment>(ana, 'assessments:create', {
    clientId: client.id,
  });
  const items = [
    {
      exerciseId: 'short-foot',
      dosage: { kind: 'reps', sets: 2, reps: 10, perSide: false, timesPerDay: 1, daysPerWeek: 5 },
      notes: '',
    },
  ];
  const program = await call<Program>(ana, 'programs:save', {
    clientId: client.id,
    assessmentId,
    title: 'Weeks 1–4',
    items,
  });
  await gotoApp(`/clients/${client.id}/program/${assessmentId}`);
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Weeks 1–4');
  await call(sam, 'programs:save', {
    id: program.id,
    clientId: client.id,
    title: 'Weeks 1–6 (Sam)',
    items,
    expectedUpdatedAt: program.updatedAt,
  });
  await title.fill('Weeks 1–4, typed by Ana');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(
    page.getByText(/This program was changed by sam at \d\d:\d\d after you opened it/),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'changed by sam' })).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('studio-program-changed.png') });
  await expect(title).toHaveValue('Weeks 1–4, typed by Ana');
  expect((await call<Program>(ana, 'programs:get', { id: program.id })).title).toBe(
    'Weeks 1–6 (Sam)',
  );
});
