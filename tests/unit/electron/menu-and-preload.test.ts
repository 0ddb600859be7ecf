import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, installApplicationMenu } from '../../../main/menu';
import { app, contextBridge, ipcRenderer, Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function accelerators(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
    ...(Array.isArray(item.submenu) ? accelerators(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has the standard edit roles, so copy and paste work on macOS', () => {
    const menu = applicationMenuTemplate({ platform: 'darwin', isPackaged: true });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(roles(menu)).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'pasteAndMatchStyle',
        'delete',
        'selectAll',
        'close',
        'windowMenu',
      ]),
    );
  });

  it('offers no reload or developer tools in the packaged app', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = roles(applicationMenuTemplate({ platform, isPackaged: true }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(packaged).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    }
  });

  it('offers reload and developer tools when run from source', () => {
    expect(roles(applicationMenuTemplate({ platform: 'linux', isPackaged: false }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('quits from File outside macOS and has no app menu there', () => {
    const menu = applicationMenuTemplate({ platform: 'win32', isPackaged: true });
    expect(roles(menu)).toContain('quit');
    expect(roles(menu)).not.toContain('appMenu');
  });

  it('uses CommandOrControl for its own shortcuts', () => {
    const keys = accelerators(applicationMenuTemplate({ platform: 'linux', isPackaged: true }));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^CommandOrControl\+/);
  });

  it('installs the template for this platform with developer tools hidden when packaged', () => {
    app.isPackaged = true;
    installApplicationMenu();
    expect(Menu.applicationMenu).not.toBeNull();
    expect(roles(Menu.applicationMenu?.template ?? [])).not.toContain('toggleDevTools');
  });
});

describe('preload', () => {
  // The preload runs once per page; each test loads it afresh into the reset fake.
  beforeEach(() => {
    vi.resetModules();
  });

  it('exposes one object, window.stance, with only invoke and on', async () => {
    await import('../../../main/preload');

    expect([...contextBridge.exposed.keys()]).toEqual(['stance']);
    const bridge = contextBridge.exposed.get('stance') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['invoke', 'on']);

    const invoke = bridge.invoke as (channel: string, payload: unknown) => Promise<unknown>;
    await expect(invoke('clients:list', { query: 'Lo' })).resolves.toEqual({
      ok: true,
      value: 'from main',
    });
    expect(ipcRenderer.calls).toEqual([['clients:list', { query: 'Lo' }]]);
  });

  it('passes declared events on without the Electron event object, and stops on request', async () => {
    await import('../../../main/preload');
    const bridge = contextBridge.exposed.get('stance') as {
      on: (event: string, listener: (payload: unknown) => void) => () => void;
    };
    const heard: unknown[][] = [];
    const stop = bridge.on('backups:progress', (...args) => heard.push(args));

    ipcRenderer.deliver('backups:progress', { phase: 'photos', done: 1, total: 2 });
    stop();
    ipcRenderer.deliver('backups:progress', { phase: 'photos', done: 2, total: 2 });

    expect(heard).toEqual([[{ phase: 'photos', done: 1, total: 2 }]]);
    expect(() => bridge.on('clients:create', () => undefined)).toThrow(/no event/);
    expect(ipcRenderer.listeners.get('clients:create')).toBeUndefined();
  });
});
