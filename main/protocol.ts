import { protocol } from 'electron';
import { PHOTOS_HOST, servePhoto } from './photos/serve';
import { APP_HOST, APP_SCHEME, serveRenderer } from './serve';
import type { Session } from './session';

/**
 * Must run before the app is ready. Standard gives `app://stance` a real origin (so `'self'` in
 * the CSP, relative URLs and storage work), secure makes it count as HTTPS, and supportFetchAPI
 * lets the page `fetch()` its own files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export interface AppProtocolSources {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The open data, for photos; null while it is unavailable. */
  currentSession: () => Session | null;
}

/**
 * Answers one `app:` request: the renderer build from `app://stance`, stored photos from
 * `app://photos/<sha256>`, nothing from any other host. Read-only, so only GET is served.
 */
export function answerAppRequest(sources: AppProtocolSources, request: Request): Promise<Response> {
  if (request.method !== 'GET') return Promise.resolve(plain(405, 'Method not allowed'));
  let host: string;
  try {
    host = new URL(request.url).host;
  } catch {
    return Promise.resolve(plain(404, 'Not found'));
  }
  if (host === APP_HOST) return serveRenderer(sources.rendererDir, request.url);
  if (host === PHOTOS_HOST) return servePhoto(sources.currentSession(), request.url);
  return Promise.resolve(plain(404, 'Not found'));
}

export function handleAppProtocol(sources: AppProtocolSources): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(sources, request));
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
