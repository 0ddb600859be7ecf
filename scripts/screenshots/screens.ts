/**
 * Every screen of Stance, in the order a practitioner meets them: where to go, what to wait for
 * (content that only shows once the screen has loaded) and, for a few, what to do first (open a
 * dialog, make a field show its message).
 */
import type { Locator, Page } from '@playwright/test';
import type { Seeded } from './seed';

export interface Screen {
  /** The file name, without the number in front or `.png`. */
  readonly name: string;
  readonly hash: string;
  /** Shown only once the screen has its data. */
  readonly ready: (page: Page) => Locator;
  /** After it is ready; returns further pictures to take of the same screen, if any. */
  readonly then?: (page: Page, shoot: (name: string) => Promise<void>) => Promise<void>;
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

/** Each section of the assessment form in turn, as the section list scrolls to it. */
async function eachFormSection(page: Page, shoot: (name: string) => Promise<void>) {
  const nav = page.getByRole('navigation', { name: 'Assessment sections' });
  const titles = await nav.getByRole('button').allTextContents();
  for (const title of titles) {
    await nav.getByRole('button', { name: title, exact: true }).click();
    await shoot(`section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  }
}

export function screens(seed: Seeded): Screen[] {
  const { client, assessmentIds, photoId, program, ownExercise } = seed;
  const [first, , draft] = assessmentIds;
  return [
    {
      name: 'client-list',
      hash: '/',
      ready: (page) => page.getByRole('link', { name: /Okonkwo-Hale/ }).first(),
    },
    { name: 'new-client', hash: '/clients/new', ready: (page) => heading(page, /client/i) },
    {
      name: 'client',
      hash: `/clients/${client.id}`,
      ready: (page) => heading(page, /Margaret Okonkwo-Hale/),
    },
    {
      name: 'assessment-draft',
      hash: `/assessments/${draft}`,
      ready: (page) => page.locator('[data-form-ready="true"]'),
      then: async (page, shoot) => {
        // A value out of range, so the pictures show a field with its message.
        await page.locator('#ae-feet-right-navicularDropMm').fill('-2');
        await page.locator('#ae-feet-right-navicularDropMm-error').waitFor();
        await page.locator('[data-save-state]:not([data-save-state="saving"])').waitFor();
        await page.locator('#ae-feet-right-navicularDropMm').blur();
        await page
          .locator('#ae-feet-right-navicularDropMm')
          .evaluate((field) => field.scrollIntoView({ block: 'center' }));
        await shoot('flagged');
        await eachFormSection(page, shoot);
        await page.getByRole('button', { name: 'Revisions', exact: true }).click();
        await page
          .getByRole('dialog', { name: 'Revisions of this assessment' })
          .getByRole('table')
          .waitFor();
        await shoot('revisions');
        await page.keyboard.press('Escape');
      },
    },
    {
      name: 'assessment-final',
      hash: `/assessments/${first}`,
      ready: (page) => page.locator('[data-form-ready="true"]'),
    },
    {
      name: 'photo-annotator',
      hash: `/assessments/${draft}/photos/${photoId}`,
      ready: (page) => page.locator('img').first(),
    },
    {
      name: 'photo-comparison',
      hash: `/clients/${client.id}/compare`,
      ready: (page) => page.locator('.compare-frame img').nth(1),
    },
    {
      name: 'show-client',
      hash: `/clients/${client.id}/show/client`,
      ready: (page) => page.locator('.show-pair .compare-frame img').nth(1),
      then: async (page, shoot) => {
        await page.getByRole('button', { name: 'One over the other' }).click();
        await page.locator('img[data-overlay-layer="later"]').waitFor();
        await shoot('overlay');
        const titles: string[] = [];
        // Each section in turn, as the arrow key brings it.
        for (let step = 0; step < 6; step += 1) {
          const title = await page.getByRole('heading', { level: 2 }).textContent();
          if (!title || titles.includes(title)) break;
          titles.push(title);
          if (step > 0) await shoot(`section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
          await page.getByRole('heading', { level: 2 }).focus();
          await page.keyboard.press('ArrowRight');
        }
      },
    },
    {
      name: 'exercises',
      hash: '/exercises',
      ready: (page) => page.getByRole('link', { name: /Calf/ }).first(),
    },
    {
      name: 'exercise-detail',
      hash: '/exercises/calf-wall-stretch',
      ready: (page) => heading(page, /Calf/),
    },
    { name: 'exercise-new', hash: '/exercises/new', ready: (page) => heading(page, /exercise/i) },
    {
      name: 'exercise-edit',
      hash: `/exercises/${ownExercise.id}/edit`,
      ready: (page) => page.getByRole('textbox').first(),
    },
    {
      name: 'program-builder',
      hash: `/clients/${client.id}/program/${draft}`,
      ready: (page) =>
        page.getByRole('heading', { name: `In the program (${program.items.length})` }),
    },
    {
      name: 'report-preview',
      hash: `/clients/${client.id}/report/${draft}`,
      ready: (page) => page.getByText('Northside Posture Studio').first(),
    },
    {
      name: 'handout-preview',
      hash: `/clients/${client.id}/handout/${program.id}`,
      ready: (page) => page.getByText(program.title).first(),
    },
    { name: 'settings', hash: '/settings', ready: (page) => heading(page, 'Settings') },
    {
      name: 'page-not-found',
      hash: '/no-such-page',
      ready: (page) => page.getByRole('heading', { level: 1 }),
    },
  ];
}
