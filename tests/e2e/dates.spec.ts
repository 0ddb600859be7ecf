/**
 * One date field everywhere: year-month-day or the locale's own order, typed or chosen, read back
 * in words under the box, and never a five-digit year.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { formReady, seedAssessment } from './assessment-helpers';
import { expect, test, type ReadOnlyDb } from './fixtures';

const storedDay = (db: ReadOnlyDb, assessmentId: string) =>
  (
    db.prepare('SELECT assessed_on AS day FROM assessments WHERE id = ?').get(assessmentId) as {
      day: string;
    }
  ).day;

const storedBirthDate = (db: ReadOnlyDb) =>
  (db.prepare('SELECT date_of_birth AS day FROM clients').get() as { day: string }).day;

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state="saved"]')).toContainText(/Saved at \d/);
}

test('2026-10-23 typed into the assessment date is that day in the header, the form and the file', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  // The whole assessment form is checked by axe at the end, which takes a while on a busy machine.
  test.setTimeout(120_000);
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const date = page.getByLabel('Assessment date');

  await date.fill('2026-10-23');
  await expect(date).toHaveAccessibleDescription(/Friday, October 23, 2026/);
  await expect(page.locator('.page-subtitle')).toHaveText('Oct 23, 2026 · Draft');
  // The client was born on 1980-03-27: the age on that day is worked out from the typed date.
  await expect(page.getByText('46 years')).toBeVisible();
  await expectSaved(page);
  expect(readDb((db) => storedDay(db, assessmentId))).toBe('2026-10-23');

  // The US order works the same; a day that cannot exist is refused in words, and nothing saved.
  await date.fill('10/22/2026');
  await expect(page.locator('.page-subtitle')).toHaveText('Oct 22, 2026 · Draft');
  await expectSaved(page);
  expect(readDb((db) => storedDay(db, assessmentId))).toBe('2026-10-22');
  await date.fill('23/10/2026');
  await date.blur();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/there is no month 23/);
  await expect(page.locator('.page-subtitle')).toHaveText('No date yet · Draft');
  await expect(page.getByText('Once the assessment date is entered')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(readDb((db) => storedDay(db, assessmentId))).toBe('2026-10-22');
});

test('a date of birth typed as month/day/year is recorded and shown, with what was understood', async ({
  page,
  gotoApp,
  readDb,
}) => {
  await gotoApp('/clients/new');
  await page.getByLabel('First name').fill('Ruth');
  await page.getByLabel('Last name').fill('Adeyemi');
  const birth = page.getByLabel('Date of birth');
  await expect(birth).toHaveAccessibleDescription(/10\/23\/2026 or 2026-10-23/);
  await birth.fill('61023-02-02');
  await birth.blur();
  await expect(birth).toHaveAccessibleDescription(/year with all four digits/);
  await birth.fill('03/04/1984');
  await expect(page.getByText('Sunday, March 4, 1984')).toBeVisible();
  await expect(birth).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save client' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ruth Adeyemi' })).toBeVisible();
  await expect(page.getByText('Mar 4, 1984')).toBeVisible();
  expect(readDb(storedBirthDate)).toBe('1984-03-04');
});

test.describe('in a British locale', () => {
  test.use({ locale: 'en-GB' });

  test('a date of birth typed as day/month/year is recorded and shown the British way', async ({
    page,
    gotoApp,
    readDb,
  }) => {
    await gotoApp('/clients/new');
    await page.getByLabel('First name').fill('Ruth');
    await page.getByLabel('Last name').fill('Adeyemi');
    const birth = page.getByLabel('Date of birth');
    await birth.fill('03/04/1984');
    await expect(page.getByText('Tuesday, 3 April 1984')).toBeVisible();
    await page.getByRole('button', { name: 'Save client' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Ruth Adeyemi' })).toBeVisible();
    await expect(page.getByText('3 Apr 1984')).toBeVisible();
    expect(readDb(storedBirthDate)).toBe('1984-04-03');

    // Editing shows the stored day the way it is typed here.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByLabel('Date of birth')).toHaveValue('03/04/1984');
  });
});
