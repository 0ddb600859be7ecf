import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openStance, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { RecordExported } from '../../shared/channels/clients';
import type { Client } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost } from '../helpers/test-host';
import { addClients, expect, test, type ReadOnlyDb } from './fixtures';

interface ClientRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  updated_at: string;
  archived_at: string | null;
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Test setup failed: ${result.error.message}`);
  return result.value as T;
}

async function addAssessment(
  core: StanceCore,
  clientId: string,
  assessedOn: string,
): Promise<Assessment> {
  return valueOf<Assessment>(await core.route('assessments:create', { clientId, assessedOn }));
}

const clientRow = (db: ReadOnlyDb, id: string) =>
  db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;

const countWhere = (db: ReadOnlyDb, sql: string, ...values: string[]) =>
  (db.prepare(`SELECT count(*) AS n FROM ${sql}`).get(...values) as { n: number }).n;

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} places)`);
  expect(serious).toEqual([]);
}

const clientNames = (page: Page) => page.getByRole('table').getByRole('row').getByRole('link');

const notice = (page: Page, text: string | RegExp) =>
  page.locator('.notice').filter({ hasText: text });

const eraseDialog = (page: Page, name: string) =>
  page.getByRole('dialog', { name: `Erase ${name}?` });

test.describe('editing details', () => {
  test('email and phone are changed, saved with Ctrl+S and kept after a reload; Escape asks first', async ({
    page,
    core,
    gotoApp,
    readDb,
  }) => {
    const [client] = await addClients(core, [
      { firstName: 'Margaret', lastName: 'Okonkwo', email: 'old@example.com', phone: '0123 456' },
    ]);
    await gotoApp(`/clients/${client!.id}`);

    // Escape with nothing changed just closes the form.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByLabel('First name')).toBeFocused();
    await expect(page.getByLabel('Email')).toHaveValue('old@example.com');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Edit details' })).toBeFocused();

    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Email').fill('margaret@example.org');
    await page.getByLabel('Phone').fill('+44 20 7946 0000');

    // With changes, Escape asks; "Keep editing" is the safe default.
    await page.keyboard.press('Escape');
    const prompt = page.getByRole('alertdialog', { name: 'Discard your changes?' });
    await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(prompt).toBeHidden();
    await expect(page.getByLabel('Phone')).toHaveValue('+44 20 7946 0000');

    await page.keyboard.press('Control+s');
    await expect(notice(page, 'The changes were saved.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit details' })).toBeFocused();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Margaret Okonkwo' })).toBeVisible();
    await expect(page.getByText('margaret@example.org')).toBeVisible();
    await expect(page.getByText('+44 20 7946 0000')).toBeVisible();
    expect(readDb((db) => clientRow(db, client!.id))).toMatchObject({
      first_name: 'Margaret',
      email: 'margaret@example.org',
      phone: '+44 20 7946 0000',
    });
  });

  test('an invalid email is refused beside the field and nothing is written', async ({
    page,
    core,
    gotoApp,
    readDb,
  }) => {
    const [client] = await addClients(core, [
      { firstName: 'Ruth', lastName: 'Achterberg', email: 'ruth@example.com' },
    ]);
    await gotoApp(`/clients/${client!.id}`);
    await page.getByRole('button', { name: 'Edit details' }).click();

    const email = page.getByLabel('Email');
    await email.fill('ruth@');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
    await expect(email).toBeFocused();
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    expect(readDb((db) => clientRow(db, client!.id))).toMatchObject({
      email: 'ruth@example.com',
      updated_at: client!.updatedAt,
    });
  });
});

