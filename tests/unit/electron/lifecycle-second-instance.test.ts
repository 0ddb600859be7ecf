import { expect, it, vi } from 'vitest';
import { app, BrowserWindow, ipcMain, resetFakeElectron, timeline } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

it('quits at once, touching nothing, when another Stance holds the lock', async () => {
  resetFakeElectron();
  app.hasSingleInstanceLock = false;

  await import('../../../main/index');
  await new Promise((resolve) => setTimeout(resolve, 20));

  expect(app.quitCalls).toBe(1);
  expect(timeline).not.toContain('app.whenReady');
  expect(ipcMain.handlers.size).toBe(0);
  expect(BrowserWindow.created).toHaveLength(0);
});
