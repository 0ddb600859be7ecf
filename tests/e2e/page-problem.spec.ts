/**
 * A page that cannot be drawn shows a calm message with a way back, never a blank window. Main
 * answers the exercise library with a body region that is text instead of a list (what an old
 * imported record could leave behind), which the Exercises page cannot draw.
 */
import type { LibraryExercise } from '../../shared/channels/exercises';
import { builtInExercises } from '../../shared/domain/exercises';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

const brokenLibrary = {
  ok: true as const,
  value: [
    {
      ...builtInExercises[0]!,
      regions: 'x' as unknown as LibraryExercise['regions'],
      copiedFrom: null,
      retiredAt: null,
      photoHash: null,
    },
  ],
};

test.describe('a page that cannot be drawn', () => {
  test('shows a calm message, and the client list and a reload bring her back', async ({
    page,
    gotoApp,
    mainAnswers,
    pageProblems,
  }) => {
    await gotoApp('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

    mainAnswers['exercises:list'] = brokenLibrary;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Exercises' })
      .click();

    const problem = page.getByRole('heading', { level: 1, name: 'This page could not be shown' });
    await expect(problem).toBeVisible();
    await expect(problem).toBeFocused();
    await expect(page.getByText('Your records are safe: nothing was changed.')).toBeVisible();
    // The frame around the page still works: the sidebar is there.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: '/tmp/page-problem/shots/page-problem.png' });

    await page.getByRole('button', { name: 'Go to the client list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await expect(problem).toHaveCount(0);

    // Main answers properly again (the fault was mended): reloading the page shows the library.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Exercises' })
      .click();
    await expect(problem).toBeVisible();
    delete mainAnswers['exercises:list'];
    await page.getByRole('button', { name: 'Reload Stance' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
    await expect(problem).toHaveCount(0);

    // React reports each caught failure on the console; those two are the expected ones.
    const expected = pageProblems.filter((line) => /regions\.map is not a function/.test(line));
    expect(expected.length).toBeGreaterThan(0);
    pageProblems.splice(
      0,
      pageProblems.length,
      ...pageProblems.filter((l) => !expected.includes(l)),
    );
  });
});
