import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetFakeElectron } from './fake-electron';
import {
  createMainWindow,
  createWindow,
  MAIN_WINDOW_URL,
  secureWebPreferences,
} from '../../../main/window';

vi.mock('electron', () => import('./fake-electron'));

const preload = '/app/out/preload/index.cjs';

beforeEach(resetFakeElectron);

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and keeps Node out of it', () => {
    expect(secureWebPreferences(preload)).toEqual({
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
    });
  });

  it('never enables Blink features or extra privileges', () => {
    const preferences = secureWebPreferences(preload);
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
  });
});

describe('window factory', () => {
  it('gives every window it makes the secure preferences', () => {
    createMainWindow(preload);
    createWindow({ preload, show: false });

    expect(BrowserWindow.created).toHaveLength(2);
    for (const window of BrowserWindow.created) {
      expect(window.options.webPreferences).toEqual(secureWebPreferences(preload));
    }
  });

  it('loads the app page into the main window and shows it only when it has painted', () => {
    const window = createMainWindow(preload) as unknown as BrowserWindow;

    expect(window.loadedUrls).toEqual(['app://stance/index.html']);
    expect(MAIN_WINDOW_URL).toBe('app://stance/index.html');
    expect(window.options).toMatchObject({ show: false, title: 'Stance', minWidth: 900 });
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('keeps a work window hidden even once it is ready', () => {
    const window = createWindow({ preload, show: false }) as unknown as BrowserWindow;
    window.emit('ready-to-show');
    expect(window.visible).toBe(false);
  });

  it('is the only place in main/ that constructs a BrowserWindow', () => {
    const mainDir = path.resolve(__dirname, '../../../main');
    const constructing = fs
      .readdirSync(mainDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .filter((file) =>
        /new\s+BrowserWindow\b/.test(fs.readFileSync(path.join(mainDir, file), 'utf8')),
      );
    expect(constructing).toEqual(['window.ts']);
  });
});
