/**
 * The renderer as it runs in Stance, minus Electron: the real build, served with the real CSP by
 * the same `serveRenderer` the app:// protocol uses, talking through a `window.stance` defined
 * exactly like the preload's to the real main router on a real SQLite file in a fresh folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { isChannel, type Channel } from '../../shared/contract';
import type { Client, ClientInput } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import type { Printer } from '../../main/printer';
import type { Route } from '../../main/router';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import { createTestHost, type DialogAnswers, type TestHost } from '../helpers/test-host';
import { routeAppOrigin } from './app-route';
import { APP_ORIGIN, INVOKE_BINDING, defineBridgeLikeThePreload } from './bridge';

export { APP_ORIGIN };
const APP_VERSION = '0.1.0';

/** What main/ipc.ts answers a frame that is not the app's own page. */
const refusedSender: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden-sender',
    message: 'This request did not come from the Stance window, so it was refused.',
  },
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// STANCE_RENDERER_DIR lets parallel runs each test their own build.
const defaultBuildDir = process.env.STANCE_RENDERER_DIR ?? path.join(repoRoot, 'out', 'renderer');

export type ReadOnlyDb = Database.Database;

interface StanceOptions {
  /** Where the built renderer is; `npm run build:renderer` writes it. */
  rendererBuildDir: string;
  /**
   * A database file left in the data folder before Stance opens it, marked with this schema
   * version (e.g. 999 for one written by a newer Stance). Null: the folder starts empty.
   */
  existingDatabaseVersion: number | null;
  /**
   * Answers given instead of the router's, by channel, for failures the real router cannot be
   * made to produce from the page (main refusing what the form accepted, an internal error).
   */
  cannedAnswers: Partial<Record<Channel, Result<unknown>>>;
  /** What the native file dialogs answer (a path, or null for Cancel); change `host.answers` mid-test. */
  dialogAnswers: DialogAnswers;
  /**
   * Fills the empty data folder before Stance opens it (e.g. real data, then damage). An object,
   * because Playwright would take a bare function given to `test.use` for a fixture.
   */
  prepareDataDir: { run: (dataDir: string) => Promise<void> } | null;
  /** Renders print jobs in place of Electron's hidden window; null answers "unavailable". */
  printer: Printer | null;
  /**
   * A router the page's calls go to instead of `core`'s, e.g. one whose records are a studio
   * server's stores (tests/helpers/studio-router.ts). An object, as for `prepareDataDir`.
   */
  routeTo: { route: Route } | null;
}

interface StanceFixtures {
  /** Stands in for Electron's dialogs and forwards main's events to the page like webContents.send. */
  host: TestHost;
  dataDir: string;
  dbFile: string;
  core: StanceCore;
  /** Opens the data file read-only for the duration of `read`, the way a checker would. */
  readDb: <T>(read: (db: ReadOnlyDb) => T) => T;
  /** Opens the app at a hash route, e.g. `/clients/new`. */
  gotoApp: (hashPath?: string) => Promise<void>;
  /** Console errors, uncaught exceptions and CSP violations seen so far; must stay empty. */
  pageProblems: string[];
  /** Requests to anywhere but the app origin; the app is offline, so this must stay empty. */
  outsideRequests: string[];
  /**
   * This test's own copy of `cannedAnswers`, which the bridge reads on every call: change it
   * mid-test (main answering again, say). The option's object is shared by every test a worker
   * runs, so changing that one would leak into the tests after.
   */
  mainAnswers: Partial<Record<Channel, Result<unknown>>>;
}

