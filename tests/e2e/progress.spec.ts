import type { Locator, Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { AssessmentBody } from '../../shared/domain/clinical';
import type { Client } from '../../shared/domain/clients';
import type { StanceCore } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { daysAgo } from './assessment-helpers';
import { expect, test } from './fixtures';

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

interface VisitValues {
  pain: number;
  /** Ten Oswestry sections; null leaves the questionnaire out. */
  odi?: (number | null)[] | null;
  kneeToWallLeftCm?: number;
}

function body({ pain, odi = null, kneeToWallLeftCm }: VisitValues): AssessmentBody {
  return {
    schemaVersion: 1,
    pain: {
      nprsNow: pain,
      nprsBestLastWeek: Math.max(0, pain - 2),
      nprsWorstLastWeek: Math.min(10, pain + 2),
    },
    ...(odi ? { oswestry: { variant: 'odi-2.1a' as const, sections: odi } } : {}),
    ...(kneeToWallLeftCm === undefined
      ? {}
      : { feet: { left: { kneeToWallCm: kneeToWallLeftCm } } }),
  };
}

/** A client with one visit a week, oldest first, each saved through the router as the form saves. */
async function seedVisits(core: StanceCore, visits: readonly VisitValues[]): Promise<Client> {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Ingrid',
    lastName: 'Sørensen',
    dateOfBirth: '1975-06-02',
  });
  for (const [index, values] of visits.entries()) {
    const day = daysAgo((visits.length - index) * 7);
    const created = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: day,
    });
    await call(core, 'assessments:saveDraft', {
      id: created.assessmentId,
      revision: 1,
      assessedOn: day,
      body: body(values),
    });
  }
  return client;
}

const progress = (page: Page) => page.getByRole('region', { name: 'Progress' });
const chart = (page: Page, name: string) =>
  progress(page).getByRole('region', { name, exact: true });

/** The drawn date labels under a chart, as boxes on screen. */
async function dateLabelBoxes(figure: Locator) {
  const boxes = await figure
    .locator('svg text.chart-tick:not(.chart-tick-y)')
    .evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return { left: box.left, right: box.right, top: Math.round(box.top) };
      }),
    );
  return boxes;
}

/** True when two boxes on the same line touch or cross. */
function anyOverlap(boxes: { left: number; right: number; top: number }[]): boolean {
  return boxes.some((a, i) =>
    boxes.some((b, j) => i < j && a.top === b.top && a.left < b.right && b.left < a.right),
  );
}

test('two visits: the pain chart shows both, its numbers open from the keyboard, and it is axe clean', async ({
  page,
  core,
  gotoApp,
}) => {
  const odiFirst = [3, 2, 3, 2, 3, 2, 2, null, 3, 2]; // 22 of 45 = 49%
  const odiThen = [1, 1, 1, 1, 1, 1, 1, null, 1, 1]; //  9 of 45 = 20%
  const client = await seedVisits(core, [
    { pain: 7, odi: odiFirst, kneeToWallLeftCm: 8 },
    { pain: 4, odi: odiThen, kneeToWallLeftCm: 11.5 },
  ]);
  await gotoApp(`/clients/${client.id}`);

  const pain = chart(page, 'Pain');
  await expect(pain.getByRole('img')).toHaveAccessibleName(
    /Pain, 2 visits .*Now: 7 first, 4 latest/,
  );
  await expect(
    pain.getByText(/Shaded: less than 2 points \(or 30% better\) from the first visit/),
  ).toBeVisible();
  await expect(chart(page, 'Oswestry disability').getByRole('img')).toHaveAccessibleName(
    /49% first, 20% latest/,
  );
  await expect(chart(page, 'Knee-to-wall').getByRole('img')).toHaveAccessibleName(
    /Left: 8 cm first, 11\.5 cm latest/,
  );
  // Nothing recorded, nothing drawn: no Roland-Morris, no FPI-6, no photo charts.
  await expect(chart(page, 'Roland-Morris disability')).toHaveCount(0);
  await expect(chart(page, 'Foot posture (FPI-6)')).toHaveCount(0);
  await expect(progress(page).getByRole('region', { name: /photo/ })).toHaveCount(0);

  const toggle = pain.getByRole('button', { name: 'Show the numbers for Pain' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(pain.getByRole('table')).toHaveCount(0);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(pain.getByRole('button', { name: 'Hide the numbers for Pain' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const table = pain.getByRole('table', { name: 'Pain, visit by visit' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Visit',
    'Now',
    'Least, past week',
    'Worst, past week',
  ]);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['7', '5', '9']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['4', '2', '6']);

  expect(anyOverlap(await dateLabelBoxes(pain))).toBe(false);
  await expect(pain.locator('svg.progress-svg .chart-series-0 .chart-point')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
});

test('thirty visits: the pain chart keeps 30 separate points, its date labels never overlap, and the table lists every visit', async ({
  page,
  core,
  gotoApp,
}) => {
  const visits = Array.from({ length: 30 }, (_, index) => ({ pain: 8 - Math.floor(index / 5) }));
  const client = await seedVisits(core, visits);
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 700 });
    await gotoApp(`/clients/${client.id}`);
    const pain = chart(page, 'Pain');
    await expect(pain.getByRole('img')).toHaveAccessibleName(
      /Pain, 30 visits .*Now: 8 first, 3 latest/,
    );

    const labels = await dateLabelBoxes(pain);
    expect(labels.length, `labels at ${width}`).toBeGreaterThan(2);
    expect(anyOverlap(labels), `labels at ${width}`).toBe(false);

    const points = pain.locator('svg.progress-svg .chart-series-0 .chart-point');
    await expect(points).toHaveCount(30);
    const xs = await points.evaluateAll((dots) =>
      dots.map((dot) => {
        const box = dot.getBoundingClientRect();
        return { left: box.left, right: box.right };
      }),
    );
    for (let index = 1; index < xs.length; index += 1) {
      expect(xs[index]!.left, `point ${index + 1} at ${width}`).toBeGreaterThan(
        xs[index - 1]!.right,
      );
    }
  }

  const pain = chart(page, 'Pain');
  await pain.getByRole('button', { name: 'Show the numbers for Pain' }).click();
  const rows = pain.getByRole('table', { name: 'Pain, visit by visit' }).getByRole('row');
  await expect(rows).toHaveCount(31);
  await expect(rows.nth(30).getByRole('cell').first()).toHaveText('3');
  await expectNoSeriousA11yViolations(page);
});

test('a client whose visit recorded nothing to chart gets one calm line instead of empty charts', async ({
  page,
  core,
  gotoApp,
}) => {
  const client = await call<Client>(core, 'clients:create', { firstName: 'Ola', lastName: 'Berg' });
  await call<Assessment>(core, 'assessments:create', { clientId: client.id });
  await gotoApp(`/clients/${client.id}`);
  await expect(progress(page).getByText(/Nothing to chart yet/)).toBeVisible();
  await expect(progress(page).getByRole('img')).toHaveCount(0);
});
