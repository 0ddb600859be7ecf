/**
 * Settings → Audit trail in the real renderer, read through the real router on the saved
 * connection from a real PostgreSQL server that asks for passwords (tests/helpers/audit-studio.ts
 * wrote its trail). Ana owns the studio: she reads the trail from the keyboard, narrows it to one
 * practitioner and one client, and pages back; Sam, a practitioner, is told it is not his to read.
 * Ana also backs the studio database up with pg_dump from Settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { StanceCore } from '../../main/stance';
import { startAuditStudio, type AuditStudio, type StudioPerson } from '../helpers/audit-studio';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

let studio: AuditStudio;

test.beforeAll(async () => {
  studio = await startAuditStudio();
});
test.afterAll(async () => {
  await studio?.stop();
});

const section = (page: Page) => page.getByRole('region', { name: 'Audit trail' });
const rows = (page: Page) => section(page).locator('tbody tr');

async function save(core: StanceCore, who: StudioPerson): Promise<void> {
  const result = await core.route('studio:save', studio.connectionFor(who));
  expect(result.ok).toBe(true);
}

/** Each row's "What happened" and "Who", as she reads them. */
const whatAndWho = (page: Page) =>
  rows(page).evaluateAll((found) =>
    found.map((row) => [...row.querySelectorAll('td')].slice(0, 2).map((cell) => cell.innerText)),
  );

test('the owner reads the trail from the keyboard, by practitioner and by client, a page at a time', async ({
  page,
  gotoApp,
  core,
}) => {
  await save(core, 'ana');
  await gotoApp('/settings');
  const trail = section(page);
  await trail.getByRole('button', { name: 'Show the audit trail' }).focus();
  await page.keyboard.press('Enter');

  await expect(trail.getByText('Signed in to the studio database as “ana”.')).toBeVisible();
  await expect(rows(page)).toHaveCount(6);
  expect(await whatAndWho(page)).toEqual([
    ['Erased a client’s whole record (the name went with it)', 'sam'],
    ['Exported an erased client’s record to a file', 'sam'],
    ['Exported Ana Diaz’s record to a file', 'sam'],
    ['Finalized Ana Diaz’s assessment of Mar 3, 2026, revision 2', 'ana'],
    ['Began amending Ana Diaz’s assessment of Mar 3, 2026 (revision 2)', 'sam'],
    ['Finalized Ana Diaz’s assessment of Mar 3, 2026', 'sam'],
  ]);
  await expectNoSeriousA11yViolations(page);
  await trail.screenshot({ path: test.info().outputPath('audit-trail.png') });

  // One practitioner, chosen from the keyboard.
  await trail.getByLabel('Practitioner').focus();
  await trail.getByLabel('Practitioner').selectOption('ana');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Finalized Ana Diaz’s assessment');
  await trail.getByLabel('Practitioner').selectOption('');
  await expect(rows(page)).toHaveCount(6);

  // One client: her rows, whoever did them.
  await trail.getByRole('button', { name: 'Only this client (Ana Diaz)' }).first().click();
  await expect(trail.getByText('Only Ana Diaz.')).toBeVisible();
  await expect(rows(page)).toHaveCount(4);
  await trail.getByRole('button', { name: 'Show every client' }).click();
  await expect(rows(page)).toHaveCount(6);

  // A longer trail comes a page at a time.
  for (let i = 0; i < 50; i += 1)
    await studio.admin.query('SELECT stance_record_export($1)', [studio.anaDiazId]);
  await trail.getByRole('button', { name: 'Read the audit trail again' }).click();
  await expect(rows(page)).toHaveCount(50);
  await trail.getByRole('button', { name: 'Show older events' }).click();
  await expect(rows(page)).toHaveCount(56);
  await expect(trail.getByRole('button', { name: 'Show older events' })).toHaveCount(0);
  await expect(rows(page).last()).toContainText('Finalized Ana Diaz’s assessment of Mar 3, 2026');
});

test('a practitioner is told in plain words that the trail is the owner’s', async ({
  page,
  gotoApp,
  core,
}) => {
  await save(core, 'sam');
  await gotoApp('/settings');
  const trail = section(page);
  await trail.getByRole('button', { name: 'Show the audit trail' }).click();
  await expect(trail.getByRole('status')).toHaveText(
    'Only the studio’s owner can read the audit trail. This computer signs in to the studio database as “sam”, who is a practitioner, not the owner.',
  );
  await expect(rows(page)).toHaveCount(0);
});

test('the owner backs up the studio database from Settings, and the copy appears whole in the backups folder', async ({
  page,
  gotoApp,
  core,
  dataDir,
}) => {
  await save(core, 'ana');
  await gotoApp('/settings');
  const backup = page.getByRole('region', { name: 'Studio backup' });
  const folder = path.join(dataDir, 'backups', 'studio');
  await expect(backup.getByText(`Backups go to ${folder}.`)).toBeVisible();
  await backup.getByRole('button', { name: 'Back up the studio database now' }).click();
  await expect(backup.getByRole('status')).toContainText('The studio database was backed up (');
  const [name] = fs.readdirSync(folder);
  expect(name).toMatch(/^studio-studio-.*\.dump$/);
  await expect(backup.getByRole('status')).toContainText(path.join(folder, name!));
  expect(fs.readFileSync(path.join(folder, name!)).subarray(0, 5).toString()).toBe('PGDMP');
  await expectNoSeriousA11yViolations(page);
});
