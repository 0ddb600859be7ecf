/**
 * The real app in real Electron: launch the build, add a client through the window, quit, and find
 * the client in the database file. Skips where the Electron binary is not installed, as on the
 * build machines, which cannot download it.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mainBundle = path.join(repoRoot, 'out', 'main', 'index.cjs');

/**
 * Where the electron package put its binary, or null. Deliberately not `require('electron')`:
 * when the binary is missing, that call tries to download it.
 */
function installedElectronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve('electron/package.json'));
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = override
      ? path.join(override, relative)
      : path.join(packageDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const electronBinary = installedElectronBinary();

test.describe('Stance in Electron', () => {
  test.skip(
    electronBinary === null,
    'The Electron binary is not installed (node_modules/electron/dist is missing), so the ' +
      'packaged-app smoke test cannot run here. Install Electron and run `npm run build` to run it.',
  );

  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'stance-electron-'));
  });
  test.afterEach(async () => {
    await fs.promises.rm(dataDir, { recursive: true, force: true });
  });

  test('launches, saves a new client, and quits cleanly', async () => {
    expect(fs.existsSync(mainBundle), 'run `npm run build` before this test').toBe(true);

    const app = await _electron.launch({
      executablePath: electronBinary ?? undefined,
      // Chromium refuses to start as root (CI containers) unless its OS sandbox is switched off.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repoRoot],
      env: { ...process.env, STANCE_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/stance\/index\.html/);

      // No Node in the page and nothing on the bridge but invoke: the preload, sandbox and context
      // isolation as the packaged app runs them (the unit tests assert the preferences themselves).
      const pageGlobals = await window.evaluate(() => ({
        bridge: Object.keys((globalThis as unknown as { stance: object }).stance),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(pageGlobals).toEqual({
        bridge: ['invoke'],
        require: 'undefined',
        process: 'undefined',
      });

      await window.getByRole('link', { name: 'New client' }).click();
      await window.getByLabel('First name').fill('Ada');
      await window.getByLabel('Last name').fill('Lovelace');
      await window.getByRole('button', { name: 'Save client' }).click();
      await expect(window.getByText('Lovelace').first()).toBeVisible();
    } finally {
      await app.close();
    }

    const db = new Database(path.join(dataDir, 'stance.db'), { readonly: true });
    try {
      const saved = db.prepare('SELECT first_name, last_name FROM clients').all();
      expect(saved).toEqual([{ first_name: 'Ada', last_name: 'Lovelace' }]);
    } finally {
      db.close();
    }
  });
});