export const test = base.extend<StanceFixtures & StanceOptions>({
  rendererBuildDir: [defaultBuildDir, { option: true }],
  existingDatabaseVersion: [null, { option: true }],
  cannedAnswers: [{}, { option: true }],
  dialogAnswers: [{}, { option: true }],
  prepareDataDir: [null, { option: true }],
  printer: [null, { option: true }],
  routeTo: [null, { option: true }],

  host: async ({ dialogAnswers }, use) => {
    await use(createTestHost({ ...dialogAnswers }));
  },

  dataDir: async ({ existingDatabaseVersion, prepareDataDir }, use) => {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'stance-e2e-'));
    try {
      if (existingDatabaseVersion !== null) leaveDatabase(dir, existingDatabaseVersion);
      if (prepareDataDir) await prepareDataDir.run(dir);
      await use(dir);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  },

  dbFile: async ({ dataDir }, use) => {
    await use(dataPaths(dataDir).database);
  },

  core: async ({ dataDir, host, printer }, use) => {
    const core = await openStance({
      dataDir,
      appVersion: APP_VERSION,
      host,
      printer: printer ?? undefined,
    });
    try {
      await use(core);
    } finally {
      core.close();
    }
  },

  readDb: async ({ dbFile }, use) => {
    await use((read) => {
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        return read(db);
      } finally {
        db.close();
      }
    });
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  pageProblems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    expect(problems, 'the page reported errors (console, uncaught or CSP)').toEqual([]);
  },

  // eslint-disable-next-line no-empty-pattern -- as above
  outsideRequests: async ({}, use) => {
    const requests: string[] = [];
    await use(requests);
    expect(requests, 'the app tried to reach the network').toEqual([]);
  },

  mainAnswers: async ({ cannedAnswers }, use) => {
    await use({ ...cannedAnswers });
  },

  page: async (
    {
      page,
      context,
      core,
      host,
      rendererBuildDir,
      mainAnswers,
      pageProblems,
      outsideRequests,
      routeTo,
    },
    use,
  ) => {
    assertBuilt(rendererBuildDir);
    forwardEventsToPage(host, page);

    // Routes are tried newest first: the app origin is served, everything else is refused.
    await context.route('**/*', async (route) => {
      outsideRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    });
    await routeAppOrigin(context, rendererBuildDir, () => core.currentRecords());

    // The sender check main/ipc.ts does: only frames showing the app may reach the router.
    await page.exposeBinding(
      INVOKE_BINDING,
      async ({ frame }, channel: unknown, payload: unknown): Promise<Result<unknown>> => {
        if (originOf(frame.url()) !== APP_ORIGIN) return refusedSender;
        const canned = isChannel(channel) ? mainAnswers[channel] : undefined;
        return canned ?? (routeTo ?? core).route(channel, payload);
      },
    );
    await page.addInitScript(defineBridgeLikeThePreload);

    watchForProblems(page, pageProblems);
    await use(page);
  },

  gotoApp: async ({ page }, use) => {
    await use(async (hashPath = '/') => {
      await page.goto(`${APP_ORIGIN}/#${hashPath}`);
    });
  },
});

export { expect };

/** What main/electron-host.ts does with webContents.send, delivered to the bridge's `on`. */
function forwardEventsToPage(host: TestHost, page: Page): void {
  const record = host.emit;
  host.emit = (event, payload) => {
    record(event, payload);
    void page
      .evaluate(
        ([name, detail]) =>
          window.dispatchEvent(new CustomEvent(`stance-event:${name}`, { detail })),
        [event, payload] as const,
      )
      .catch(() => undefined);
  };
}

function watchForProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function assertBuilt(buildDir: string): void {
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(
      `The renderer has not been built: ${path.join(buildDir, 'index.html')} is missing. ` +
        'Run `npm run build` (or `npm run build:renderer`) before the end-to-end tests.',
    );
  }
}

function leaveDatabase(dataDir: string, version: number): void {
  const db = new Database(dataPaths(dataDir).database);
  try {
    db.pragma(`user_version = ${version}`);
  } finally {
    db.close();
  }
}

/** Adds clients through the real router, oldest first, as if typed in one after another. */
export async function addClients(
  core: StanceCore,
  inputs: readonly ClientInput[],
): Promise<Client[]> {
  const created: Client[] = [];
  for (const input of inputs) {
    const result = await core.route('clients:create', input);
    if (!result.ok) throw new Error(`Could not add a test client: ${result.error.message}`);
    created.push(result.value as Client);
  }
  return created;
}
