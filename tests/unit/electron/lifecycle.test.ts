import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/errors';
import type * as StanceModule from '../../../main/stance';
import { secureWebPreferences } from '../../../main/window';
import { makeTempDir } from '../../helpers/temp-dir';
import {
  app,
  BrowserWindow,
  FakeEvent,
  ipcMain,
  Menu,
  protocol,
  resetFakeElectron,
  timeline,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

// The real composition root on a real database; only the quit-time calls are recorded.
const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../../main/stance', async (importOriginal) => {
  const real = await importOriginal<typeof StanceModule>();
  return {
    ...real,
    openStance: async (options: StanceModule.OpenOptions) => {
      const core = await real.openStance(options);
      const close = core.close.bind(core);
      const { atStart, onQuit } = core.backups;
      core.close = () => {
        calls.push('close');
        return close();
      };
      core.backups = {
        atStart: () => {
          calls.push('backups.atStart');
          return atStart();
        },
        onQuit: () => {
          calls.push('backups.onQuit');
          return onQuit();
        },
      };
      return core;
    },
  };
});

const appPage = 'app://stance/index.html';
let temp: ReturnType<typeof makeTempDir>;

function mainWindow(): BrowserWindow {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) throw new Error('no window is open');
  return window;
}

// One launch of main/index.ts, followed step by step: the steps share the running app.
describe('main/index.ts, launched against the fake Electron', () => {
  beforeAll(async () => {
    resetFakeElectron();
    temp = makeTempDir('stance-lifecycle-');
    vi.stubEnv('STANCE_DATA_DIR', temp.dir);
    await import('../../../main/index');
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    temp.cleanup();
  });

  it('registers the app scheme before ready and opens the window last', () => {
    const at = (step: string) => timeline.indexOf(step);
    expect(at('protocol.registerSchemesAsPrivileged')).toBe(0);
    expect(at('app.whenReady')).toBeGreaterThan(0);
    expect(at('session.setPermissionRequestHandler')).toBeGreaterThan(at('app.whenReady'));
    for (const step of ['protocol.handle', 'ipcMain.handle', 'Menu.setApplicationMenu']) {
      expect(at(step)).toBeGreaterThan(at('app.whenReady'));
      expect(at(step)).toBeLessThan(at('new BrowserWindow'));
    }
    expect(Menu.applicationMenu).not.toBeNull();
  });

  it('keeps its data, and Chromium’s, in STANCE_DATA_DIR', () => {
    expect(app.getPath('userData')).toBe(path.resolve(temp.dir));
    expect(fs.existsSync(path.join(temp.dir, 'stance.db'))).toBe(true);
  });

  it('opens one secure main window on the app page', () => {
    const window = mainWindow();
    expect(window.options.webPreferences).toEqual(
      secureWebPreferences(path.resolve(__dirname, '../../../preload/index.cjs')),
    );
    expect(window.loadedUrls).toEqual([appPage]);
    expect(window.webContents.attemptNavigation('will-navigate', 'https://evil.example/')).toBe(
      false,
    );
  });

  it('answers the app page over IPC from the real database, and nobody else', async () => {
    const status = (await ipcMain.invokeFrom(appPage, 'app:status', {})) as Result<{
      state: string;
      dataDir: string;
    }>;
    expect(status).toMatchObject({ ok: true, value: { state: 'ready', dataDir: temp.dir } });

    const created = (await ipcMain.invokeFrom(appPage, 'clients:create', {
      firstName: 'Ada',
      lastName: 'Lovelace',
    })) as Result<unknown>;
    expect(created.ok).toBe(true);

    const foreign = (await ipcMain.invokeFrom('https://evil.example/', 'clients:list', {
      query: '',
    })) as Result<unknown>;
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('serves nothing on app: hosts other than the app and its photos', async () => {
    const handler = protocol.handlers.get('app');
    expect(handler).toBeTypeOf('function');
    const response = await handler?.(new Request('app://elsewhere/index.html'));
    expect(response?.status).toBe(404);
  });

  it('brings the existing window back when Stance is started again', () => {
    const window = mainWindow();
    window.minimized = true;
    app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(BrowserWindow.created).toHaveLength(1);
  });

  it('opens a new window when activated with none open', () => {
    mainWindow().close();
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('quits when the last window closes, except on macOS', () => {
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
  });

  it('takes the start-of-day backup once the window has painted', async () => {
    expect(calls).toEqual([]);
    BrowserWindow.created[0]?.emit('ready-to-show');
    await vi.waitFor(() => expect(calls).toEqual(['backups.atStart']));
  });

  it('holds the quit for the backup on quit, then closes the database exactly once', async () => {
    calls.length = 0;
    const quitsBefore = app.quitCalls;
    const firstQuit = new FakeEvent();
    app.emit('before-quit', new FakeEvent());
    app.emit('will-quit', firstQuit);
    const repeatedQuit = new FakeEvent();
    app.emit('will-quit', repeatedQuit);

    expect(firstQuit.defaultPrevented).toBe(true);
    expect(repeatedQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app.quitCalls).toBe(quitsBefore + 1));
    expect(calls).toEqual(['backups.onQuit', 'close']);

    const finalQuit = new FakeEvent();
    app.emit('will-quit', finalQuit);
    expect(finalQuit.defaultPrevented).toBe(false);
    expect(calls).toEqual(['backups.onQuit', 'close']);
  });
});
