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

  it('hands only the app’s own https links and mailto links to the system opener', () => {
    for (const url of [
      'https://pubmed.ncbi.nlm.nih.gov/18822155/?page=2',
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
    expect(shell.opened).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/18822155/?page=2',
      'mailto:client@example.com',
    ]);
  });
});

describe('openExternalSafely', () => {
  it.each([
    [
      'https://physio-pedia.com/Craniovertebral angle',
      'https://physio-pedia.com/Craniovertebral%20angle',
    ],
    ['HTTPS://PubMed.ncbi.nlm.nih.gov/', 'https://pubmed.ncbi.nlm.nih.gov/'],
    ['https://stance.app/help', 'https://stance.app/help'],
    ['mailto:someone@example.com?subject=Report', 'mailto:someone@example.com?subject=Report'],
  ])('normalises and allows %s', (url, expected) => {
    expect(safeExternalUrl(url)).toBe(expected);
    expect(openExternalSafely(url)).toBe(true);
    expect(shell.opened).toEqual([expected]);
  });

  it.each([
    'http://example.org/',
    'https://example.org/',
    'https://evil.example/phish?from=pubmed.ncbi.nlm.nih.gov',
    'https://pubmed.ncbi.nlm.nih.gov.evil.example/',
    'http://pubmed.ncbi.nlm.nih.gov/',
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
  const appPage = 'app://stance/index.html';
  const appOrigin = 'app://stance';

  /** What the request handler answers, as Electron would call it. */
  function request(
    permission: string,
    details: { requestingUrl: string; mediaTypes?: ('video' | 'audio')[]; securityOrigin?: string },
  ): boolean[] {
    const answers: boolean[] = [];
    session.defaultSession.permissionRequestHandler?.(
      {},
      permission,
      (granted) => answers.push(granted),
      details,
    );
    return answers;
  }

  function check(
    permission: string,
    origin: string,
    details: { securityOrigin?: string; mediaType?: 'video' | 'audio' | 'unknown' } = {},
  ): boolean | undefined {
    return session.defaultSession.permissionCheckHandler?.({}, permission, origin, details);
  }

  it('lets the app page use the camera, asked for and checked', () => {
    expect(request('media', { requestingUrl: appPage, mediaTypes: ['video'] })).toEqual([true]);
    expect(
      request('media', {
        requestingUrl: appPage,
        mediaTypes: ['video'],
        securityOrigin: appOrigin,
      }),
    ).toEqual([true]);
    expect(check('media', appOrigin, { mediaType: 'video', securityOrigin: appOrigin })).toBe(true);
  });

  it('never lets anything use the microphone, even the app page together with the camera', () => {
    expect(request('media', { requestingUrl: appPage, mediaTypes: ['audio'] })).toEqual([false]);
    expect(request('media', { requestingUrl: appPage, mediaTypes: ['video', 'audio'] })).toEqual([
      false,
    ]);
    expect(check('media', appOrigin, { mediaType: 'audio' })).toBe(false);
  });

  it('refuses a media request that does not say it is for the camera', () => {
    expect(request('media', { requestingUrl: appPage })).toEqual([false]);
    expect(request('media', { requestingUrl: appPage, mediaTypes: [] })).toEqual([false]);
    expect(check('media', appOrigin)).toBe(false);
    expect(check('media', appOrigin, { mediaType: 'unknown' })).toBe(false);
  });

  it.each(foreignPages)('refuses the camera to %s', (url) => {
    expect(request('media', { requestingUrl: url, mediaTypes: ['video'] })).toEqual([false]);
    expect(check('media', url, { mediaType: 'video' })).toBe(false);
  });

  it('refuses the camera to a foreign frame even when the page URL is the app', () => {
    expect(
      request('media', {
        requestingUrl: appPage,
        mediaTypes: ['video'],
        securityOrigin: 'https://evil.example',
      }),
    ).toEqual([false]);
    expect(
      check('media', appOrigin, { mediaType: 'video', securityOrigin: 'https://evil.example' }),
    ).toBe(false);
  });

  it.each([
    'display-capture',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'midi',
    'fullscreen',
    'hid',
    'usb',
    'serial',
  ])('denies a %s request, even from the app page', (permission) => {
    expect(request(permission, { requestingUrl: appPage, mediaTypes: ['video'] })).toEqual([false]);
    expect(check(permission, appOrigin, { mediaType: 'video' })).toBe(false);
    expect(isPermissionAllowed(permission, appPage, ['video'])).toBe(false);
  });

  it('installs both handlers, since Electron grants everything without them', () => {
    expect(session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(session.defaultSession.permissionCheckHandler).toBeTypeOf('function');
  });
});
