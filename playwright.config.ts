import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium where it is installed (CI, Linux); STANCE_CHROMIUM points elsewhere; with
 * neither, Playwright's own browser (after `npx playwright install chromium` on a machine that can
 * download it).
 */
const chromium =
  process.env.STANCE_CHROMIUM ??
  (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * The built renderer runs in Debian's Chromium with `window.stance` routed into the real main
 * router (see tests/e2e/fixtures.ts). Nothing is downloaded: no browser build of Playwright's
 * own, and no web server, because the fixture serves `out/renderer` itself.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Each test drives a whole Chromium (browser, renderer, GPU process) beside the router's Node
  // process: on CI's 2 cores two at once oversubscribe the machine and time out, while one at a
  // time runs each test at its quiet speed. A developer's machine usually has cores to spare.
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: 5_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