test.describe('when main refuses an edit the form accepted', () => {
  test.use({
    cannedAnswers: {
      'clients:update': {
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Some details are not valid.',
          issues: [{ path: 'phone', message: 'That phone number is not in use.' }],
        },
      },
    },
  });

  test("main's message appears beside its field", async ({ page, core, gotoApp, readDb }) => {
    const [client] = await addClients(core, [{ firstName: 'Lena', lastName: 'Moreau' }]);
    await gotoApp(`/clients/${client!.id}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Phone').fill('555 0100');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(page.getByLabel('Phone')).toHaveAccessibleDescription(
      'That phone number is not in use.',
    );
    await expect(page.getByLabel('Phone')).toBeFocused();
    expect(readDb((db) => clientRow(db, client!.id))?.phone).toBe('');
  });
});

test('archiving hides a client from the list, "Show archived" shows them, and Restore brings them back', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const [ada] = await addClients(core, [
    { firstName: 'Ada', lastName: 'Archer' },
    { firstName: 'Ben', lastName: 'Stay' },
  ]);
  await gotoApp(`/clients/${ada!.id}`);
  await page.getByRole('button', { name: 'Archive' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(notice(page, 'Ada Archer was archived')).toBeVisible();
  await expect(clientNames(page)).toHaveText(['Ben Stay']);
  expect(readDb((db) => clientRow(db, ada!.id))?.archived_at).not.toBeNull();

  await page.getByLabel('Show archived').check();
  await expect(page.getByText('Archived clients.')).toBeVisible();
  await expect(page.getByText('1 archived client, newest first')).toBeVisible();
  await expect(clientNames(page)).toHaveText(['Ada Archer']);

  await page.getByRole('link', { name: 'Ada Archer' }).click();
  await expect(page.getByRole('heading', { name: 'This client is archived' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { name: 'This client is archived' })).toBeHidden();
  await expect(notice(page, 'Ada Archer was restored')).toBeVisible();
  expect(readDb((db) => clientRow(db, ada!.id))?.archived_at).toBeNull();

  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(clientNames(page)).toHaveText(['Ben Stay', 'Ada Archer']);

  // The notice's Restore undoes an archive at once and goes back to the client.
  await page.getByRole('link', { name: 'Ben Stay' }).click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(clientNames(page)).toHaveText(['Ada Archer']);
  await notice(page, 'Ben Stay was archived').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ben Stay' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This client is archived' })).toBeHidden();
  await expect(notice(page, 'Ben Stay was restored')).toBeVisible();
  expect(readDb((db) => countWhere(db, 'clients WHERE archived_at IS NOT NULL'))).toBe(0);
});

test.describe('erasing a client', () => {
  test('the button wakes only for the full name; erasing removes the client and their assessments', async ({
    page,
    core,
    gotoApp,
    readDb,
  }) => {
    const [erin, keep] = await addClients(core, [
      { firstName: 'Erin', lastName: 'Example' },
      { firstName: 'Keep', lastName: 'Me' },
    ]);
    await addAssessment(core, erin!.id, '2026-01-10');
    await addAssessment(core, erin!.id, '2026-02-20');
    await addAssessment(core, keep!.id, '2026-02-21');
    await gotoApp(`/clients/${erin!.id}`);

    await page.getByRole('button', { name: 'Erase client…' }).click();
    const dialog = eraseDialog(page, 'Erin Example');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('all 2 of their assessments, with every revision');
    await expect(dialog).toContainText('This cannot be undone.');
    await expect(dialog).toContainText('Export record…');

    const name = dialog.getByLabel('Type the client’s full name');
    const erase = dialog.getByRole('button', { name: 'Erase client' });
    await expect(name).toBeFocused();
    await expect(erase).toBeDisabled();
    await name.fill('Erin');
    await expect(erase).toBeDisabled();
    await name.fill('Erin Exampel');
    await expect(erase).toBeDisabled();
    await name.fill('Erin Example');
    await expect(erase).toBeEnabled();

    // Enter in the name field is not a way to erase.
    await name.press('Enter');
    await expect(dialog).toBeVisible();
    expect(readDb((db) => clientRow(db, erin!.id))).toBeDefined();

    await erase.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
    await expect(notice(page, 'Erin Example was erased')).toBeVisible();
    await expect(clientNames(page)).toHaveText(['Keep Me']);

    const left = readDb((db) => ({
      erin: countWhere(db, 'clients WHERE id = ?', erin!.id),
      erinAssessments: countWhere(db, 'assessments WHERE client_id = ?', erin!.id),
      revisions: countWhere(db, 'assessment_revisions'),
      keepAssessments: countWhere(db, 'assessments WHERE client_id = ?', keep!.id),
    }));
    expect(left).toEqual({ erin: 0, erinAssessments: 0, revisions: 1, keepAssessments: 1 });
  });

  test('Escape, Cancel and Close leave everything as it was', async ({
    page,
    core,
    gotoApp,
    readDb,
  }) => {
    const [client] = await addClients(core, [{ firstName: 'Stay', lastName: 'Put' }]);
    await addAssessment(core, client!.id, '2026-03-01');
    await gotoApp(`/clients/${client!.id}`);
    const open = page.getByRole('button', { name: 'Erase client…' });
    const dialog = eraseDialog(page, 'Stay Put');

    await open.click();
    await dialog.getByLabel('Type the client’s full name').fill('Stay Put');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();

    await open.click();
    await expect(dialog.getByLabel('Type the client’s full name')).toHaveValue('');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await open.click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('heading', { level: 1, name: 'Stay Put' })).toBeVisible();
    expect(
      readDb((db) => ({
        clients: countWhere(db, 'clients'),
        assessments: countWhere(db, 'assessments'),
      })),
    ).toEqual({ clients: 1, assessments: 1 });
  });
});

test('the list sorts by newest, by name and by last visit, and remembers the choice', async ({
  page,
  core,
  gotoApp,
}) => {
  const [bea, dan, cara] = await addClients(core, [
    { firstName: 'Bea', lastName: 'Xu' },
    { firstName: 'Dan', lastName: 'Adams' },
    { firstName: 'Cara', lastName: 'Zimmer' },
    { firstName: 'Abe', lastName: 'Young' },
  ]);
  await addAssessment(core, bea!.id, '2026-01-15');
  await addAssessment(core, dan!.id, '2024-02-02');
  await addAssessment(core, dan!.id, '2023-01-01');
  await addAssessment(core, cara!.id, '2025-06-01');
  await gotoApp('/');

  await expect(clientNames(page)).toHaveText(['Abe Young', 'Cara Zimmer', 'Dan Adams', 'Bea Xu']);
  await expect(page.getByText('4 clients, newest first')).toBeVisible();

  await page.getByLabel('Sort by').selectOption({ label: 'Name' });
  await expect(clientNames(page)).toHaveText(['Dan Adams', 'Bea Xu', 'Abe Young', 'Cara Zimmer']);
  await expect(page.getByText('4 clients, by last name')).toBeVisible();

  await page.getByLabel('Sort by').selectOption({ label: 'Last visit' });
  await expect(clientNames(page)).toHaveText(['Bea Xu', 'Cara Zimmer', 'Dan Adams', 'Abe Young']);
  await expect(page.getByText('4 clients, most recent visit first')).toBeVisible();
  const beaRow = page.getByRole('row').filter({ hasText: 'Bea Xu' });
  await expect(beaRow).toContainText('Jan 15, 2026');
  await expect(page.getByRole('row').filter({ hasText: 'Abe Young' })).toContainText('None yet');
  await expect(page.getByRole('row').filter({ hasText: 'Dan Adams' })).toContainText('Feb 2, 2024');

  await page.getByRole('link', { name: 'Cara Zimmer' }).click();
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByLabel('Sort by')).toHaveValue('last-visit');
  await expect(clientNames(page)).toHaveText(['Bea Xu', 'Cara Zimmer', 'Dan Adams', 'Abe Young']);
  await expectNoSeriousA11yViolations(page);
});

test('search finds a client by email, phone and a word in the notes, best match first', async ({
  page,
  core,
  gotoApp,
}) => {
  await addClients(core, [
    {
      firstName: 'Kiri',
      lastName: 'Tane',
      email: 'kiri.tane@studio-mail.net',
      notes: 'Runs marathons; left hip feels tight after long runs.',
    },
    {
      firstName: 'Lee',
      lastName: 'Park',
      email: 'lee@example.com',
      phone: '+1 555 0199',
      notes: 'Desk worker with neck pain.',
    },
  ]);
  await gotoApp('/');
  const search = page.getByLabel('Search clients');
  await expect(search).toHaveAttribute('placeholder', 'Search name, email, phone, notes');

  await search.fill('studio-mail');
  await expect(clientNames(page)).toHaveText(['Kiri Tane']);
  await expect(page.getByText('1 match, best first')).toBeVisible();
  // A search has its own order, so the sort cannot be changed during one.
  await expect(page.getByLabel('Sort by')).toBeDisabled();

  await search.fill('marathon');
  await expect(clientNames(page)).toHaveText(['Kiri Tane']);

  await search.fill('neck');
  await expect(clientNames(page)).toHaveText(['Lee Park']);

  await search.fill('0199');
  await expect(clientNames(page)).toHaveText(['Lee Park']);

  await search.fill('');
  await expect(page.getByLabel('Sort by')).toBeEnabled();
  await expect(page.getByText('2 clients, newest first')).toBeVisible();
});

test('Export record writes the chosen file, and Cancel in the save dialog shows no error', async ({
  page,
  core,
  host,
  gotoApp,
}) => {
  const [client] = await addClients(core, [{ firstName: 'Margaret', lastName: 'Okonkwo-Hale' }]);
  await addAssessment(core, client!.id, '2026-02-01');
  const file = test.info().outputPath('exports', 'Okonkwo-Hale-Margaret.stance-client.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  host.answers.saveFile = file;
  await gotoApp(`/clients/${client!.id}`);

  await page.getByRole('button', { name: 'Export record…' }).click();
  await expect(notice(page, `record was saved to ${file}`)).toBeVisible();
  await expect(notice(page, 'with 1 assessment and 0 photos')).toBeVisible();
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain('Margaret');
  expect(text).toContain('Okonkwo-Hale');

  await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
  host.answers.saveFile = null;
  await page.getByRole('button', { name: 'Export record…' }).click();
  await expect(page.getByRole('button', { name: 'Export record…' })).toBeEnabled();
  expect(host.dialogs.filter((dialog) => dialog.kind === 'save')).toHaveLength(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('a record exported from another data folder is imported and opened; importing it again is refused in plain words', async ({
  page,
  host,
  gotoApp,
  readDb,
}) => {
  const other = makeTempDir('stance-e2e-other-');
  try {
    const file = path.join(other.dir, 'Quinn-Nadia.stance-client.json');
    const otherCore = await openStance({
      dataDir: path.join(other.dir, 'data'),
      appVersion: '0.1.0',
      host: createTestHost({ saveFile: file }),
    });
    let nadia: Client;
    try {
      nadia = valueOf<Client>(
        await otherCore.route('clients:create', { firstName: 'Nadia', lastName: 'Quinn' }),
      );
      await addAssessment(otherCore, nadia.id, '2026-02-03');
      const exported = valueOf<RecordExported>(
        await otherCore.route('clients:exportRecord', { id: nadia.id }),
      );
      expect(exported.file).toBe(file);
    } finally {
      otherCore.close();
    }

    host.answers.openFile = file;
    await gotoApp('/');
    await page.getByRole('button', { name: 'Import client…' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Nadia Quinn' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/clients/${nadia.id}$`));
    await expect(
      notice(page, 'Imported the record of Nadia Quinn, with 1 assessment and 0 photos.'),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Assessments' }).getByRole('link', { name: 'Feb 3, 2026' }),
    ).toBeVisible();
    expect(readDb((db) => clientRow(db, nadia.id))).toMatchObject({ first_name: 'Nadia' });

    await page.getByRole('link', { name: 'All clients' }).click();
    await page.getByRole('button', { name: 'Import client…' }).click();
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('The client record was not imported.');
    await expect(refusal).toContainText(
      'This client is already in your records as Nadia Quinn, so nothing was imported',
    );
    await refusal.getByRole('button', { name: 'Dismiss' }).click();

    // Cancel in the open dialog: nothing to say.
    host.answers.openFile = null;
    await page.getByRole('button', { name: 'Import client…' }).click();
    await expect(page.getByRole('button', { name: 'Import client…' })).toBeEnabled();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(readDb((db) => countWhere(db, 'clients'))).toBe(1);
  } finally {
    other.cleanup();
  }
});

