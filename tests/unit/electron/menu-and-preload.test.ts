import path from 'node:path';
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AboutActions } from '../../../main/about';
import { applicationMenuTemplate, installApplicationMenu } from '../../../main/menu';
import {
  app,
  contextBridge,
  dialog,
  ipcRenderer,
  Menu,
  resetFakeElectron,
  shell,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

/** Records what the menu asked for; the real actions are tested through installApplicationMenu. */
function recordingAbout(): AboutActions & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    showAbout: () => Promise.resolve(void asked.push('about')),
    openNotices: () => Promise.resolve(void asked.push('notices')),
  };
}

const about = recordingAbout();

function findItem(
  items: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inside = Array.isArray(item.submenu) ? findItem(item.submenu, label) : undefined;
    if (inside) return inside;
  }
  return undefined;
}

function clickItem(items: MenuItemConstructorOptions[], label: string): void {
  const item = findItem(items, label);
  if (!item?.click) throw new Error(`no clickable "${label}" in the menu`);
  item.click({} as MenuItem, undefined, {});
}

function submenuOf(items: MenuItemConstructorOptions[], key: string): MenuItemConstructorOptions[] {
  const menu = items.find((item) => item.role === key || item.label === key);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no "${key}" menu`);
  return menu.submenu;
}

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
    const menu = applicationMenuTemplate({ platform: 'darwin', isPackaged: true, about });
    expect(menu[0]?.label).toBe('Stance');
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
        'hide',
        'hideOthers',
        'unhide',
        'services',
        'quit',
      ]),
    );
  });

  it('offers no reload or developer tools in the packaged app', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = roles(applicationMenuTemplate({ platform, isPackaged: true, about }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(packaged).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    }
  });

  it('offers reload and developer tools when run from source', () => {
    expect(roles(applicationMenuTemplate({ platform: 'linux', isPackaged: false, about }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('quits from File outside macOS and has no app menu there', () => {
    const menu = applicationMenuTemplate({ platform: 'win32', isPackaged: true, about });
    expect(roles(menu)).toContain('quit');
    expect(roles(menu)).not.toContain('appMenu');
  });

  it('uses CommandOrControl for its own shortcuts', () => {
    const keys = accelerators(
      applicationMenuTemplate({ platform: 'linux', isPackaged: true, about }),
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^CommandOrControl\+/);
  });

  it('puts About Stance under Help outside macOS and first in the app menu on macOS', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = applicationMenuTemplate({ platform, isPackaged: true, about });
      expect(submenuOf(menu, 'help').map((item) => item.label ?? item.type)).toEqual([
        'About Stance',
        'separator',
        'Third-party notices',
      ]);
    }
    const mac = applicationMenuTemplate({ platform: 'darwin', isPackaged: true, about });
    expect(submenuOf(mac, 'Stance')[0]?.label).toBe('About Stance');
    expect(submenuOf(mac, 'help').map((item) => item.label)).toEqual(['Third-party notices']);
  });

  it('asks for the About box and the notices from their items', () => {
    const menu = applicationMenuTemplate({ platform: 'linux', isPackaged: true, about });
    about.asked.length = 0;
    clickItem(menu, 'About Stance');
    clickItem(menu, 'Third-party notices');
    expect(about.asked).toEqual(['about', 'notices']);
  });

  it('installs the template for this platform with developer tools hidden when packaged', () => {
    app.isPackaged = true;
    installApplicationMenu();
    expect(Menu.applicationMenu).not.toBeNull();
    expect(roles(Menu.applicationMenu?.template ?? [])).not.toContain('toggleDevTools');
  });
});

describe('About Stance in the installed app', () => {
  const resources = path.join('/fake', 'Stance', 'resources');

  beforeEach(() => {
    app.isPackaged = true;
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    installApplicationMenu();
  });

  afterEach(() => {
    Reflect.deleteProperty(process, 'resourcesPath');
  });

  const menu = (): MenuItemConstructorOptions[] => Menu.applicationMenu?.template ?? [];

  it('shows the version and the licence', async () => {
    clickItem(menu(), 'About Stance');
    await vi.waitFor(() => expect(dialog.messageBoxes).toHaveLength(1));
    const box = dialog.messageBoxes[0];
    expect(box?.message).toBe('Stance 0.0.0-test');
    expect(box?.detail).toContain('Apache License 2.0 (Apache-2.0)');
    expect(box?.buttons).toEqual(['Close', 'Third-party notices', 'Licence']);
    expect(box?.cancelId).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shell.openedPaths).toEqual([]);
  });

  it('opens the notices or the licence from the About box, beside app.asar', async () => {
    dialog.messageBoxResponse = 1;
    clickItem(menu(), 'About Stance');
    await vi.waitFor(() => expect(shell.openedPaths).toHaveLength(1));
    dialog.messageBoxResponse = 2;
    clickItem(menu(), 'About Stance');
    await vi.waitFor(() => expect(shell.openedPaths).toHaveLength(2));
    expect(shell.openedPaths).toEqual([
      path.join(resources, 'legal', 'THIRD-PARTY-NOTICES.txt'),
      path.join(resources, 'legal', 'LICENSE'),
    ]);
  });

  it('opens the notices straight from Help, and says so when the system cannot', async () => {
    shell.openPathAnswer = 'No application is associated with the file';
    clickItem(menu(), 'Third-party notices');
    await vi.waitFor(() => expect(dialog.errorBoxes).toHaveLength(1));
    expect(shell.openedPaths).toEqual([path.join(resources, 'legal', 'THIRD-PARTY-NOTICES.txt')]);
    expect(dialog.errorBoxes[0]?.content).toContain('No application is associated with the file');
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
