/**
 * The client report and the exercise handout, printed by Chromium's own print engine (the one
 * Electron's printToPDF uses) on A4 and Letter, then read back: page count, paper size, the text
 * a reader needs, nothing wider than the page, and page images to look at in /tmp/print-shots.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import { findExercise } from '../../shared/domain/exercises';
import type { PaperSize } from '../../shared/domain/settings';
import type { Printer } from '../../main/printer';
import { APP_ORIGIN, expect, test } from './fixtures';
import {
  CONTENT_WIDTH_PX,
  openPrintRoute,
  overflowingElements,
  pdfPages,
  pdfText,
  pdfToPngs,
  PROGRAM_EXERCISES,
  seedPrintable,
  setPaper,
} from './print-helpers';

const SHOTS = '/tmp/print-shots';
const PAPER_NAMES: Record<PaperSize, RegExp> = { A4: /\(A4\)/, Letter: /\(letter\)/ };

if (process.env.STANCE_RENDERER_DIR)
  test.use({ rendererBuildDir: process.env.STANCE_RENDERER_DIR });

/** Prints whatever the page shows, as main's hidden window would, at the printable width. */
async function printPage(page: Page, paper: PaperSize, file: string): Promise<string[]> {
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH_PX[paper]), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const overflow = await overflowingElements(page);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return overflow;
}

function tempPdf(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stance-print-')), name);
}

for (const paper of ['A4', 'Letter'] as const) {
  test(`the client report prints on ${paper} with everything a reader needs`, async ({
    page,
    core,
  }) => {
    const { client, assessmentIds } = await seedPrintable(core);
    await setPaper(core, paper);
    await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${assessmentIds[2]}`);
    await expect(page.locator('.app-shell, nav')).toHaveCount(0);

    const file = tempPdf(`report-${paper}.pdf`);
    expect(await printPage(page, paper, file), 'elements wider than the page').toEqual([]);

    const { pages, size } = pdfPages(file);
    expect(size).toMatch(PAPER_NAMES[paper]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Margaret Okonkwo-Hale');
    expect(text).toContain('Northside Posture Studio');
    expect(text).toContain('Left: +4, normal');
    expect(text).toContain('Right: +7, pronated');
    expect(text).toMatch(/Right knee — drifts inward|Right knee/);
    expect(text).toContain('From the front');
    expect(text).toContain('From behind');
    expect(text).toMatch(/Yes: a change large enough/);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('not a diagnosis');
    for (const id of PROGRAM_EXERCISES) expect(text).toContain(findExercise(id)?.name ?? id);

    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(file, path.join(SHOTS, `report-${paper}`));
  });

  test(`the exercise handout prints on ${paper} with every exercise and its picture`, async ({
    page,
    core,
  }) => {
    const { program } = await seedPrintable(core);
    await setPaper(core, paper);
    await openPrintRoute(page, APP_ORIGIN, `/print/handout/${program.id}`);
    const pictures = page.locator('img.exercise-picture');
    await expect(pictures).toHaveCount(PROGRAM_EXERCISES.length);
    for (const picture of await pictures.all()) {
      expect(
        await picture.evaluate((image: HTMLImageElement) => image.naturalWidth),
      ).toBeGreaterThan(0);
    }

    const file = tempPdf(`handout-${paper}.pdf`);
    expect(await printPage(page, paper, file), 'elements wider than the page').toEqual([]);

    const { pages, size } = pdfPages(file);
    expect(size).toMatch(PAPER_NAMES[paper]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Margaret Okonkwo-Hale');
    expect(text).toContain('Home exercises, weeks 1–4');
    for (const id of PROGRAM_EXERCISES) expect(text).toContain(findExercise(id)?.name ?? id);
    expect(text).toContain('Mon Tue Wed Thu Fri Sat Sun');

    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(file, path.join(SHOTS, `handout-${paper}`));
  });
}

test('a red-flag answer puts the see-your-doctor notice on the first page', async ({
  page,
  core,
}) => {
  const { client, assessmentIds } = await seedPrintable(core);
  const id = assessmentIds[2] ?? '';
  const current = await core.route('assessments:get', { id });
  if (!current.ok) throw new Error(current.error.message);
  const { revision, assessedOn, body } = current.value as Assessment;
  const flagged = { ...body, redFlags: { nightPain: true } };
  await core.route('assessments:saveDraft', { id, revision, assessedOn, body: flagged });
  await setPaper(core, 'A4');
  await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${id}`);

  const file = tempPdf('report-red-flag.pdf');
  expect(await printPage(page, 'A4', file)).toEqual([]);
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], {
    encoding: 'utf8',
  });
  expect(firstPage.replace(/\s+/g, ' ')).toContain(
    'Please see your doctor before going on with exercise',
  );
  expect(firstPage).toContain('Pain at night');
  fs.mkdirSync(SHOTS, { recursive: true });
  pdfToPngs(file, path.join(SHOTS, 'report-red-flag'));
});

test('the client page leads to a preview of the newest report, and on to the handout', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client } = await seedPrintable(core);
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('link', { name: 'Report', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Client report' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Posture and foot assessment' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeEnabled();
  await page.getByRole('link', { name: 'Home exercises, weeks 1–4' }).click();
  await expect(page.getByRole('heading', { name: 'Exercise handout' })).toBeVisible();
  await expect(page.locator('img.exercise-picture')).toHaveCount(PROGRAM_EXERCISES.length);
});

/** What main/print.ts does with a hidden window, done with the test's own page. */
const pagePrinter = (holder: { page: Page | null }): Printer => ({
  renderPdf: async (job) => {
    if (!holder.page) throw new Error('No page to print with.');
    await openPrintRoute(holder.page, APP_ORIGIN, job.route);
    return holder.page.pdf({ preferCSSPageSize: true, printBackground: true });
  },
  print: () => Promise.resolve(false),
});

const printerPage: { page: Page | null } = { page: null };

test.describe('saving a PDF through the print channel', () => {
  test.use({ printer: pagePrinter(printerPage) });

  test('saves the report where the practitioner chose, and nothing on Cancel', async ({
    page,
    core,
    host,
  }) => {
    printerPage.page = page;
    const { client } = await seedPrintable(core);
    const target = tempPdf('chosen.pdf');

    host.answers.saveFile = null;
    const cancelled = await core.route('print:savePdf', { kind: 'report', clientId: client.id });
    expect(cancelled).toEqual({ ok: true, value: { saved: false } });

    host.answers.saveFile = target;
    const saved = await core.route('print:savePdf', { kind: 'report', clientId: client.id });
    expect(saved).toMatchObject({ ok: true, value: { saved: true, path: target } });
    expect(host.dialogs.at(-1)).toMatchObject({ kind: 'save', title: 'Save the client report' });
    expect(pdfText(target)).toContain('Margaret Okonkwo-Hale');
  });

  test('refuses a handout without a program, before any dialog opens', async ({ core, host }) => {
    const { client } = await seedPrintable(core);
    const refused = await core.route('print:savePdf', { kind: 'handout', clientId: client.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(host.dialogs).toEqual([]);
  });
});
