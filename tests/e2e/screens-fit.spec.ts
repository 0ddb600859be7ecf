/**
 * Every screen fits a 13-inch laptop and a smaller one: nothing is wider than the window, so a
 * trackpad swipe never slides a form into blank space and the sidebar off screen. The screens and
 * their data are the ones `npm run screenshots` pictures, including each section of the
 * assessment form, plus a client whose surname is one unbroken 82-character word.
 */
import type { Page } from '@playwright/test';
import { screens } from '../../scripts/screenshots/screens';
import { seedScreens } from '../../scripts/screenshots/seed';
import { formReady, seedAssessment } from './assessment-helpers';
import { expect, test } from './fixtures';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
] as const;

/** One unbroken word of 82 letters. */
const LONG_SURNAME = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(3).slice(0, 82);

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

for (const size of SIZES) {
  test(`no screen scrolls sideways at ${size.width}×${size.height}`, async ({
    page,
    core,
    gotoApp,
  }) => {
    // Every screen of the app in turn, each only once its data has arrived.
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    const seeded = await seedScreens(core);
    const longName = await core.route('clients:create', {
      firstName: 'Ana',
      lastName: LONG_SURNAME,
      dateOfBirth: '1975-06-01',
    });
    if (!longName.ok) throw new Error(longName.error.message);
    const longNameId = (longName.value as { id: string }).id;

    const wide: string[] = [];
    const check = async (name: string) => {
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${name}: ${overflow} px wider than the window`);
    };
    const all = [
      ...screens(seeded),
      {
        name: 'long-name client',
        hash: `/clients/${longNameId}`,
        ready: (p: Page) => p.getByRole('heading', { level: 1, name: /Ana Wolfe/ }),
      },
    ];
    for (const screen of all) {
      // A fresh load for each screen, so none inherits the last one's scroll or state.
      await page.goto('about:blank');
      await gotoApp(screen.hash);
      await screen.ready(page).waitFor();
      await check(screen.name);
      if ('then' in screen && screen.then) {
        await screen.then(page, (step) => check(`${screen.name}, ${step}`));
      }
    }
    expect(wide).toEqual([]);
  });
}

/** How far past the window's right edge an element reaches (0 when it is all in view). */
function pastRightEdge(page: Page, box: { x: number; width: number } | null): number {
  const width = page.viewportSize()?.width ?? 0;
  expect(box, 'the element is on the page').not.toBeNull();
  return Math.max(0, (box?.x ?? 0) + (box?.width ?? 0) - width);
}

test('a very long surname is shortened with "…" and keeps the list columns and the client page actions in view', async ({
  page,
  core,
  gotoApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const created = await core.route('clients:create', {
    firstName: 'Ana',
    lastName: LONG_SURNAME,
    email: 'ana@example.com',
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  await core.route('assessments:create', { clientId: id, assessedOn: '2026-02-01' });
  const fullName = `Ana ${LONG_SURNAME}`;

  await gotoApp('/');
  const link = page.getByRole('link', { name: fullName });
  await expect(link).toHaveAttribute('title', fullName);
  for (const column of ['Contact', 'Last visit']) {
    const header = page.getByRole('columnheader', { name: column });
    expect(pastRightEdge(page, await header.boundingBox()), column).toBe(0);
  }
  await expect(page.getByRole('cell', { name: 'ana@example.com' })).toBeVisible();
  const shortened = await link.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(shortened, 'the name is cut short in the list').toBe(true);
  // Tabbing to the name shows all of it.
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const whole = await link.evaluate((element) => element.scrollWidth <= element.clientWidth);
  expect(whole, 'the whole name shows while the link has focus').toBe(true);

  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('title', fullName);
  const edit = page.getByRole('button', { name: 'Edit details' });
  await expect(edit).toBeVisible();
  expect(pastRightEdge(page, await edit.boundingBox())).toBe(0);
  const table = page.getByRole('table').filter({ hasText: 'Feb 1, 2026' });
  await expect(table).toBeVisible();
  expect(pastRightEdge(page, await table.boundingBox())).toBe(0);
});

test('at 1024 the section bar shows there is more and follows the section on screen', async ({
  page,
  core,
  gotoApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const nav = page.getByRole('navigation', { name: 'Assessment sections' });
  const more = nav.locator('.ae-nav-more-after');
  const earlier = nav.locator('.ae-nav-more-before');
  await expect(more).toBeVisible();
  await expect(earlier).toBeHidden();

  // Scrolling the page (not clicking the bar) to Measures marks it current and brings it into the bar.
  await page.evaluate(() =>
    document.getElementById('ae-section-measures')?.scrollIntoView({ block: 'start' }),
  );
  const measures = nav.getByRole('button', { name: 'Measures', exact: true });
  await expect(measures).toHaveAttribute('aria-current', 'location');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await expect(earlier).toBeVisible();
  const [bar, item] = await Promise.all([
    nav.getByRole('list').boundingBox(),
    measures.boundingBox(),
  ]);
  expect(bar && item && item.x >= bar.x && item.x + item.width <= bar.x + bar.width).toBe(true);

  // The arrow slides the row back towards the start.
  const rowScroll = () => nav.getByRole('list').evaluate((row) => row.scrollLeft);
  const before = await rowScroll();
  await earlier.click();
  await expect.poll(rowScroll).toBeLessThan(before);
  await page.evaluate(() =>
    document.getElementById('ae-section-client')?.scrollIntoView({ block: 'start' }),
  );
  await expect(nav.getByRole('button', { name: 'Client and history' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(earlier).toBeHidden();
  await expect(more).toBeVisible();
});
