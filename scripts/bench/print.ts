/**
 * The client report's speed to PDF: the print route loaded fresh (data, fonts, pictures, ready
 * signal) and printed by Chromium's print engine, the one Electron's printToPDF uses. Beside it,
 * the same finished document as plain static HTML printed the same way, so our own cost shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openStance } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { chromiumPath, openAppPage } from './app-page';
import { openPrintRoute, seedPrintable } from '../../tests/e2e/print-helpers';
import { summarize, type Timing } from './stats';

const TARGET_MS = 1_500;
const RUNS = 10;

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

export interface PrintBenchResult {
  report: Timing;
  staticHtml: Timing;
  pages: number;
}

export async function benchPrint(workDir: string): Promise<PrintBenchResult | null> {
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
    const route = `/print/report/${client.id}/${assessmentIds[2] ?? ''}`;
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
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { report: summarize(report), staticHtml: summarize(staticHtml), pages };
  } finally {
    await browser.close();
    core.close();
  }
}

export function printPrintResults(result: PrintBenchResult | null): boolean {
  if (!result) return true;
  const { report, staticHtml, pages } = result;
  const met = report.p95 < TARGET_MS;
  console.log(
    `\nClient report to PDF (three visits, six exercises, ${pages} pages; no photos in the report)`,
  );
  console.log(
    `  report route, load + ready + pdf   p50 ${report.p50.toFixed(0)} ms   p95 ${report.p95.toFixed(0)} ms   target p95 < ${TARGET_MS} ms ${met ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  same document as static HTML       p50 ${staticHtml.p50.toFixed(0)} ms   p95 ${staticHtml.p95.toFixed(0)} ms   ratio ${(report.p50 / staticHtml.p50).toFixed(2)}x`,
  );
  return met;
}
