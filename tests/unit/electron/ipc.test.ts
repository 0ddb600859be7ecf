import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { isAppUrl } from '../../../main/app-origin';
import { registerIpc } from '../../../main/ipc';
import type { Route } from '../../../main/router';
import { ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const appPage = 'app://stance/index.html';

let route: ReturnType<typeof vi.fn<Route>>;
let refusals: string[];

beforeEach(() => {
  resetFakeElectron();
  route = vi.fn<Route>(() => Promise.resolve({ ok: true, value: 'routed' }));
  refusals = [];
  registerIpc(ipcMain, route, (channel) => refusals.push(channel));
});

describe('isAppUrl', () => {
  it.each([
    'app://stance/index.html',
    'app://stance/',
    'app://stance',
    'app://stance/clients/42?tab=feet#left',
  ])('accepts the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://stance/index.html',
    'file:///home/someone/index.html',
    'app://evil/index.html',
    'app://stance.evil.example/index.html',
    'app://stance:8080/index.html',
    'app://someone@stance/index.html',
    'app://photos/0123',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'stance',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('passes calls from the app page to the router unchanged', async () => {
    const payload = { query: 'Love' };
    const result = await ipcMain.invokeFrom(appPage, 'clients:list', payload);

    expect(result).toEqual({ ok: true, value: 'routed' });
    expect(route).toHaveBeenCalledExactlyOnceWith('clients:list', payload);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://stance.evil.example/',
    'about:blank',
  ])('refuses a call from %s before the router sees it', async (senderUrl) => {
    const result = (await ipcMain.invokeFrom(senderUrl, 'clients:create', {
      firstName: 'Mallory',
    })) as Result<unknown>;

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('forbidden-sender');
    expect(route).not.toHaveBeenCalled();
    expect(refusals).toEqual(['clients:create']);
  });

  it('refuses a call whose frame is already gone', async () => {
    const result = (await ipcMain.invokeFrom(null, 'app:status', {})) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect(route).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame throws when read', async () => {
    const listener = ipcMain.handlers.get('app:status');
    const disposedFrame = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const event = { senderFrame: disposedFrame } as unknown as IpcMainInvokeEvent;

    const result = (await listener?.(event, {})) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect(route).not.toHaveBeenCalled();
  });
});
