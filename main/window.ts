import { BrowserWindow, type WebPreferences } from 'electron';
import { askBeforeLosingChanges } from './leave-prompt';
import { APP_ORIGIN } from './serve';

export const MAIN_WINDOW_URL = `${APP_ORIGIN}/index.html`;

/**
 * The preferences of every window Stance opens. Most are Electron's defaults already; they are
 * spelled out so a test can assert them and a later edit cannot weaken one by accident.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    preload,
  };
}

export interface WindowOptions {
  /** The bundled preload script (out/preload/index.cjs). */
  preload: string;
  /** False for work windows nobody sees, such as the one that renders a report to PDF. */
  show?: boolean;
}

/** The one place windows are made, so none can be created without the secure preferences. */
export function createWindow({ preload, show = true }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Stance',
    backgroundColor: '#f7f6f3',
    // Shown once the first paint is ready, so the practitioner never sees a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(preload),
  });
  if (show) window.once('ready-to-show', () => window.show());
  return window;
}

export function createMainWindow(preload: string): BrowserWindow {
  const window = createWindow({ preload, show: true });
  askBeforeLosingChanges(window);
  window.loadURL(MAIN_WINDOW_URL).catch((error: unknown) => {
    console.error('Stance could not load its main window.', error);
  });
  return window;
}
