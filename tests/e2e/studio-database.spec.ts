/**
 * Settings → Studio database in the real renderer, against a real PostgreSQL server that asks for
 * passwords and offers TLS with a certificate from the studio's own CA: she tests, is told what is
 * wrong in plain words, fixes it, saves, and finds the details again; the password is kept only
 * encrypted, and Stance still runs on the records on this computer.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import pg from 'pg';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { connectionFile } from '../../main/studio/saved-connection';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { makeTestCertificates, type TestCertificates } from '../helpers/test-certificates';
import { expectNoSeriousA11yViolations } from './a11y';
import { addClients, expect, test } from './fixtures';

const SAM_PASSWORD = 'a long password for sam';

let cluster: TestCluster;
let certificates: TestCertificates;

test.beforeAll(async () => {
  certificates = makeTestCertificates();
  cluster = await startTestCluster({
    passwordLogins: true,
    tls: { certificate: certificates.serverCertificate, key: certificates.serverKey },
  });
  const admin = new pg.Pool({ connectionString: cluster.createDatabase('studio'), max: 1 });
  try {
    await migrateStudioDatabase(admin);
    await admin.query(
      "CREATE ROLE sam LOGIN PASSWORD 'a long password for sam' IN ROLE stance_practitioner",
    );
  } finally {
    await admin.end();
  }
});

test.afterAll(() => {
  cluster?.stop();
  certificates?.remove();
});

const section = (page: Page) => page.getByRole('region', { name: 'Studio database' });
const result = (page: Page) => section(page).getByRole('status');

async function openSection(page: Page, gotoApp: (hash?: string) => Promise<void>): Promise<void> {
  await gotoApp('/settings');
  await expect(section(page).getByLabel('Server', { exact: true })).toBeVisible();
}

test('she is told in plain words what is wrong, tests over TLS with the CA she picks, and saves with the password encrypted', async ({
  page,
  gotoApp,
  host,
  dataDir,
}) => {
  await openSection(page, gotoApp);
  const studio = section(page);
  await expect(studio.getByLabel('Port', { exact: true })).toHaveValue('5432');
  await expect(
    studio.getByRole('radio', { name: /Encrypted, checked against a CA/ }),
  ).toBeChecked();

  await studio.getByLabel('Server', { exact: true }).fill('127.0.0.1');
  await studio.getByLabel('Port', { exact: true }).fill(String(cluster.port));
  await studio.getByLabel('Database', { exact: true }).fill('studio');
  await studio.getByLabel('User name', { exact: true }).fill('sam');
  await studio.getByLabel('Password', { exact: true }).fill('not the password');
  await studio.getByRole('radio', { name: /Not encrypted/ }).check();
  await studio.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toHaveText('The server refused the password for “sam”.');

  await studio.getByLabel('Database', { exact: true }).fill('stdio');
  await studio.getByLabel('Password', { exact: true }).fill(SAM_PASSWORD);
  // From the keyboard: focus the button and press Enter, as she would after tabbing to it.
  await studio.getByRole('button', { name: 'Test connection' }).focus();
  await page.keyboard.press('Enter');
  await expect(result(page)).toHaveText(
    'The server has no database called “stdio”. Check the name with whoever set up the server.',
  );

  await studio.getByLabel('Database', { exact: true }).fill('studio');
  await studio.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toContainText(/^Connected to PostgreSQL \d+\.\d+ as “sam”\./);
  await expect(result(page)).toContainText('Stance’s tables are there and up to date.');

  // Encrypted: without a CA file, Save is refused beside the box, in plain words.
  await studio.getByRole('radio', { name: /Encrypted, checked against a CA/ }).check();
  await studio.getByRole('button', { name: 'Save connection' }).click();
  const caBox = studio.getByLabel('CA certificate', { exact: true });
  await expect(caBox).toHaveAttribute('aria-invalid', 'true');
  await expect(studio.locator('#studio-ca-file-error')).toHaveText(
    'Choose the server’s CA certificate file, or turn encryption off.',
  );
  expect(fs.existsSync(connectionFile(dataDir))).toBe(false);
  await studio.screenshot({ path: test.info().outputPath('studio-database-refused.png') });

  // A file that is not a certificate is turned away; the studio's CA file is taken.
  host.answers.openFile = connectionFile(dataDir).replace('studio-connection.json', 'stance.db');
  await studio.getByRole('button', { name: 'Choose CA certificate…' }).click();
  await expect(result(page)).toContainText('is not a certificate Stance can use');
  await expect(caBox).toHaveValue('');
  host.answers.openFile = certificates.caFile;
  await studio.getByRole('button', { name: 'Choose CA certificate…' }).click();
  await expect(caBox).toHaveValue(certificates.caFile);
  expect(host.dialogs.at(-1)).toMatchObject({
    kind: 'open',
    title: 'Choose the studio server’s CA certificate',
  });

  await studio.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toContainText('Stance’s tables are there and up to date.');
  await expectNoSeriousA11yViolations(page);

  // Enter in a box saves, as in any form.
  await studio.getByLabel('User name', { exact: true }).press('Enter');
  await expect(result(page)).toHaveText(
    'Saved. Stance still keeps your records on this computer: working from the studio database comes in a later version.',
  );
  await expect(studio.getByLabel('Password', { exact: true })).toHaveValue('');
  const saved = fs.readFileSync(connectionFile(dataDir), 'utf8');
  expect(saved).not.toContain(SAM_PASSWORD);
  expect(JSON.parse(saved)).toMatchObject({
    host: '127.0.0.1',
    port: cluster.port,
    database: 'studio',
    user: 'sam',
    tls: 'verified',
    caFile: certificates.caFile,
  });
  await section(page).screenshot({ path: test.info().outputPath('studio-database.png') });

  // After a reload the details are back; the empty password box tests with the saved password.
  await page.reload();
  await expect(studio.getByLabel('Server', { exact: true })).toHaveValue('127.0.0.1');
  await expect(studio.getByLabel('CA certificate', { exact: true })).toHaveValue(
    certificates.caFile,
  );
  await expect(
    studio.getByText('A password is saved, encrypted with this computer’s keychain.'),
  ).toBeVisible();
  await studio.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toContainText('Stance’s tables are there and up to date.');
});

test('saving a studio connection leaves Stance on the records on this computer; leaving with details unsaved asks first', async ({
  page,
  gotoApp,
  core,
  readDb,
}) => {
  await addClients(core, [{ firstName: 'Ines', lastName: 'Moreau' }]);
  await openSection(page, gotoApp);
  const studio = section(page);
  await studio.getByLabel('Server', { exact: true }).fill('127.0.0.1');
  await studio.getByLabel('Port', { exact: true }).fill(String(cluster.port));
  await studio.getByLabel('Database', { exact: true }).fill('studio');
  await studio.getByLabel('User name', { exact: true }).fill('sam');
  await studio.getByRole('radio', { name: /Not encrypted/ }).check();
  await studio.getByRole('button', { name: 'Save connection' }).click();
  await expect(result(page)).toContainText('Saved.');

  // Typed and not saved: leaving asks first.
  await studio.getByLabel('Database', { exact: true }).fill('studio_two');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(ask).toContainText('The studio connection details you typed have not been saved');
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('link', { name: /Moreau/ })).toBeVisible();
  expect(readDb((db) => db.prepare('SELECT count(*) FROM clients').pluck().get())).toBe(1);
});
