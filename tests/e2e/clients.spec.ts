import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addClients, expect, test } from './fixtures';

interface ClientRow {
  id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  email: string;
  phone: string;
  occupation: string;
  notes: string;
}

const countClients = (db: { prepare: (sql: string) => { get: () => unknown } }) =>
  (db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} places)`);
  expect(serious).toEqual([]);
}

const clientRows = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('link') });

test('a client typed into the form is saved, survives a reload, is found by search and is in the database', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  await addClients(core, [{ firstName: 'Tomas', lastName: 'Berg' }]);
  await gotoApp('/');
  await page.getByRole('link', { name: 'New client' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
  // Spaces around the name prove main stores the cleaned value, not the raw keystrokes.
  await page.getByLabel('First name').fill('  Margaret ');
  await page.getByLabel('Last name').fill('Okonkwo-Hale');
  await page.getByLabel('Date of birth').fill('1984-03-27');
  await page.getByLabel('Occupation').fill('Dental hygienist');
  await page.getByLabel('Email').fill('margaret.oh@example.com');
  await page.getByLabel('Phone').fill('+44 20 7946 0958');
  await page.getByLabel('Notes').fill('Right knee pain on stairs.\nStands mostly on the left leg.');
  await page.getByRole('button', { name: 'Save client' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Margaret Okonkwo-Hale' }),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'was added to your clients' }),
  ).toBeVisible();
  const id = new URL(page.url()).hash.replace('#/clients/', '');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Margaret Okonkwo-Hale' }),
  ).toBeVisible();
  await expect(page.getByText('Dental hygienist')).toBeVisible();

  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(clientRows(page)).toHaveCount(2);
  await page.getByLabel('Search clients').fill('okonk');
  await expect(clientRows(page)).toHaveCount(1);
  await page.getByRole('link', { name: 'Margaret Okonkwo-Hale' }).click();

  await expect(page).toHaveURL(new RegExp(`#/clients/${id}$`));
  await expect(page.getByText('margaret.oh@example.com')).toBeVisible();
  await expect(page.getByText('+44 20 7946 0958')).toBeVisible();

  const row = readDb((db) => db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow);
  expect(row).toMatchObject({
    first_name: 'Margaret',
    last_name: 'Okonkwo-Hale',
    date_of_birth: '1984-03-27',
    email: 'margaret.oh@example.com',
    phone: '+44 20 7946 0958',
    occupation: 'Dental hygienist',
    notes: 'Right knee pain on stairs.\nStands mostly on the left leg.',
  });
});

test('the form refuses a missing first name, a malformed email and an impossible or future birth date, beside each field, and writes nothing', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await gotoApp('/clients/new');
  const firstName = page.getByLabel('First name');
  const dateOfBirth = page.getByLabel('Date of birth');
  const email = page.getByLabel('Email');

  await page.getByLabel('Last name').fill('Lindqvist');
  await dateOfBirth.fill('1990-02-30');
  await email.fill('anna@');
  await page.getByRole('button', { name: 'Save client' }).click();

  // Each message is tied to its own field, so it is read out with it and shown right by it.
  await expect(firstName).toHaveAttribute('aria-invalid', 'true');
  await expect(firstName).toHaveAccessibleDescription("Enter the client's first name.");
  await expect(firstName).toBeFocused();
  await expect(dateOfBirth).toHaveAccessibleDescription(/Enter a real date/);
  await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.');
  await expect(page.getByLabel('Last name')).not.toHaveAttribute('aria-invalid', 'true');

  await dateOfBirth.fill('2999-01-01');
  await dateOfBirth.blur();
  await expect(dateOfBirth).toHaveAccessibleDescription(/Date of birth cannot be in the future\./);

  // Ctrl+S goes through the same checks as the button.
  await email.focus();
  await page.keyboard.press('Control+s');
  await expect(firstName).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();

  // A message already shown follows the typing and disappears once the field is right.
  await email.fill('anna@example.com');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');

  await expectNoSeriousA11yViolations(page);
  expect(readDb(countClients)).toBe(0);
});

