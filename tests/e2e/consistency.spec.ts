/**
 * The same thing looks and reads the same everywhere: what goes somewhere is a link, what acts is a
 * button, a choice is read out as printed, and the list of an assessment's revisions is called so.
 */
import { formReady, seedAssessment } from './assessment-helpers';
import { expect, test } from './fixtures';

test('a graded choice is read out as one phrase, with no stray space before the comma', async ({
  page,
  core,
  gotoApp,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const knee = page.getByRole('group', { name: 'Knee over the foot, left' });
  const mild = knee.getByRole('radio', { name: 'Mild, drifts inward (valgus)', exact: true });
  await expect(mild).toHaveCount(1);
  await expect(knee.getByRole('radio', { name: /\s,/ })).toHaveCount(0);
  // The segment still shows only the short word.
  const face = knee.locator('label').filter({
    has: page.getByRole('radio', { name: 'Mild, drifts inward (valgus)', exact: true }),
  });
  await expect(face.locator('[aria-hidden="true"]')).toHaveText('Mild');
});

test('header actions that go somewhere are links, those that act are buttons, and Revisions names what it lists', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client, assessmentId } = await seedAssessment(core);
  await gotoApp('/');
  await expect(page.getByRole('link', { name: 'New client' })).toBeVisible();
  await page.getByRole('link', { name: 'New client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();

  await gotoApp(`/clients/${client.id}`);
  const header = page.locator('.page-actions');
  for (const name of ['Report', 'Build program']) {
    await expect(header.getByRole('link', { name })).toBeVisible();
  }
  for (const name of ['Export record…', 'Archive']) {
    await expect(header.getByRole('button', { name })).toBeVisible();
  }
  // Links dressed as buttons look like the buttons beside them: no underline.
  const underline = await header
    .getByRole('link', { name: 'Report' })
    .evaluate((link) => getComputedStyle(link).textDecorationLine);
  expect(underline).toBe('none');

  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  await expect(page.getByRole('button', { name: 'History', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Revisions', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Revisions of this assessment' });
  await expect(dialog.getByRole('row')).toHaveCount(2);
});
