/**
 * "Show the client": the full-window presentation opened from the client page, moved through with
 * the arrow keys and the buttons, two visits chosen, the overlay's slider worked from the keyboard,
 * changes marked in words, the home program, and Escape back to where it was opened from.
 */
import type { Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { LibraryExercise } from '../../shared/channels/exercises';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { AssessmentBody } from '../../shared/domain/clinical';
import type { Client } from '../../shared/domain/clients';
import type { StanceCore } from '../../main/stance';
import { formatCalendarDate } from '../../renderer/lib/format';
import { expectNoSeriousA11yViolations } from './a11y';
import { daysAgo } from './assessment-helpers';
import { expect, test } from './fixtures';
import { landmarksFor, personPhoto } from './print-photos';

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** Three visits six weeks apart: pain 7 → 5 → 2, the ankle bending about the same throughout. */
const VISITS = [
  { daysAgo: 84, pain: 7, kneeToWallCm: 8 },
  { daysAgo: 42, pain: 5, kneeToWallCm: 8.3 },
  { daysAgo: 0, pain: 2, kneeToWallCm: 8.5 },
] as const;

const body = (pain: number, kneeToWallCm: number): AssessmentBody => ({
  schemaVersion: 1,
  pain: { nprsNow: pain },
  feet: { left: { kneeToWallCm } },
});

async function seedClient(core: StanceCore): Promise<{ client: Client; days: string[] }> {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Maren',
    lastName: 'Okafor',
  });
  const jpeg = (await personPhoto('anterior', 600, 800)).toString('base64');
  const days: string[] = [];
  for (const visit of VISITS) {
    const day = daysAgo(visit.daysAgo);
    days.push(day);
    const { assessmentId } = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: day,
    });
    await call(core, 'assessments:saveDraft', {
      id: assessmentId,
      revision: 1,
      assessedOn: day,
      body: body(visit.pain, visit.kneeToWallCm),
    });
    const photo = await call<PhotoInfo>(core, 'photos:add', {
      assessmentId,
      view: 'anterior',
      fileName: 'front.jpg',
      dataBase64: jpeg,
    });
    await call(core, 'photos:saveLandmarks', {
      id: photo.id,
      landmarks: landmarksFor('anterior', photo.width, photo.height),
    });
  }
  const [exercise] = await call<LibraryExercise[]>(core, 'exercises:list', {});
  await call(core, 'programs:save', {
    clientId: client.id,
    title: 'Home exercises, weeks 1–4',
    items: [
      {
        exerciseId: exercise!.id,
        dosage: {
          kind: 'reps',
          sets: 2,
          reps: 10,
          perSide: false,
          timesPerDay: 1,
          daysPerWeek: 7,
        },
      },
    ],
  });
  return { client, days };
}

const sectionHeading = (page: Page) => page.getByRole('heading', { level: 2 });

test('shows the client her progress: photos of two chosen visits, an overlay, changes in words, and Escape back', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client, days } = await seedClient(core);
  const [first, middle, latest] = days.map(formatCalendarDate) as [string, string, string];
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('link', { name: 'Show the client' }).click();

  // The whole window: her name, no sidebar, the first section's heading holding focus.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maren Okafor: your progress');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(sectionHeading(page)).toHaveText('Before and after');
  await expect(sectionHeading(page)).toBeFocused();
  await expect(page.getByText('1 of 5')).toBeVisible();

  // First and latest by default; she picks the middle visit as "before".
  const before = page.getByLabel('Before', { exact: true });
  const after = page.getByLabel('After', { exact: true });
  await expect(before.locator('option:checked')).toHaveText(first);
  await expect(after.locator('option:checked')).toHaveText(latest);
  await expect(page.getByRole('img', { name: `Front view on ${first}` })).toBeVisible();
  await before.selectOption({ label: middle });
  await expect(page.getByRole('img', { name: `Front view on ${middle}` })).toBeVisible();
  await expect(page.getByRole('img', { name: `Front view on ${first}` })).toHaveCount(0);
  // Both photos really arrive, from the screen-sized copies.
  const pair = page.locator('.show-pair img');
  await expect(pair).toHaveCount(2);
  for (const image of await pair.all()) {
    await expect(image).toHaveAttribute('src', /\/screen$/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);
  }
  await expectNoSeriousA11yViolations(page);

  // One over the other: the slider fades the later photo in, from the keyboard.
  await page.getByRole('button', { name: 'One over the other' }).click();
  await expect(page.getByRole('button', { name: 'One over the other' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const slider = page.getByRole('slider', { name: 'How much of the later photo shows' });
  const laterLayer = page.locator('img[data-overlay-layer="later"]');
  await expect(laterLayer).toHaveCSS('opacity', '0.5');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', `100% of the later photo, ${latest}`);
  await expect(laterLayer).toHaveCSS('opacity', '1');
  // An arrow in the slider moves the slider, not the section.
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('95');
  await expect(sectionHeading(page)).toHaveText('Before and after');
  await expectNoSeriousA11yViolations(page);

  // The arrow keys move between sections; so do the buttons.
  await sectionHeading(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(sectionHeading(page)).toHaveText('Every visit: front view');
  await expect(sectionHeading(page)).toBeFocused();
  await expect(page.locator('.show-timeline img')).toHaveCount(3);
  await expect(page.getByTestId('timeline-alignment-note')).toContainText(
    'Lined up on the midpoint between the ankles.',
  );
  await expect(page.locator('.show-timeline-baseline')).toHaveCount(3);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(sectionHeading(page)).toHaveText('What has changed');

  // Between the chosen visits (middle → latest): pain 5 → 2 is better; the ankle 8.3 → 8.5 cm is
  // within the 1.6 cm a second measurer could differ by.
  const pain = page.locator('[data-series="pain-now"]');
  await expect(pain).toContainText('Pain on the day');
  await expect(pain).toContainText('5 → 2');
  await expect(pain).toContainText('Better');
  const ankle = page.locator('[data-series="knee-to-wall-left"]');
  await expect(ankle).toContainText('8.3 cm → 8.5 cm');
  await expect(ankle).toContainText('Within measurement error');
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press('ArrowRight');
  await expect(sectionHeading(page)).toHaveText('Progress over time');
  await expect(page.getByRole('region', { name: 'Pain', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(sectionHeading(page)).toHaveText('Your home program');
  await expect(page.getByText('2 sets of 10. Once a day, every day.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('ArrowLeft');
  await expect(sectionHeading(page)).toHaveText('Progress over time');

  // Escape leaves, back to the client page.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maren Okafor');
  await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}$`));
});

test('opened from the photo comparison, Escape returns to the comparison', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client } = await seedClient(core);
  await gotoApp(`/clients/${client.id}/compare`);
  await page.getByRole('link', { name: 'Show the client' }).click();
  await expect(sectionHeading(page)).toHaveText('Before and after');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare photos: Maren Okafor');
});
