import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { createPhotoStore } from '../../main/photos/store';
import { dataPaths } from '../../main/stance';
import type { CreatedBackup } from '../../shared/channels/backups';
import type { Client } from '../../shared/domain/clients';
import { value } from '../helpers/stance-data';
import { expectNoSeriousA11yViolations } from './a11y';
import { addClients, expect, test, type ReadOnlyDb } from './fixtures';

const storedSettings = (db: ReadOnlyDb): Record<string, unknown> => {
  const rows = db.prepare('SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
};

const clientFirstNames = (db: ReadOnlyDb): string[] =>
  db.prepare('SELECT first_name FROM clients ORDER BY first_name').pluck().all() as string[];

const saveStatus = (page: Page) => page.locator('.save-indicator');
const backupRows = (page: Page) =>
  page.getByRole('table', { name: 'Backups in the data folder, newest first' }).locator('tbody tr');

/** A folder standing in for the one the practitioner picks in a native dialog. */
async function withChosenFolder(use: (folder: string) => Promise<void>): Promise<void> {
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'stance-chosen-'));
  try {
    await use(folder);
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true });
  }
}

test('studio details typed are saved as she types, survive a reload and are in the settings table', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await gotoApp('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await page.getByLabel('Studio name').fill('Align Studio');
  await page.getByLabel('Practitioner name').fill('Dana Ruiz');
  await page.getByLabel('Address').fill('Unit 4\n12 Mill Lane\nLeeds');
  await page.getByLabel('Phone').fill('+44 113 496 0000');
  await page.getByLabel('Email').fill('hello@align.example');
  // Still in the field: the pause in typing alone must save it.
  await page.getByLabel('Website').fill('www.align.example');
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.getByRole('radio', { name: /Imperial/ }).check();
  await page.getByRole('radio', { name: /Letter/ }).check();

  await expect
    .poll(() => readDb(storedSettings))
    .toMatchObject({
      studioName: 'Align Studio',
      practitionerName: 'Dana Ruiz',
      studioAddress: 'Unit 4\n12 Mill Lane\nLeeds',
      studioPhone: '+44 113 496 0000',
      studioEmail: 'hello@align.example',
      studioWebsite: 'www.align.example',
      units: 'imperial',
      paperSize: 'Letter',
    });

  await page.reload();
  await expect(page.getByLabel('Studio name')).toHaveValue('Align Studio');
  await expect(page.getByLabel('Practitioner name')).toHaveValue('Dana Ruiz');
  await expect(page.getByLabel('Address')).toHaveValue('Unit 4\n12 Mill Lane\nLeeds');
  await expect(page.getByLabel('Phone')).toHaveValue('+44 113 496 0000');
  await expect(page.getByLabel('Email')).toHaveValue('hello@align.example');
  await expect(page.getByLabel('Website')).toHaveValue('www.align.example');
  await expect(page.getByRole('radio', { name: /Imperial/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Letter/ })).toBeChecked();
});

test('an invalid email is refused beside its field while the other details still save', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await gotoApp('/settings');
  await page.getByLabel('Studio name').fill('Align');
  await page.getByLabel('Email').fill('dana@');

  const email = page.getByLabel('Email');
  const message = 'Enter an email address like name@example.com.';
  await expect(page.getByText(message)).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(message);
  await expect(saveStatus(page)).toHaveText('A change was not saved. Check the marked field.');
  await expect.poll(() => readDb(storedSettings)).toMatchObject({ studioName: 'Align' });
  expect(readDb(storedSettings)).not.toHaveProperty('studioEmail');

  await email.fill('dana@align.example');
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText('Saved');
  expect(readDb(storedSettings)).toMatchObject({ studioEmail: 'dana@align.example' });
});

