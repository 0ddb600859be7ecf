import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { createElectronHost } from './electron-host';
import { registerIpc } from './ipc';
import { installApplicationMenu } from './menu';
import { createElectronPrinter } from './print';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurityGuards } from './security';
import { openStance, type StanceCore } from './stance';
import { createMainWindow } from './window';

// Bundled layout: out/main/index.cjs beside out/preload/index.cjs and out/renderer/.
const preloadFile = path.join(__dirname, '../preload/index.cjs');
const rendererDir = path.join(__dirname, '../renderer');

registerAppScheme();

// A separate data folder (tests, a second practitioner profile) also moves Chromium's own files
// and the single-instance lock there, so it never touches or waits on the everyday profile.
const dataDirOverride = process.env.STANCE_DATA_DIR;
if (dataDirOverride) app.setPath('userData', path.resolve(dataDirOverride));

if (app.requestSingleInstanceLock()) {
  start().catch(failToStart);
} else {
  // Another Stance already has this data folder open; it is brought to the front instead.
  app.quit();
}

async function start(): Promise<void> {
  let core: StanceCore | null = null;
  let mainWindow: BrowserWindow | null = null;
  const quit: { state: 'running' | 'finishing' | 'done' } = { state: 'running' };

  const showMainWindow = (): void => {
    if (!core) return;
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(preloadFile);
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  app.on('second-instance', showMainWindow);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Not 'before-quit': a quit can still be cancelled after it, and windows may still be calling
  // in. The quit waits for the backup on quit, then closes the database exactly once.
  app.on('will-quit', (event) => {
    if (quit.state === 'done') return;
    if (!core) {
      // Still starting: nothing is open yet, and start() closes what it opens from now on.
      quit.state = 'done';
      return;
    }
    event.preventDefault();
    if (quit.state === 'finishing') return;
    quit.state = 'finishing';
    const closing = core;
    closing.backups
      .onQuit()
      .catch((error: unknown) => console.error('The backup on quit failed.', error))
      // The studio's connections end cleanly (queries in flight first) before the process does.
      .then(() => closing.closeRecords())
      .catch((error: unknown) => console.error('The studio database did not close cleanly.', error))
      .finally(() => {
        // Closing is best-effort already; the guard keeps any surprise from cancelling the quit.
        try {
          const untidy = closing.close();
          if (untidy) console.error(untidy);
        } catch (error) {
          console.error('Stance could not close its data cleanly.', error);
        } finally {
          quit.state = 'done';
          app.quit();
        }
      });
  });

  await app.whenReady();
  installSecurityGuards();

  const opened = await openStance({
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    locale: app.getSystemLocale(),
    host: createElectronHost(),
    printer: createElectronPrinter({ preload: preloadFile }),
    logError: (error, channel) =>
      console.error(`Stance failed while handling "${channel}".`, error),
  });
  if (quit.state === 'done') {
    opened.close();
    return;
  }
  core = opened;

  handleAppProtocol({ rendererDir, currentRecords: opened.currentRecords });
  registerIpc(ipcMain, opened.route);
  installApplicationMenu();
  mainWindow = createMainWindow(preloadFile);
  // Copies the database in steps, so it runs once the window is up and stays responsive.
  mainWindow.once('ready-to-show', () => void opened.backups.atStart());
}

function failToStart(error: unknown): void {
  console.error('Stance could not start.', error);
  dialog.showErrorBox(
    'Stance could not start',
    'Something stopped Stance from starting. Your saved work has not been changed. ' +
      'Please try again; if this keeps happening, contact support.',
  );
  app.exit(1);
}
