import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalSafely, safeExternalUrl } from '../../../main/external-links';
import { installSecurityGuards, isPermissionAllowed } from '../../../main/security';
import { createWindow } from '../../../main/window';
import {
  app,
  type BrowserWindow,
  FakeEvent,
  FakeWebContents,
  resetFakeElectron,
  session,
  shell,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const navigationEvents = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

const foreignPages = [
  'https://evil.example/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://stance.evil.example/',
  'app://photos/0000000000000000000000000000000000000000000000000000000000000000',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

let contents: FakeWebContents;

beforeEach(() => {
  resetFakeElectron();
  installSecurityGuards();
  contents = (createWindow({ preload: '/p.cjs', show: false }) as unknown as BrowserWindow)
    .webContents;
});

describe('navigation', () => {
  it.each(navigationEvents)('%s stays within the app page', (event) => {
    expect(contents.attemptNavigation(event, 'app://stance/index.html')).toBe(true);
    expect(contents.attemptNavigation(event, 'app://stance/index.html#/clients')).toBe(true);
  });

  it.each(navigationEvents.flatMap((event) => foreignPages.map((url) => [event, url] as const)))(
    '%s to %s is prevented',
    (event, url) => {
      expect(contents.attemptNavigation(event, url)).toBe(false);
    },
  );

  it('confines web contents created later too, not just the first window', () => {
    const later = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), later);
    expect(later.attemptNavigation('will-navigate', 'https://evil.example/')).toBe(false);
    expect(later.attemptWindowOpen('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(contents.attemptWebview()).toBe(false);
  });
});

describe('new windows', () => {
  it.each([
    'https://example.org/help',
    'mailto:client@example.com',
    'app://stance/index.html',
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('window.open(%s) never opens an Electron window', (url) => {
    expect(contents.attemptWindowOpen(url)).toEqual({ action: 'deny' });
  });

  it('hands only https and mailto links to the system opener', () => {
    for (const url of [
      'https://example.org/help?page=2',
      'mailto:client@example.com',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'app://stance/index.html',
      'https://bank.example@evil.example/',
      'not a url',
    ]) {
      contents.attemptWindowOpen(url);
    }
    expect(shell.opened).toEqual(['https://example.org/help?page=2', 'mailto:client@example.com']);
  });
});

describe('openExternalSafely', () => {
  it.each([
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['HTTPS://Example.org/', 'https://example.org/'],
    ['mailto:someone@example.com?subject=Report', 'mailto:someone@example.com?subject=Report'],
  ])('normalises and allows %s', (url, expected) => {
    expect(safeExternalUrl(url)).toBe(expected);
    expect(openExternalSafely(url)).toBe(true);
    expect(shell.opened).toEqual([expected]);
  });

  it.each([
    'http://example.org/',
    'file:///C:/Windows/System32/calc.exe',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'vbscript:msgbox(1)',
    '\\\\server\\share\\run.exe',
    'https://user:secret@example.org/',
    '',
  ])('refuses %s', (url) => {
    expect(openExternalSafely(url)).toBe(false);
    expect(shell.opened).toEqual([]);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies a %s request, even from the app page',
    (permission) => {
      const answers: boolean[] = [];
      session.defaultSession.permissionRequestHandler?.(
        {},
        permission,
        (granted) => answers.push(granted),
        { requestingUrl: 'app://stance/index.html' },
      );
      expect(answers).toEqual([false]);
      expect(session.defaultSession.permissionCheckHandler?.({}, permission, 'app://stance')).toBe(
        false,
      );
    },
  );

  it('installs both handlers, since Electron grants everything without them', () => {
    expect(session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(session.defaultSession.permissionCheckHandler).toBeTypeOf('function');
  });

  it('allows nothing yet', () => {
    expect(isPermissionAllowed('media', 'app://stance/index.html')).toBe(false);
  });
});