test('a chosen logo is shown, kept as a clean PNG, survives a reload and can be removed; a non-image is refused', async ({
  page,
  gotoApp,
  readDb,
  dataDir,
}) => {
  await gotoApp('/settings');
  const logoInput = page.getByTestId('studio-logo-input');
  await logoInput.setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a picture at all'),
  });
  await expect(page.getByRole('alert')).toContainText('“notes.png” is not a photo Stance can read');
  expect(readDb(storedSettings).logo ?? null).toBeNull();

  const jpeg = await sharp({
    create: { width: 1200, height: 300, channels: 3, background: '#2a6f97' },
  })
    .withExif({ IFD0: { Make: 'PhoneMaker' } })
    .jpeg()
    .toBuffer();
  await logoInput.setInputFiles({ name: 'logo.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  const preview = page.getByRole('img', { name: 'Your studio logo' });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);

  const hash = readDb(storedSettings).logo as string;
  const stored = await sharp(createPhotoStore(dataPaths(dataDir).photos).pathOf(hash)).metadata();
  expect(stored).toMatchObject({ format: 'png', width: 800, height: 200 });
  expect(stored.exif).toBeUndefined();

  await page.reload();
  await expect(page.getByRole('img', { name: 'Your studio logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByText('No logo')).toBeVisible();
  expect(readDb(storedSettings).logo).toBeNull();
});

test('Back up now adds a verified backup to the list and shows it as the last backup', async ({
  page,
  core,
  dataDir,
  gotoApp,
}) => {
  await addClients(core, [{ firstName: 'Tomas', lastName: 'Berg' }]);
  await gotoApp('/settings');
  const before = await backupRows(page).count();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backup made at / })).toBeVisible();
  await expect(backupRows(page)).toHaveCount(before + 1);
  await expect(backupRows(page).first()).toContainText('Backup you made');
  await expect(page.locator('.last-backup')).toContainText('Backup you made');

  const files = fs
    .readdirSync(dataPaths(dataDir).backups)
    .filter((name) => name.startsWith('manual-'));
  expect(files).toHaveLength(1);
});

test('Back up to a folder: Cancel does nothing; a chosen folder gets the backup, with progress shown', async ({
  page,
  core,
  host,
  gotoApp,
}) => {
  await addClients(core, [
    { firstName: 'Tomas', lastName: 'Berg' },
    { firstName: 'Ines', lastName: 'Moreau' },
  ]);
  await gotoApp('/settings');
  const backUpToFolder = page.getByRole('button', { name: 'Back up to a folder…' });

  host.answers.folder = null;
  await backUpToFolder.click();
  await expect(backUpToFolder).toBeEnabled();
  expect(host.dialogs.map((dialog) => dialog.kind)).toEqual(['folder']);
  await expect(page.locator('.action-message')).toHaveCount(0);

  await withChosenFolder(async (chosen) => {
    // The folder dialog stays open until released, so the page can be seen mid-backup.
    let closeDialog = () => {};
    const dialogClosed = new Promise<void>((resolve) => (closeDialog = resolve));
    const answerFolder = host.chooseFolder;
    host.chooseFolder = async (options) => {
      await dialogClosed;
      return answerFolder(options);
    };
    host.answers.folder = chosen;

    await backUpToFolder.click();
    await expect(page.getByRole('button', { name: 'Backing up…' })).toBeDisabled();
    // What main sends while it copies photos; the page draws it as a progress bar.
    host.emit('backups:progress', { phase: 'photos', done: 2, total: 5 });
    const bar = page.getByRole('progressbar', { name: 'Copying photos: 2 of 5' });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveJSProperty('value', 2);
    await expect(bar).toHaveJSProperty('max', 5);

    closeDialog();
    const result = page.getByRole('status').filter({ hasText: 'Backup saved' });
    await expect(result).toBeVisible();
    await expect(bar).toHaveCount(0);

    const [folderName] = fs.readdirSync(chosen);
    expect(folderName).toMatch(/^Stance backup \d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}$/);
    const folder = path.join(chosen, folderName!);
    await expect(result.locator('code')).toHaveText(folder);

    const [file] = fs.readdirSync(folder).filter((name) => name.endsWith('.stance.db'));
    expect(file).toBeDefined();
    const copy = new Database(path.join(folder, file!), { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    } finally {
      copy.close();
    }
    // Main's own progress for this backup: the database, to the last page.
    const progress = host.eventsNamed('backups:progress') as {
      phase: string;
      done: number;
      total: number;
    }[];
    expect(progress.some((step) => step.phase === 'database' && step.done === step.total)).toBe(
      true,
    );
  });
});

