import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAppProtocol, registerAppScheme } from '../../../main/protocol';
import { CONTENT_SECURITY_POLICY, resolveInside, serveRenderer } from '../../../main/serve';
import { makeTempDir } from '../../helpers/temp-dir';
import { protocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const indexHtml = '<!doctype html><title>Stance</title><script src="/assets/app.js"></script>';
const secret = 'a file outside the build folder';

let temp: ReturnType<typeof makeTempDir>;
let buildDir: string;

beforeEach(() => {
  resetFakeElectron();
  temp = makeTempDir('stance-protocol-');
  // <temp>/renderer is the build; <temp>/secret.txt and <temp>/renderer-old/ sit beside it.
  buildDir = path.join(temp.dir, 'renderer');
  fs.mkdirSync(path.join(buildDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(buildDir, 'index.html'), indexHtml);
  fs.writeFileSync(path.join(buildDir, 'assets', 'app.js'), 'console.log("app")');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), secret);
  fs.mkdirSync(path.join(temp.dir, 'renderer-old'));
  fs.writeFileSync(path.join(temp.dir, 'renderer-old', 'secret.txt'), secret);
});
afterEach(() => temp.cleanup());

const escapes = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/..%5csecret.txt',
  '/..\\secret.txt',
  '/assets\\..\\..\\secret.txt',
  '/../renderer-old/secret.txt',
  '/%2e%2e/renderer-old/secret.txt',
  '/index.html%00.js',
  '/%E0%A4%A',
];

describe('resolveInside', () => {
  it('maps app paths onto files inside the build folder', () => {
    expect(resolveInside(buildDir, '/index.html')).toBe(path.join(buildDir, 'index.html'));
    expect(resolveInside(buildDir, '/assets/app.js')).toBe(path.join(buildDir, 'assets', 'app.js'));
    expect(resolveInside(buildDir, '/assets/./app.js')).toBe(
      path.join(buildDir, 'assets', 'app.js'),
    );
  });

  it.each(escapes)('refuses %s', (urlPath) => {
    expect(resolveInside(buildDir, urlPath)).toBeNull();
  });

  it('treats an absolute-looking path as relative to the build folder', () => {
    const resolved = resolveInside(buildDir, '/etc/passwd');
    expect(resolved).toBe(path.join(buildDir, 'etc', 'passwd'));
  });
});

describe('serveRenderer', () => {
  it('serves index.html for / with the content security policy', async () => {
    const response = await serveRenderer(buildDir, 'app://stance/');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(indexHtml);
  });

  it.each(escapes)('does not serve %s', async (urlPath) => {
    const response = await serveRenderer(buildDir, `app://stance${urlPath}`);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain(secret);
  });

  it('answers 404 for a file the build does not have', async () => {
    expect((await serveRenderer(buildDir, 'app://stance/missing.js')).status).toBe(404);
  });
});

describe('app: protocol in Electron', () => {
  function registeredHandler() {
    handleAppProtocol({ rendererDir: buildDir, currentRecords: () => null });
    const handler = protocol.handlers.get('app');
    if (!handler) throw new Error('no handler registered for app:');
    return (url: string, init?: RequestInit) => Promise.resolve(handler(new Request(url, init)));
  }

  it('registers app: as a standard, secure scheme that fetch() may use', () => {
    registerAppScheme();
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the app page with its CSP header', async () => {
    const answer = registeredHandler();
    const response = await answer('app://stance/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe(indexHtml);
    expect(await (await answer('app://stance/assets/app.js')).text()).toContain('app');
  });

  it.each(escapes)('refuses the escape %s', async (urlPath) => {
    const answer = registeredHandler();
    const response = await answer(`app://stance${urlPath}`);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain(secret);
  });

  it.each(['app://evil/index.html', 'app://stance.evil/index.html', 'app://stance:1/index.html'])(
    'serves nothing to another host: %s',
    async (url) => {
      const response = await registeredHandler()(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Stance');
    },
  );

  it('serves no photo while the data is not open', async () => {
    const response = await registeredHandler()(`app://stance/photos/${'a'.repeat(64)}`);
    expect(response.status).toBe(404);
  });

  it('only answers GET', async () => {
    const response = await registeredHandler()('app://stance/index.html', {
      method: 'POST',
      body: 'x',
    });
    expect(response.status).toBe(405);
  });
});
