/**
 * Settings → Studio database in the real renderer, against a real PostgreSQL server that asks for
 * passwords and offers TLS with a certificate from the studio's own CA: she tests, is told what is
 * wrong in plain words, fixes it, saves, and finds the details again; the password is kept only
 * encrypted. Saving alone leaves her on the records on this computer; once the saved details pass a
 * test she can work on the studio database, and go back to her file.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import pg from 'pg';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { recordsChoiceFile } from '../../main/studio/records-choice';
import { connectionFile } from '../../main/studio/saved-connection';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { makeTestCertificates, type TestCertificates } from '../helpers/test-certificates';
import { expectNoSeriousA11yViolations } from './a11y';
import { addClients, expect, test } from './fixtures';

const SAM_PASSWORD = 'a long password for sam';

let cluster: TestCluster;
let certificates: TestCertificates;
let studioUrl: string;

test.beforeAll(async () => {
  certificates = makeTestCertificates();
  cluster = await startTestCluster({
    passwordLogins: true,
    tls: { certificate: certificates.serverCertificate, key: certificates.serverKey },
  });
  studioUrl = cluster.createDatabase('studio');
  const admin = new pg.Pool({ connectionString: studioUrl, max: 1 });
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
    'Saved. Saving does not move your records: test the connection, then choose “Use the studio database” to work on it.',
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

test('she switches to the studio database, sees where she is working, adds a client that lands on the server, and goes back to her file', async ({
  page,
  gotoApp,
  core,
  readDb,
}) => {
  await addClients(core, [{ firstName: 'Ines', lastName: 'Moreau' }]);
  await openSection(page, gotoApp);
  const studio = section(page);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await studio.getByLabel('Server', { exact: true }).fill('127.0.0.1');
  await studio.getByLabel('Port', { exact: true }).fill(String(cluster.port));
  await studio.getByLabel('Database', { exact: true }).fill('studio');
  await studio.getByLabel('User name', { exact: true }).fill('sam');
  await studio.getByLabel('Password', { exact: true }).fill(SAM_PASSWORD);
  await studio.getByRole('radio', { name: /Not encrypted/ }).check();
  await studio.getByRole('button', { name: 'Save connection' }).click();
  await expect(result(page)).toContainText('Saved.');
  await expect(studio).toContainText('Your client records are kept in this computer’s file.');
  const useStudio = studio.getByRole('button', { name: 'Use the studio database' });
  // Only the saved details, once they pass a test, may be switched to.
  await expect(useStudio).toHaveCount(0);
  await studio.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toContainText('Stance’s tables are there and up to date.');
  await expect(studio).toContainText(
    'Using the studio database means your client records are read and saved on the studio’s server',
  );
  await useStudio.click();
  await expect(result(page)).toContainText('You are now working on the studio database.');
  await expect(sidebar).toContainText('Studio database: studio on 127.0.0.1, signed in as sam');
  await expect(studio).toContainText('You are working on the studio database studio on 127.0.0.1');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath('studio-in-use.png') });
  // The smallest window Stance supports: the sidebar's note wraps rather than pushing sideways.
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBe(0);
  await page.screenshot({ path: test.info().outputPath('studio-in-use-1024.png') });

  await sidebar.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: 'New client' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Moreau/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'New client' }).click();
  await page.getByLabel('First name').fill('Amara');
  await page.getByLabel('Last name').fill('Osei');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amara Osei' })).toBeVisible();

  const server = new pg.Pool({ connectionString: studioUrl, max: 1 });
  try {
    const { rows } = await server.query(
      "SELECT first_name, created_by FROM clients WHERE last_name = 'Osei'",
    );
    expect(rows).toEqual([{ first_name: 'Amara', created_by: 'sam' }]);
  } finally {
    await server.end();
  }
  expect(
    readDb((db) =>
      db.prepare("SELECT count(*) FROM clients WHERE last_name = 'Osei'").pluck().get(),
    ),
  ).toBe(0);

  await sidebar.getByRole('link', { name: 'Settings' }).click();
  await studio.getByRole('button', { name: 'Go back to this computer’s file' }).click();
  await expect(result(page)).toContainText('You are working on this computer’s file again.');
  await expect(sidebar).not.toContainText('Studio database:');
  await sidebar.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: /Moreau/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Osei/ })).toHaveCount(0);
});

test.describe('when the studio database cannot be reached at start', () => {
  test.use({
    prepareDataDir: {
      run: (dataDir) => {
        // The studio was chosen, and nothing answers where it was: port 1 on this computer.
        fs.writeFileSync(
          connectionFile(dataDir),
          JSON.stringify({
            format: 1,
            host: '127.0.0.1',
            port: 1,
            database: 'studio',
            user: 'sam',
            tls: 'off',
            caFile: null,
            encryptedPassword: null,
          }),
        );
        fs.writeFileSync(recordsChoiceFile(dataDir), JSON.stringify({ format: 1, use: 'studio' }));
        return Promise.resolve();
      },
    },
  });

  test('Stance opens and says so plainly, keeps off the file until she chooses it, and takes her back to it', async ({
    page,
    gotoApp,
    core,
  }) => {
    expect(core.status).toMatchObject({ state: 'problem', kind: 'studio-unreachable' });
    await gotoApp('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Stance could not open the studio database' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      'Nothing answered at 127.0.0.1:1: PostgreSQL may not be running there, or it listens on another port.',
    );
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: test.info().outputPath('studio-unreachable.png') });

    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Nothing answered at 127.0.0.1:1' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Stance could not open the studio database',
    );

    await page.getByRole('button', { name: 'Use this computer’s file instead' }).click();
    await expect(page.getByRole('link', { name: 'New client' })).toBeVisible();
    expect(core.status).toMatchObject({ state: 'ready', records: { place: 'file' } });
    await expect(page.getByRole('navigation', { name: 'Main' })).not.toContainText(
      'Studio database:',
    );
  });
});
