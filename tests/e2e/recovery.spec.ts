import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { dataPaths, openStance } from '../../main/stance';
import { value } from '../helpers/stance-data';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test, type ReadOnlyDb } from './fixtures';

const BACKED_UP_CLIENTS = 60;

/**
 * Real Stance data: a daily backup, more clients, a manual backup, one client added after it,
 * then garbage over one page in the middle of the file, as a failing disk might leave it. Enough
 * clients (with long notes) that the clients table spans the damaged page.
 */
async function damagedDataWithBackups(dataDir: string): Promise<void> {
  const core = await openStance({ dataDir, appVersion: '0.1.0' });
  try {
    const add = async (firstName: string, lastName: string) => {
      const result = await core.route('clients:create', {
        firstName,
        lastName,
        notes: 'n'.repeat(400),
      });
      if (!result.ok) throw new Error(result.error.message);
    };
    for (let index = 0; index < BACKED_UP_CLIENTS; index += 1) {
      await add(`Client${String(index).padStart(3, '0')}`, 'Backed-up');
      if (index === BACKED_UP_CLIENTS / 2) await core.backups.atStart();
    }
    value(await core.route('backups:create', {}));
    await add('Notbackedup', 'Later');
  } finally {
    core.close();
  }
  damagePage(dataPaths(dataDir).database, 3);
}

function damagePage(file: string, page: number): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  if (fs.statSync(file).size < pageSize * (page + 1)) {
    throw new Error('The test database is too small for the damage to land on data.');
  }
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, pageSize * page);
  } finally {
    fs.closeSync(fd);
  }
}

const keptAside = (dataDir: string): string[] =>
  fs.readdirSync(dataDir).filter((name) => name.startsWith('stance.db.'));

const clientCount = (db: ReadOnlyDb): number =>
  db.prepare('SELECT count(*) FROM clients').pluck().get() as number;

const recoveryHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Your client records could not be opened' });

test.describe('a damaged database at start', () => {
  test.use({ prepareDataDir: { run: damagedDataWithBackups } });

  test('shows the recovery screen with its backups; restoring the newest brings the clients back and keeps the damaged file', async ({
    page,
    dataDir,
    dbFile,
    gotoApp,
    readDb,
  }) => {
    const damaged = fs.readFileSync(dbFile);
    await gotoApp('/');

    await expect(recoveryHeading(page)).toBeVisible();
    await expect(
      page.getByText(
        'Stance could not read your client records. This can happen after a power cut or disk problem. Nothing has been deleted.',
      ),
    ).toBeVisible();
    await expect(page.locator('.path-box')).toHaveText(dataDir);
    await expect(page.getByRole('button', { name: 'Copy details' })).toBeVisible();

    const newest = page.locator('.newest-backup');
    await expect(newest).toContainText('Backup you made');
    await page.getByText('Older backups (1)').click();
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByRole('table')).toContainText('Daily backup');

    await newest.getByRole('button', { name: 'Restore this backup' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('The damaged file is not deleted');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(recoveryHeading(page)).toBeVisible();
    expect(keptAside(dataDir)).toEqual([]);
    expect(fs.readFileSync(dbFile).equals(damaged)).toBe(true);

    await newest.getByRole('button', { name: 'Restore this backup' }).click();
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.getByRole('link', { name: 'Client059 Backed-up' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Notbackedup/ })).toHaveCount(0);
    expect(readDb(clientCount)).toBe(BACKED_UP_CLIENTS);

    const notice = page.locator('.restored-notice');
    await expect(notice).toContainText('Restored the backup from');
    await expect(notice).toContainText('The damaged file was not deleted.');
    const [asideName] = keptAside(dataDir);
    expect(asideName).toMatch(/^stance\.db\.damaged-/);
    const aside = path.join(dataDir, asideName!);
    await expect(notice.locator('code')).toHaveText(aside);
    expect(fs.readFileSync(aside).equals(damaged)).toBe(true);
  });

  test('the restore confirmation keeps focus inside, and Escape, Enter on Cancel and a cancelled file dialog change nothing', async ({
    page,
    dataDir,
    dbFile,
    host,
    gotoApp,
  }) => {
    const damaged = fs.readFileSync(dbFile);
    await gotoApp('/');
    const opener = page.getByRole('button', { name: 'Restore this backup' });
    await opener.click();

    const dialog = page.getByRole('alertdialog');
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    const confirm = dialog.getByRole('button', { name: 'Restore this backup' });
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(confirm).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(confirm).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(cancel).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();

    await opener.click();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    host.answers.openFile = null;
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await expect(dialog).toContainText('choose a Stance backup file');
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(dialog).toHaveCount(0);
    expect(host.dialogs.map((shown) => shown.kind)).toEqual(['open']);

    await expect(recoveryHeading(page)).toBeVisible();
    expect(keptAside(dataDir)).toEqual([]);
    expect(fs.readFileSync(dbFile).equals(damaged)).toBe(true);
  });

  test('the recovery screen and its dialog pass axe (WCAG 2 A/AA)', async ({ page, gotoApp }) => {
    await gotoApp('/');
    await expect(recoveryHeading(page)).toBeVisible();
    await page.getByText('Older backups (1)').click();
    await page.getByText('Technical details').click();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('data from a newer version of Stance', () => {
  test.use({ existingDatabaseVersion: 999 });

  test('says to install the newer Stance and offers no restore', async ({
    page,
    dataDir,
    gotoApp,
  }) => {
    await gotoApp('/');
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Your client data was saved by a newer version of Stance',
      }),
    ).toBeVisible();
    await expect(page.getByText(/Install the newer version of Stance/)).toBeVisible();
    await expect(page.locator('.path-box')).toHaveText(dataDir);
    await expect(page.getByRole('button', { name: 'Copy details' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Restore/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