test('Export all clients as CSV writes the file she names, with or without archived clients', async ({
  page,
  core,
  host,
  gotoApp,
}) => {
  const [, archived] = await addClients(core, [
    { firstName: 'Tomas', lastName: 'Berg', email: 'tomas@example.com' },
    { firstName: 'Ines', lastName: 'Moreau' },
  ]);
  value<Client>(await core.route('clients:archive', { id: archived!.id }));

  await withChosenFolder(async (folder) => {
    await gotoApp('/settings');
    const exportButton = page.getByRole('button', { name: 'Export all clients as CSV…' });

    host.answers.saveFile = path.join(folder, 'clients.csv');
    await exportButton.click();
    const result = page.getByRole('status').filter({ hasText: 'Saved 1 client in this file:' });
    await expect(result).toBeVisible();
    await expect(result.locator('code')).toHaveText(host.answers.saveFile);
    const csv = fs.readFileSync(host.answers.saveFile, 'utf8');
    expect(csv).toMatch(/^(\uFEFF)?First name,Last name,/);
    expect(csv).toContain('Tomas,Berg');
    expect(csv).not.toContain('Moreau');

    await page.getByLabel('Include archived clients').check();
    host.answers.saveFile = path.join(folder, 'all clients.csv');
    await exportButton.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved 2 clients in this file:' }),
    ).toBeVisible();
    expect(fs.readFileSync(host.answers.saveFile, 'utf8')).toContain('Moreau');
  });
});

test('restoring a backup from Settings asks first, keeps focus in the dialog, and Escape changes nothing', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  await addClients(core, [{ firstName: 'Ada', lastName: 'Backed-up' }]);
  value<CreatedBackup>(await core.route('backups:create', {}));
  await addClients(core, [{ firstName: 'Bob', lastName: 'Later' }]);
  await gotoApp('/settings');

  const restoreButton = backupRows(page)
    .filter({ hasText: 'Backup you made' })
    .getByRole('button', { name: /^Restore the backup from/ });
  await restoreButton.click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Stance first backs up your data as it is now');
  const cancel = dialog.getByRole('button', { name: 'Cancel' });
  const confirm = dialog.getByRole('button', { name: 'Restore this backup' });

  // The safe choice has the focus, and Tab goes round the dialog's two buttons only.
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(restoreButton).toBeFocused();
  expect(readDb(clientFirstNames)).toEqual(['Ada', 'Bob']);

  // Enter on the focused Cancel closes it too, and changes nothing.
  await restoreButton.click();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  expect(readDb(clientFirstNames)).toEqual(['Ada', 'Bob']);

  await restoreButton.click();
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  const notice = page.locator('.restored-notice');
  await expect(notice).toContainText('Restored the backup from');
  await expect(notice).toContainText('Before a restore');
  expect(readDb(clientFirstNames)).toEqual(['Ada']);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(backupRows(page).filter({ hasText: 'Before a restore' })).toHaveCount(1);
});

test('the Settings page and its restore dialog pass axe (WCAG 2 A/AA)', async ({
  page,
  core,
  dataDir,
  gotoApp,
}) => {
  await addClients(core, [{ firstName: 'Tomas', lastName: 'Berg' }]);
  await gotoApp('/settings');
  await expect(page.getByText(dataDir)).toBeVisible();
  await page.getByLabel('Email').fill('not an email');
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page)).not.toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await backupRows(page).first().getByRole('button').click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
