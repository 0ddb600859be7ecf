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
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import { RED_FLAG_TIER_INFO, formatWithUnit, RULES_VERSION } from '../../shared/domain/clinical';
import { findExercise } from '../../shared/domain/exercises';
import { measurePhoto } from '../../shared/domain/photo-measures';
import type { PaperSize } from '../../shared/domain/settings';
import type { Printer } from '../../main/printer';
import type { StanceCore } from '../../main/stance';
import { daysAgo } from './assessment-helpers';
import { APP_ORIGIN, expect, test } from './fixtures';
import {
  CONTENT_WIDTH_PX,
  type DocumentKind,
  openPrintRoute,
  overflowingElements,
  longestExercises,
  pdfPages,
  pdfPageTexts,
  pdfText,
  pdfToPngs,
  PROGRAM_EXERCISES,
  seedPrintable,
  seedProgram,
  setPaper,
} from './print-helpers';
import { personPhoto, seedReportPhotos } from './print-photos';

const SHOTS = process.env.STANCE_PRINT_SHOTS ?? '/tmp/print-shots';
const PAPER_NAMES: Record<PaperSize, RegExp> = { A4: /\(A4\)/, Letter: /\(letter\)/ };

/** Prints whatever the page shows, as main's hidden window would, at the printable width. */
async function printPage(
  page: Page,
  kind: DocumentKind,
  paper: PaperSize,
  file: string,
): Promise<string[]> {
  const width = Math.floor(CONTENT_WIDTH_PX[kind][paper]);
  await page.setViewportSize({ width, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const overflow = await overflowingElements(page);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return [...overflow, ...blankPages(file)];
}

/** Pages that print nothing but their page number: a sheet of paper wasted in front of her. */
function blankPages(file: string): string[] {
  return pdfPageTexts(file).flatMap((text, index) =>
    text.replace(/Page \d+ of \d+/, '').trim() === '' ? [`page ${index + 1} is blank`] : [],
  );
}

/**
 * A card is whole on one page when its name and the start of its last step and its last cue
 * print on the same page, and the name on no other.
 */
function expectEachCardOnOnePage(file: string, exerciseIds: readonly string[]): void {
  const pages = pdfPageTexts(file);
  const firstWords = (text: string) => text.split(' ').slice(0, 4).join(' ');
  for (const id of exerciseIds) {
    const exercise = findExercise(id);
    if (!exercise) throw new Error(`No built-in exercise ${id}`);
    const onPages = pages.flatMap((text, index) => (text.includes(exercise.name) ? [index] : []));
    expect(onPages, `${exercise.name} is on one page`).toHaveLength(1);
    const home = pages[onPages[0] ?? 0] ?? '';
    expect(home, `${exercise.name}: its last step is on the same page`).toContain(
      firstWords(exercise.steps.at(-1) ?? ''),
    );
    expect(home, `${exercise.name}: its last cue is on the same page`).toContain(
      firstWords(exercise.cues.at(-1) ?? ''),
    );
  }
}

/** A measure per photo that the report must print, with the label it prints under. */
const EXPECTED_MEASURES = [
  ['anterior', 'shoulder-tilt', 'Shoulder tilt'],
  ['posterior', 'iliac-crest-tilt', 'Hip-bone height (iliac crests)'],
  ['right-lateral', 'craniovertebral-angle', 'Craniovertebral angle'],
  ['feet-behind', 'calcaneal-angle-right', 'Heel angle from behind, right'],
] as const;

/**
 * No photo is parted from its caption: each page holds as many photo images as it holds photo
 * captions (told apart by a measure only that view has).
 */
function expectPhotosBesideTheirCaptions(file: string): void {
  const imagesPerPage = new Map<number, number>();
  const listing = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  for (const row of listing.split('\n').slice(2)) {
    const pageNumber = Number(row.trim().split(/\s+/)[0]);
    if (pageNumber > 0) imagesPerPage.set(pageNumber, (imagesPerPage.get(pageNumber) ?? 0) + 1);
  }
  pdfPageTexts(file).forEach((text, index) => {
    const captions = EXPECTED_MEASURES.filter(([, , label]) => text.includes(`${label}:`)).length;
    expect(imagesPerPage.get(index + 1) ?? 0, `photos on page ${index + 1}`).toBe(captions);
  });
}

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

function tempPdf(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stance-print-')), name);
}

for (const paper of ['A4', 'Letter'] as const) {
  test(`the client report prints on ${paper} with everything a reader needs, photos too`, async ({
    page,
    core,
  }) => {
    const { client, assessmentIds } = await seedPrintable(core);
    const photos = await seedReportPhotos(core, assessmentIds[2] ?? '');
    await setPaper(core, paper);
    await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${assessmentIds[2]}`);
    await expect(page.locator('.app-shell, nav')).toHaveCount(0);
    // Ready means every photo is in: none may print as a gap.
    const shown = page.locator('.report-photo img');
    await expect(shown).toHaveCount(photos.length);
    for (const image of await shown.all()) {
      expect(await image.evaluate((element: HTMLImageElement) => element.complete)).toBe(true);
      expect(
        await image.evaluate((element: HTMLImageElement) => element.naturalWidth),
      ).toBeGreaterThan(0);
    }
    await expect(page.locator('.report-photo figcaption strong')).toHaveText([
      'Front',
      'Back',
      'Right side',
      'Heels from behind',
    ]);

    const file = tempPdf(`report-${paper}.pdf`);
    expect(await printPage(page, 'report', paper, file), 'elements wider than the page').toEqual(
      [],
    );

    const { pages, size } = pdfPages(file);
    expect(size).toMatch(PAPER_NAMES[paper]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(7);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Margaret Okonkwo-Hale');
    expect(text).toContain('Northside Posture Studio');
    expect(text).toContain('Left: +4, normal');
    expect(text).toContain('Right: +7, pronated');
    expect(text).toContain('Right knee drifts inward (valgus) — slight');
    expect(text).toContain('How you moved');
    expect(text).toContain('Your right knee moved inward clearly.');
    expect(text).toContain('Standing on your right leg, your knee moved inward a little.');
    expect(text).toContain('From the front');
    expect(text).toContain('From behind');
    expect(text).toMatch(/Yes: a change large enough/);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('not a medical diagnosis');
    expect(text).toContain(`Scored with rules ${RULES_VERSION}.`);
    // Written to the client: what looked as expected is summed up, practitioner prompts are left out.
    expect(text).toContain('Everything else we checked from behind looked as expected.');
    expect(text).toContain('Thank you for coming in on');
    for (const practitionerOnly of ['nothing seen', 'leg-length', 'hypothes', 'Confirm with'])
      expect(text).not.toContain(practitionerOnly);
    // The photos' measures, worked out here from the same landmarks, and the one left unmeasured.
    for (const [view, id, label] of EXPECTED_MEASURES) {
      const photo = photos.find((each) => each.view === view);
      const result = measurePhoto(view, photo?.landmarks ?? { points: {} }).find(
        (each) => each.id === id,
      );
      if (result?.status !== 'measured') throw new Error(`${id} should be measured`);
      expect(text).toContain(`${label}: ${formatWithUnit(Math.abs(result.value), 'deg')}`);
    }
    expect(text).toContain('Not measured (points not marked): Hip-bone height (iliac crests).');
    expect(text).toMatch(/Ear: \d+(\.\d)? cm in front of the line/);
    expectPhotosBesideTheirCaptions(file);
    // The progress charts, each whole on one page: its title and the note under it together.
    expect(text).toContain('Progress, visit by visit');
    const pageTexts = pdfPageTexts(file).map((each) => each.replace(/\s+/g, ' '));
    for (const [title, note] of [
      ['Oswestry disability', 'Shaded: less than 10 points'],
      ['Foot posture (FPI-6)', 'Shaded: less than about 2 points'],
      ['Knee-to-wall', 'Shaded: less than 1.6 cm'],
    ] as const) {
      expect(
        pageTexts.find((each) => each.includes(note)),
        title,
      ).toContain(title);
    }
    for (const id of PROGRAM_EXERCISES) expect(text).toContain(findExercise(id)?.name ?? id);

    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(file, path.join(SHOTS, `report-${paper}`));
  });

  test(`the before-and-after page of "Show the client" prints on a ${paper} sheet of its own`, async ({
    page,
    core,
  }) => {
    const { client, assessmentIds } = await seedPrintable(core);
    // A first visit with photos, before the three the report knows (those are finalized).
    const first = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: daysAgo(100),
    });
    await call(core, 'assessments:saveDraft', {
      id: first.assessmentId,
      revision: 1,
      assessedOn: daysAgo(100),
      body: { schemaVersion: 1, pain: { nprsNow: 8 } },
    });
    await seedReportPhotos(core, first.assessmentId, { width: 600, height: 800 });
    await seedReportPhotos(core, assessmentIds[2] ?? '', { width: 600, height: 800 });
    await setPaper(core, paper);
    await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${assessmentIds[2]}`);
    // The front view before and after, both photos in before printing.
    const pair = page.locator('.before-after img');
    await expect(pair).toHaveCount(2);
    for (const image of await pair.all()) {
      expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(600);
      await expect(image).toHaveAttribute('src', /\/print$/);
    }

    const file = tempPdf(`before-after-${paper}.pdf`);
    expect(await printPage(page, 'report', paper, file), 'elements wider than the page').toEqual(
      [],
    );
    const pageTexts = pdfPageTexts(file).map((each) => each.replace(/\s+/g, ' '));
    const sheet = pageTexts.findIndex((text) => /Before and after: /.test(text));
    expect(sheet, 'a before-and-after page').toBeGreaterThan(0);
    // Its photos and the changes in words sit on that one sheet, with nothing of the pages before.
    const onSheet = pageTexts[sheet] ?? '';
    expect(onSheet).not.toContain('Thank you for coming in on');
    expect(onSheet).toContain('What has changed since');
    expect(onSheet).toMatch(/Pain on the day 8 ?→ ?3 Better/);
    const listing = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    const imagesOnSheet = listing
      .split('\n')
      .slice(2)
      .filter((row) => Number(row.trim().split(/\s+/)[0]) === sheet + 1).length;
    expect(imagesOnSheet).toBe(2);

    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(file, path.join(SHOTS, `before-after-${paper}`));
  });

  test(`the exercise handout fits six exercises on two ${paper} pages, each with its picture and tick boxes`, async ({
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
    await expect(page.locator('.exercise-card .tick-row')).toHaveCount(PROGRAM_EXERCISES.length);
    await expect(page.locator('.tick-row .tick-box')).toHaveCount(PROGRAM_EXERCISES.length * 7);

    const file = tempPdf(`handout-${paper}.pdf`);
    expect(await printPage(page, 'handout', paper, file), 'elements wider than the page').toEqual(
      [],
    );

    const { pages, size } = pdfPages(file);
    expect(size).toMatch(PAPER_NAMES[paper]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Margaret Okonkwo-Hale');
    expect(text).toContain('Home exercises, weeks 1–4');
    expect(text).toContain('3 sets: hold 30 seconds, each side');
    expect(text.split('Mo Tu We Th Fr Sa Su').length - 1).toBe(PROGRAM_EXERCISES.length);
    expectEachCardOnOnePage(file, PROGRAM_EXERCISES);

    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(file, path.join(SHOTS, `handout-${paper}`));
  });

  test(`the six longest exercises in the library still fit on two ${paper} pages`, async ({
    page,
    core,
  }) => {
    const { client } = await seedPrintable(core);
    const longest = longestExercises(6);
    const program = await seedProgram(core, { clientId: client.id, exerciseIds: longest });
    await setPaper(core, paper);
    await openPrintRoute(page, APP_ORIGIN, `/print/handout/${program.id}`);

    const file = tempPdf(`handout-longest-${paper}.pdf`);
    expect(await printPage(page, 'handout', paper, file)).toEqual([]);
    expect(pdfPages(file).pages).toBeLessThanOrEqual(2);
    expectEachCardOnOnePage(file, longest);
    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(file, path.join(SHOTS, `handout-longest-${paper}`));
  });
}

test('a practitioner’s own photo of an exercise prints in place of its drawing', async ({
  page,
  core,
}) => {
  const { program } = await seedPrintable(core);
  const jpeg = await personPhoto('feet-behind', 800, 600);
  const set = await core.route('exercises:setPhoto', {
    id: 'short-foot',
    fileName: 'short-foot.jpg',
    dataBase64: jpeg.toString('base64'),
  });
  if (!set.ok) throw new Error(set.error.message);
  await setPaper(core, 'A4');
  await openPrintRoute(page, APP_ORIGIN, `/print/handout/${program.id}`);

  const card = page.locator('.exercise-card', { hasText: 'Short foot (arch dome)' });
  const photo = card.locator('img.exercise-photo');
  await expect(photo).toHaveAttribute('src', /^\/photos\/[0-9a-f]{64}$/);
  expect(await photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('img.exercise-picture')).toHaveCount(PROGRAM_EXERCISES.length);

  const file = tempPdf('handout-own-photo.pdf');
  expect(await printPage(page, 'handout', 'A4', file)).toEqual([]);
  expect(pdfPages(file).pages).toBeLessThanOrEqual(2);
  fs.mkdirSync(SHOTS, { recursive: true });
  pdfToPngs(file, path.join(SHOTS, 'handout-own-photo'));
});

test('a handout of more than six exercises runs on without splitting a card', async ({
  page,
  core,
}) => {
  const { client } = await seedPrintable(core);
  const ten = longestExercises(10);
  const program = await seedProgram(core, { clientId: client.id, exerciseIds: ten });
  await setPaper(core, 'Letter');
  await openPrintRoute(page, APP_ORIGIN, `/print/handout/${program.id}`);

  const file = tempPdf('handout-ten.pdf');
  expect(await printPage(page, 'handout', 'Letter', file)).toEqual([]);
  const { pages } = pdfPages(file);
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(4);
  expectEachCardOnOnePage(file, ten);
  fs.mkdirSync(SHOTS, { recursive: true });
  pdfToPngs(file, path.join(SHOTS, 'handout-ten'));
});

test('a finalized report prints the same after her birth date and name change and an amendment changes the photos', async ({
  page,
  core,
}) => {
  const { client, assessmentIds } = await seedPrintable(core);
  const id = assessmentIds[2] ?? '';
  await seedReportPhotos(core, id, { width: 300, height: 400 });
  await call(core, 'assessments:finalize', { id, revision: 1 });

  const printed = async (route: string, name: string) => {
    await openPrintRoute(page, APP_ORIGIN, route);
    const file = tempPdf(`${name}.pdf`);
    expect(await printPage(page, 'report', 'A4', file)).toEqual([]);
    return file;
  };
  const before = await printed(`/print/report/${client.id}/${id}`, 'signed');

  await call(core, 'clients:update', {
    id: client.id,
    firstName: 'Maggie',
    lastName: 'Hale',
    dateOfBirth: '1990-01-01',
  });
  await call(core, 'assessments:amend', { id, reason: 'Retaking the photos.' });
  const copies = await call<PhotoInfo[]>(core, 'photos:listForAssessment', { assessmentId: id });
  for (const photo of copies.slice(1)) await call(core, 'photos:remove', { id: photo.id });
  await call(core, 'photos:saveLandmarks', {
    id: copies[0]?.id,
    landmarks: { points: {} },
  });

  const again = await printed(`/print/report/${client.id}/${id}/1`, 'signed-again');
  const text = pdfText(again);
  expect(text).toBe(pdfText(before));
  expect(text).toContain('Margaret Okonkwo-Hale');
  expect(text).toContain(`Scored with rules ${RULES_VERSION}.`);
  expect(execFileSync('pdfimages', ['-list', again], { encoding: 'utf8' })).toBe(
    execFileSync('pdfimages', ['-list', before], { encoding: 'utf8' }),
  );
  fs.mkdirSync(SHOTS, { recursive: true });
  pdfToPngs(again, path.join(SHOTS, 'report-revision-1'));

  // The amendment, printed as it stands, is a different document: her new details, one photo.
  const draft = pdfText(await printed(`/print/report/${client.id}/${id}`, 'amended'));
  expect(draft).toContain('Maggie Hale');
  expect(draft).toContain('draft, not yet finalized');
});
for (const paper of ['A4', 'Letter'] as const) {
  test(`an emergency red-flag answer prints the referral first in the report and the handout on ${paper}`, async ({
    page,
    core,
  }) => {
    const { client, assessmentIds, program } = await seedPrintable(core);
    const id = assessmentIds[2] ?? '';
    const current = await core.route('assessments:get', { id });
    if (!current.ok) throw new Error(current.error.message);
    const { revision, assessedOn, body } = current.value as Assessment;
    const flagged = { ...body, redFlags: { ...body.redFlags, bladderOrBowelChange: true } };
    const saved = await core.route('assessments:saveDraft', {
      id,
      revision,
      assessedOn,
      body: flagged,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await setPaper(core, paper);
    const emergency = RED_FLAG_TIER_INFO.emergency;
    fs.mkdirSync(SHOTS, { recursive: true });

    await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${id}`);
    const reportFile = tempPdf(`report-red-flag-${paper}.pdf`);
    expect(await printPage(page, 'report', paper, reportFile)).toEqual([]);
    const reportFirst = pdfPageTexts(reportFile)[0] ?? '';
    expect(reportFirst).toContain(emergency.clientTitle);
    expect(reportFirst).toContain('hospital emergency department today');
    // Plain words for the client: no question wording and no clinical terms.
    expect(pdfText(reportFile)).not.toContain('New difficulty passing or controlling');
    expect(pdfText(reportFile)).not.toMatch(/red.flag|cauda/i);
    pdfToPngs(reportFile, path.join(SHOTS, `report-red-flag-${paper}`));

    await openPrintRoute(page, APP_ORIGIN, `/print/handout/${program.id}`);
    const handoutFile = tempPdf(`handout-red-flag-${paper}.pdf`);
    expect(await printPage(page, 'handout', paper, handoutFile)).toEqual([]);
    const handoutFirst = pdfPageTexts(handoutFile)[0] ?? '';
    expect(handoutFirst).toContain(emergency.clientTitle);
    expect(handoutFirst).toContain('do not start the exercises until a doctor has seen you');
    pdfToPngs(handoutFile, path.join(SHOTS, `handout-red-flag-${paper}`));
  });
}

test('nothing about a doctor is printed when every red-flag answer is no', async ({
  page,
  core,
}) => {
  const { client, assessmentIds, program } = await seedPrintable(core);
  await setPaper(core, 'A4');
  await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${assessmentIds[2] ?? ''}`);
  await expect(page.locator('.red-flag')).toHaveCount(0);
  await openPrintRoute(page, APP_ORIGIN, `/print/handout/${program.id}`);
  await expect(page.locator('.red-flag')).toHaveCount(0);
});

test('the studio logo prints in the letterhead of the report and the handout', async ({
  page,
  core,
}) => {
  const { client, assessmentIds, program } = await seedPrintable(core);
  const logo = await sharp({
    create: { width: 1200, height: 400, channels: 4, background: '#0d6b6b' },
  })
    .png()
    .toBuffer();
  const set = await core.route('settings:setLogo', {
    fileName: 'studio-logo.png',
    dataBase64: logo.toString('base64'),
  });
  expect(set.ok).toBe(true);
  await setPaper(core, 'Letter');

  for (const [kind, route] of [
    ['report', `/print/report/${client.id}/${assessmentIds[2]}`],
    ['handout', `/print/handout/${program.id}`],
  ] as const) {
    await openPrintRoute(page, APP_ORIGIN, route);
    const printed = page.locator('.letterhead img');
    expect(await printed.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(800);
    const file = tempPdf(`${kind}-logo.pdf`);
    expect(await printPage(page, kind, 'Letter', file)).toEqual([]);
    const firstPageImages = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', file], {
      encoding: 'utf8',
    });
    expect(firstPageImages, `${kind}: the logo is on page 1`).toMatch(/\s800\s+267\s/);
    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(file, path.join(SHOTS, `${kind}-logo`));
  }
});

test('the client page leads to a preview of the newest report, and on to the handout', async ({
  page,
  core,
  gotoApp,
}) => {
  const { client, assessmentIds } = await seedPrintable(core);
  await seedReportPhotos(core, assessmentIds[2] ?? '');
  await gotoApp(`/clients/${client.id}`);
  await page.getByRole('link', { name: 'Report', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Client report' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Posture and foot assessment' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeEnabled();
  const photos = page.getByRole('heading', { name: 'Photos' });
  await photos.scrollIntoViewIfNeeded();
  await expect(page.getByRole('img', { name: /^Front photo with the points/ })).toBeVisible();
  await expect(page.getByText('Craniovertebral angle: 42.7°')).toBeVisible();
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 900, height: 600 },
  ]) {
    await page.setViewportSize(viewport);
    await photos.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `preview-photos-${viewport.width}.png`) });
  }
  await page.getByRole('link', { name: 'Home exercises, weeks 1–4' }).click();
  await expect(page.getByRole('heading', { name: 'Exercise handout' })).toBeVisible();
  await expect(page.locator('img.exercise-picture')).toHaveCount(PROGRAM_EXERCISES.length);
  await page.screenshot({ path: path.join(SHOTS, 'preview-handout-900.png') });
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