test('a client can be added with the keyboard alone', async ({ page, gotoApp, readDb }) => {
  await gotoApp('/');
  await expect(page.getByLabel('Search clients')).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'New client' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('First name')).toBeFocused();
  await page.keyboard.type('Ines');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Duarte');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1979-11-04');
  await page.keyboard.press('Tab');
  // The date's calendar button sits between it and the next field.
  await expect(page.getByRole('button', { name: 'Open calendar' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Barista');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ines@example.org');
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Ines Duarte' })).toBeFocused();

  // The skip link must not be taken for a route: hash routing would leave the page.
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Ines Duarte' })).toBeVisible();

  // Ctrl+N from anywhere, Escape on an empty form goes back to the list.
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('First name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

  // Rows are links: reachable with Tab from the search box and opened with Enter. The list loads
  // after the page appears, so the row must be there before Tab can reach it.
  await expect(page.getByLabel('Search clients')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Ines Duarte' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ines Duarte' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ines Duarte' })).toBeVisible();

  const row = readDb((db) => db.prepare('SELECT * FROM clients').all() as ClientRow[]);
  expect(row).toMatchObject([
    { first_name: 'Ines', last_name: 'Duarte', date_of_birth: '1979-11-04', occupation: 'Barista' },
  ]);
});

test('Escape on a form with typed details asks before leaving, and Ctrl+S saves', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await gotoApp('/clients/new');
  await page.getByLabel('First name').fill('Ruth');
  await page.getByLabel('Last name').fill('Achterberg');
  await page.keyboard.press('Escape');

  const prompt = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(page.getByLabel('Last name')).toBeFocused();

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: 'Ruth Achterberg' })).toBeVisible();
  expect(readDb(countClients)).toBe(1);
});

test('the list shows the newest client first, and tells "no clients yet" apart from "no match"', async ({
  page,
  core,
  gotoApp,
}) => {
  await gotoApp('/');
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();

  await addClients(core, [
    { firstName: 'Ada', lastName: 'First', dateOfBirth: '1950-06-01' },
    { firstName: 'Ben', lastName: 'Second' },
    { firstName: 'Cleo', lastName: 'Third', email: 'cleo@example.com' },
  ]);
  await page.reload();

  await expect(clientRows(page).getByRole('link')).toHaveText([
    'Cleo Third',
    'Ben Second',
    'Ada First',
  ]);
  await expect(page.getByText('3 clients, newest first')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Search clients').fill('zebra');
  await expect(page.getByRole('heading', { name: 'No clients match “zebra”' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(clientRows(page)).toHaveCount(3);
});

test.describe('when main refuses what the form accepted', () => {
  test.use({
    cannedAnswers: {
      'clients:create': {
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Some details are not valid.',
          issues: [
            { path: 'email', message: 'Another client already uses this email address.' },
            { path: '', message: 'Please try saving again.' },
          ],
        },
      },
    },
  });

  test("main's field messages appear beside the fields, the rest in a banner", async ({
    page,
    gotoApp,
    readDb,
  }) => {
    await gotoApp('/clients/new');
    await page.getByLabel('First name').fill('Lena');
    await page.getByLabel('Last name').fill('Moreau');
    await page.getByLabel('Email').fill('lena@example.com');
    await page.getByRole('button', { name: 'Save client' }).click();

    const email = page.getByLabel('Email');
    await expect(email).toHaveAccessibleDescription(
      'Another client already uses this email address.',
    );
    await expect(email).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Please try saving again.');
    await expect(page.getByRole('button', { name: 'Save client' })).toBeEnabled();
    expect(readDb(countClients)).toBe(0);
  });
});

test.describe('when saving fails for another reason', () => {
  test.use({
    cannedAnswers: {
      'clients:create': {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside Stance and this action was not completed.',
        },
      },
    },
  });

  test('a plain-words banner says so and keeps what was typed', async ({ page, gotoApp }) => {
    await gotoApp('/clients/new');
    await page.getByLabel('First name').fill('Lena');
    await page.getByLabel('Last name').fill('Moreau');
    await page.getByRole('button', { name: 'Save client' }).click();

    const banner = page.getByRole('alert');
    await expect(banner).toContainText('The client was not saved.');
    await expect(banner).toContainText('Something went wrong inside Stance');
    await expect(page.getByLabel('First name')).toHaveValue('Lena');
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('when the data folder holds a database from a newer Stance', () => {
  test.use({ existingDatabaseVersion: 999 });

  test('a calm problem screen names the file, offers only "Copy details", and changes nothing', async ({
    page,
    gotoApp,
    dataDir,
    dbFile,
    readDb,
  }) => {
    await gotoApp('/');

    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Your client data was saved by a newer version of Stance',
      }),
    ).toBeVisible();
    await expect(
      page
        .getByText(`The client database at ${dbFile} was saved by a newer version`)
        .filter({ visible: true }),
    ).toBeVisible();
    await expect(page.getByText(dataDir, { exact: true })).toBeVisible();
    await expect(page.getByRole('button')).toHaveText(['Copy details']);

    await page.getByRole('button', { name: 'Copy details' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Copied/);
    await expectNoSeriousA11yViolations(page);

    const untouched = readDb((db) => ({
      version: db.pragma('user_version', { simple: true }),
      tables: db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all(),
    }));
    expect(untouched).toEqual({ version: 999, tables: [] });
  });
});
