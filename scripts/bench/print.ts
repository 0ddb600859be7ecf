/**
 * The client report's speed to PDF: the print route loaded fresh (data, fonts, pictures, ready
 * signal) and printed by Chromium's print engine, the one Electron's printToPDF uses. The report
 * has three visits, six exercises and four 12-megapixel phone photos with their landmarks. Beside
 * it, the same finished document as plain static HTML printed the same way, so our own cost shows.
 *
 * Run alone with `npx tsx scripts/bench/print.ts`; `npm run bench` runs it with the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { openStance } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { openPrintRoute, seedPrintable } from '../../tests/e2e/print-helpers';
import { personPhoto, seedReportPhotos, type ReportPhotoView } from '../../tests/e2e/print-photos';
import { chromiumPath, openAppPage } from './app-page';
import { summarize, type Timing } from './stats';

const TARGET_MS = 1_500;
const RUNS = 10;
/** A 12-megapixel phone photo, upright. */
const PHOTO = { width: 3000, height: 4000 };
type PhotoSize = typeof PHOTO;

/** The rendered document as a static page: its stylesheets linked, the markup as it stands. */
function staticCopy(page: Page): Promise<string> {
  return page.evaluate((origin) => {
    const links = [...document.querySelectorAll('link[rel="stylesheet"]')]
      .map((link) => `<link rel="stylesheet" href="${(link as HTMLLinkElement).href}">`)
      .join('');
    const doc = document.querySelector('.print-doc')?.outerHTML ?? '';
    return `<!doctype html><html><head><base href="${origin}/">${links}</head><body>${doc}</body></html>`;
  }, APP_ORIGIN);
}

/** Drawing a 12 MP photo takes seconds, so each is drawn once and kept beside the bench data. */
function cachedPhotos(
  benchDir: string,
  { width, height }: PhotoSize,
): (view: ReportPhotoView) => Promise<Buffer> {
  const folder = path.join(benchDir, 'print-photos');
  fs.mkdirSync(folder, { recursive: true });
  return async (view) => {
    const file = path.join(folder, `${view}-${width}x${height}.jpg`);
    if (fs.existsSync(file)) return fs.readFileSync(file);
    const jpeg = await personPhoto(view, width, height);
    fs.writeFileSync(file, jpeg);
    return jpeg;
  };
}

/** Counts pages by their page objects; enough for a figure in a table. */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

export interface PrintBenchResult {
  report: Timing;
  staticHtml: Timing;
  pages: number;
  pdfBytes: number;
  photo: PhotoSize;
  photoBytes: number[];
}

export async function benchPrint(
  workDir: string,
  photo: PhotoSize = PHOTO,
): Promise<PrintBenchResult | null> {
  if (!chromiumPath) {
    console.log('\nReport to PDF: skipped, no Chromium found (set STANCE_CHROMIUM).');
    return null;
  }
  const dataDir = path.join(workDir, 'print');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const { browser, page } = await openAppPage(core);
  try {
    const { client, assessmentIds } = await seedPrintable(core);
    const assessmentId = assessmentIds[2] ?? '';
    const photos = await seedReportPhotos(core, assessmentId, {
      ...photo,
      jpegFor: cachedPhotos(workDir, photo),
    });
    const route = `/print/report/${client.id}/${assessmentId}`;
    const report: number[] = [];
    let pdf: Buffer = Buffer.alloc(0);
    for (let run = 0; run <= RUNS; run += 1) {
      const start = performance.now();
      await openPrintRoute(page, APP_ORIGIN, route);
      pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      // The first run warms Chromium's caches, as the app's first print of a day would not repeat.
      if (run > 0) report.push(performance.now() - start);
    }
    const html = await staticCopy(page);
    const staticHtml: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      await page.goto('about:blank');
      const start = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (run > 0) staticHtml.push(performance.now() - start);
    }
    return {
      report: summarize(report),
      staticHtml: summarize(staticHtml),
      pages: pageCount(pdf),
      pdfBytes: pdf.length,
      photo,
      photoBytes: photos.map((each) => each.bytes),
    };
  } finally {
    await browser.close();
    core.close();
  }
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function printPrintResults(result: PrintBenchResult | null): boolean {
  if (!result) return true;
  const { report, staticHtml, pages, pdfBytes, photo, photoBytes } = result;
  const met = report.p95 < TARGET_MS;
  console.log(
    `\nClient report to PDF (three visits, six exercises, ${photoBytes.length} photos of ${photo.width}×${photo.height} stored as ${photoBytes.map(megabytes).join(' + ')}; ${pages} pages, PDF ${megabytes(pdfBytes)})`,
  );
  console.log(
    `  report route, load + ready + pdf   p50 ${report.p50.toFixed(0)} ms   p95 ${report.p95.toFixed(0)} ms   target p95 < ${TARGET_MS} ms ${met ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  same document as static HTML       p50 ${staticHtml.p50.toFixed(0)} ms   p95 ${staticHtml.p95.toFixed(0)} ms   ratio ${(report.p50 / staticHtml.p50).toFixed(2)}x`,
  );
  return met;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const benchDir = path.resolve(import.meta.dirname, '../../.bench');
  const met = printPrintResults(await benchPrint(benchDir));
  process.exitCode = met ? 0 : 1;
}
