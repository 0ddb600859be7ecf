/**
 * `npm run screenshots [-- --out <folder>] [--compare <earlier folder>]`: a PNG of every screen at
 * 1280×800, for looking at the app and for comparing every screen before and after a change
 * (`--compare` says which screens changed, and where). It uses the build as it is
 * (run `npm run build` first) and the e2e tests' approach: the built renderer in Chromium with
 * `window.stance` routed into the real main router on a fresh data folder, seeded through the
 * router. Dates, data, time zone and clock are fixed and each screen is pictured only once it has
 * settled, so two runs give the same pictures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { dataPaths, openStance, type StanceCore } from '../main/stance';
import { APP_ORIGIN } from '../tests/e2e/bridge';
import { openAppPage, rendererBuildDir } from './bench/app-page';
import { compareRuns, printComparison } from './screenshots/compare';
import { screens } from './screenshots/screens';
import { seedScreens } from './screenshots/seed';
import { settle } from './screenshots/settle';

// Dates on screen are worked out in both processes; both must agree on the day, on any machine.
process.env.TZ = 'UTC';

/** "Now" for the whole run: the morning after the draft's visit. */
const FIXED_NOW = Date.parse('2026-03-10T10:00:00.000Z');
const CONTEXT = { locale: 'en-US', timezoneId: 'UTC', colorScheme: 'light' } as const;
/**
 * Drawing the same page the same way every time: images decoded before the frame that shows them
 * (not drawn blurry first and sharpened later), whole tiles re-rastered, one colour profile.
 */
const DETERMINISTIC_DRAWING = [
  '--disable-checker-imaging',
  '--disable-partial-raster',
  '--force-color-profile=srgb',
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at === -1) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a folder.`);
  return path.resolve(value);
}

/** Main's clock: fixed, a millisecond on per reading so records still sort in the order made. */
function fixedClock(): () => Date {
  let readings = 0;
  return () => new Date(FIXED_NOW + readings++);
}

function freshFolder(name: string): string {
  // Always the same path: the settings screen shows where the data is kept.
  const dir = path.join(os.tmpdir(), name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** `--size 1024x700` looks at a smaller laptop screen; 1280×800 unless asked. */
function viewport(): { width: number; height: number } {
  const at = process.argv.indexOf('--size');
  const size = at === -1 ? undefined : (process.argv[at + 1] ?? '');
  const match = size ? /^(\d{3,4})x(\d{3,4})$/.exec(size) : null;
  if (size && !match) throw new Error('--size takes WIDTHxHEIGHT, e.g. 1024x700.');
  return match
    ? { width: Number(match[1]), height: Number(match[2]) }
    : { width: 1280, height: 800 };
}
const VIEWPORT = viewport();
/** Screens wider than the window: a trackpad swipe would slide them sideways. */
const scrollsSideways: string[] = [];

async function openPage(core: StanceCore): Promise<Awaited<ReturnType<typeof openAppPage>>> {
  const opened = await openAppPage(core, VIEWPORT, {
    context: CONTEXT,
    args: DETERMINISTIC_DRAWING,
  });
  await opened.page.clock.setFixedTime(FIXED_NOW);
  return opened;
}

function shooter(page: Page, dir: string, written: string[]) {
  return async (fileName: string, name: string) => {
    await settle(page, name);
    // Hover styles follow the pointer: park it where nothing reacts to it.
    await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
    await settle(page, name);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) scrollsSideways.push(`${fileName} (${overflow} px wider than the window)`);
    const file = path.join(dir, `${fileName}.png`);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    written.push(file);
  };
}

async function shootApp(dir: string, written: string[]): Promise<void> {
  const dataDir = freshFolder('stance-screenshots-data');
  const core = await openStance({ dataDir, appVersion: '0.1.0', now: fixedClock() });
  const { browser, page } = await openPage(core);
  try {
    const seeded = await seedScreens(core);
    const shoot = shooter(page, dir, written);
    for (const [index, screen] of screens(seeded).entries()) {
      const base = `${String(index + 1).padStart(2, '0')}-${screen.name}`;
      // A fresh load for each screen, so none inherits the last one's scroll or state.
      await page.goto('about:blank');
      await page.goto(`${APP_ORIGIN}/#${screen.hash}`);
      await screen
        .ready(page)
        .waitFor({ timeout: 30_000 })
        .catch(async (error: unknown) => {
          const seen = path.join(dir, `${base}-NOT-READY.png`);
          await page.screenshot({ path: seen });
          throw new Error(`The screen "${screen.name}" never showed its content (see ${seen}).`, {
            cause: error,
          });
        });
      await shoot(base, screen.name);
      await screen.then?.(page, (name) => shoot(`${base}-${name}`, `${screen.name}, ${name}`));
    }
  } finally {
    await browser.close();
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The screen shown when the data cannot be opened: here, a database from a newer Stance. */
async function shootStartupProblem(dir: string, written: string[]): Promise<void> {
  const dataDir = freshFolder('stance-screenshots-problem');
  const db = new Database(dataPaths(dataDir).database);
  db.pragma('user_version = 999');
  db.close();
  const core = await openStance({ dataDir, appVersion: '0.1.0', now: fixedClock() });
  const { browser, page } = await openPage(core);
  try {
    await page.goto(`${APP_ORIGIN}/#/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shooter(page, dir, written)('99-startup-problem', 'startup problem');
  } finally {
    await browser.close();
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(rendererBuildDir, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first.');
  }
  const dir = option('--out') ?? path.resolve('screenshots');
  const earlier = option('--compare');
  if (earlier && !fs.existsSync(earlier)) throw new Error(`There is no folder ${earlier}.`);
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir).filter((name) => name.endsWith('.png'))) {
    fs.rmSync(path.join(dir, old));
  }
  const written: string[] = [];
  await shootApp(dir, written);
  await shootStartupProblem(dir, written);
  console.log(`${written.length} screens written to ${dir}:`);
  for (const file of written) console.log(`  ${path.basename(file)}`);
  console.log(
    scrollsSideways.length === 0
      ? `No screen scrolls sideways at ${VIEWPORT.width}×${VIEWPORT.height}.`
      : `Screens that scroll sideways at ${VIEWPORT.width}×${VIEWPORT.height}:\n  ${scrollsSideways.join('\n  ')}`,
  );
  if (earlier) printComparison(earlier, await compareRuns(earlier, dir));
}

await main();