test('the assessments are listed newest first, and "New assessment" starts one and opens it', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const [client] = await addClients(core, [{ firstName: 'Ines', lastName: 'Duarte' }]);
  await gotoApp(`/clients/${client!.id}`);
  const section = page.getByRole('region', { name: 'Assessments' });
  await expect(section).toContainText('No assessments yet.');

  const older = await addAssessment(core, client!.id, '2025-11-04');
  valueOf(await core.route('assessments:finalize', { id: older.assessmentId, revision: 1 }));
  valueOf(
    await core.route('assessments:amend', { id: older.assessmentId, reason: 'Typo in notes' }),
  );
  const scored = await addAssessment(core, client!.id, '2026-01-20');
  valueOf(
    await core.route('assessments:saveDraft', {
      id: scored.assessmentId,
      revision: 1,
      assessedOn: '2026-01-20',
      body: {
        schemaVersion: 1,
        pain: { nprsNow: 6 },
        oswestry: { variant: 'odi-2.1a', sections: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2] },
        feet: { left: { fpi6: { items: [2, 1, 1, 2, 1, 1] } } },
      },
    }),
  );
  valueOf(await core.route('assessments:finalize', { id: scored.assessmentId, revision: 1 }));
  await page.reload();

  const rows = section.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(rows.getByRole('rowheader').getByRole('link')).toHaveText([
    'Jan 20, 2026',
    'Nov 4, 2025',
  ]);
  // Each finalized visit offers its report; the amended one, the revision that was signed off.
  await expect(rows.nth(0).getByRole('link', { name: 'Report of Jan 20, 2026' })).toBeVisible();
  await expect(
    rows.nth(1).getByRole('link', { name: 'Report of Nov 4, 2025, as finalized (revision 1)' }),
  ).toBeVisible();
  await expect(rows.nth(0)).toContainText('Final');
  await expect(rows.nth(0)).toContainText('6/10');
  await expect(rows.nth(0)).toContainText('40% ODI');
  await expect(rows.nth(0)).toContainText('+8');
  await expect(rows.nth(1)).toContainText('Draft');
  await expect(rows.nth(1)).toContainText('2 revisions');
  await expect(rows.nth(0).getByRole('rowheader').getByRole('link')).toHaveAttribute(
    'href',
    `#/assessments/${scored.assessmentId}`,
  );

  await section.getByRole('button', { name: 'New assessment' }).click();
  await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).hash.replace('#/assessments/', '');
  expect(
    readDb((db) => db.prepare('SELECT client_id FROM assessments WHERE id = ?').get(id)),
  ).toEqual({ client_id: client!.id });
  expect(readDb((db) => countWhere(db, 'assessments WHERE client_id = ?', client!.id))).toBe(3);
});

test('the client page, its edit mode and the erase dialog pass the accessibility checks', async ({
  page,
  core,
  gotoApp,
}) => {
  const [client] = await addClients(core, [
    { firstName: 'Tomas', lastName: 'Berg', email: 'tomas@example.com', notes: 'Left knee.' },
  ]);
  await addAssessment(core, client!.id, '2026-02-10');
  await gotoApp(`/clients/${client!.id}`);
  await expect(page.getByRole('link', { name: 'Feb 10, 2026' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByLabel('First name')).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Erase client…' }).click();
  await expect(eraseDialog(page, 'Tomas Berg')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
