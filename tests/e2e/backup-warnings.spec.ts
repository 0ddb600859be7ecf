/**
 * The banner above every page when an automatic backup fails or the newest backup is old: it
 * says her data is safe, what to do, and offers "Back up now" on the spot.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { CreatedBackup } from '../../shared/channels/backups';
import { dataPaths } from '../../main/stance';
import { addClients, expect, test } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;
const FIRST_LOOK = 2 * 60 * 1000;

const banner = (page: Page) => page.locator('.backup-banner');
const clientsHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Clients' });

/** Makes the app's backups folder unusable, the way a full or failing disk would. */
function breakBackupsFolder(dataDir: string): void {
  const folder = dataPaths(dataDir).backups;
  fs.rmSync(folder, { recursive: true, force: true });
  fs.writeFileSync(folder, 'not a folder');
}

function mendBackupsFolder(dataDir: string): void {
  const folder = dataPaths(dataDir).backups;
  fs.rmSync(folder, { force: true });
  fs.mkdirSync(folder);
}

test('a failed automatic backup is reported calmly, and Back up now makes one once the disk is fixed', async ({
  page,
  core,
  dataDir,
  gotoApp,
}) => {
  await addClients(core, [{ firstName: 'Ada', lastName: 'Lovelace' }]);
  await gotoApp('/');
  await expect(clientsHeading(page)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);

  breakBackupsFolder(dataDir);
  expect(await core.backups.atStart()).toMatchObject({ state: 'failed' });

  const warning = banner(page);
  await expect(
    page.getByRole('region', { name: 'The automatic backup could not be made' }),
  ).toBeVisible();
  await expect(warning).toContainText('Your client data is safe');
  await expect(warning).toContainText('stance.db');
  await expect(warning).toContainText('check that this computer has free space');
  await expect(warning.locator('.backup-banner-detail')).toContainText('What Stance was told:');

  // Still broken: the attempt says why, and the banner stays.
  await warning.getByRole('button', { name: 'Back up now' }).click();
  await expect(warning.locator('.backup-banner-problem')).not.toBeEmpty();
  await expect(warning).toBeVisible();

  mendBackupsFolder(dataDir);
  await warning.getByRole('button', { name: 'Back up now' }).click();
  const done = page.locator('.backup-banner-done');
  await expect(done).toContainText(/^Backup made at .+ fresh spare copy\.Dismiss$/);
  await expect(page.getByRole('region', { name: /automatic backup/ })).toHaveCount(0);
  expect(
    fs.readdirSync(dataPaths(dataDir).backups).some((name) => name.startsWith('manual-')),
  ).toBe(true);
  await done.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner(page)).toHaveCount(0);

  // It shows on every page, and "Not now" puts it away until the next failure.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  breakBackupsFolder(dataDir);
  expect(await core.backups.onQuit()).toMatchObject({ state: 'failed' });
  await expect(banner(page)).toBeVisible();
  await banner(page).getByRole('button', { name: 'Not now' }).click();
  await expect(banner(page)).toHaveCount(0);
});

test('an automatic backup that failed before the window was ready is still reported when it opens', async ({
  page,
  core,
  dataDir,
  gotoApp,
}) => {
  breakBackupsFolder(dataDir);
  expect(await core.backups.atStart()).toMatchObject({ state: 'failed' });
  await gotoApp('/');
  await expect(clientsHeading(page)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'The automatic backup could not be made' }),
  ).toBeVisible();

  // Once a backup succeeds the problem is over, and a reload does not bring the banner back.
  mendBackupsFolder(dataDir);
  await banner(page).getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-banner-done')).toBeVisible();
  await page.reload();
  await expect(clientsHeading(page)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test('a backup a week old brings a reminder with Back up now; Not now hides it for a day', async ({
  page,
  core,
  gotoApp,
}) => {
  const made = await core.route('backups:create', {});
  if (!made.ok) throw new Error(made.error.message);
  const takenAt = new Date((made.value as CreatedBackup).backup.takenAt).getTime();
  // Nine days on, with Stance open all along: the clock is the page's, so the data is untouched.
  await page.clock.install({ time: takenAt + 9 * DAY });
  await gotoApp('/');
  await expect(clientsHeading(page)).toBeVisible();

  // Not at once: the start-of-day backup may be on its way.
  await expect(banner(page)).toHaveCount(0);
  await page.clock.runFor(FIRST_LOOK + 1000);
  const reminder = page.getByRole('region', { name: 'Your newest backup is 9 days old' });
  await expect(reminder).toBeVisible();
  await expect(reminder).toContainText('Your data is safe in stance.db');

  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(banner(page)).toHaveCount(0);
  await page.clock.runFor(2 * 60 * 60 * 1000);
  await expect(banner(page)).toHaveCount(0);

  await page.clock.runFor(DAY);
  await expect(
    page.getByRole('region', { name: 'Your newest backup is 10 days old' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-banner-done')).toContainText('Backup made at');
  const list = await core.route('backups:list', {});
  if (!list.ok) throw new Error(list.error.message);
  expect(list.value).toHaveLength(2);
});

test('no reminder while the newest backup is recent', async ({ page, core, gotoApp }) => {
  const made = await core.route('backups:create', {});
  if (!made.ok) throw new Error(made.error.message);
  const takenAt = new Date((made.value as CreatedBackup).backup.takenAt).getTime();
  await page.clock.install({ time: takenAt + 6 * DAY });
  await gotoApp('/');
  await expect(clientsHeading(page)).toBeVisible();
  await page.clock.runFor(FIRST_LOOK + 60 * 60 * 1000);
  await expect(banner(page)).toHaveCount(0);
});

test('the backup banner passes axe (WCAG 2 A/AA)', async ({ page, core, host, gotoApp }) => {
  await addClients(core, [{ firstName: 'Tomas', lastName: 'Berg' }]);
  await gotoApp('/');
  await expect(clientsHeading(page)).toBeVisible();
  host.emit('backups:problem', { message: 'ENOSPC: no space left on device, write' });
  await expect(banner(page)).toContainText('no space left on device');
  const results = await new AxeBuilder({ page })
    .include('.backup-banner')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
