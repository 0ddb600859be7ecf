import { protocol } from 'electron';
import { CLIP_PATH_PREFIX } from '../shared/domain/movement/clips';
import { PHOTO_PATH_PREFIX } from '../shared/domain/photos';
import { serveClip } from './clips/serve';
import { servePhoto } from './photos/serve';
import { APP_HOST, APP_SCHEME, serveRenderer } from './serve';
import type { Records } from './db/stores/stores';

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
  /**
   * The records in use, for photos and clips: the session's file and photos folder, or a
   * studio's server; null while they are unavailable.
   */
  currentRecords: () => Records | null;
}

/**
 * Answers one `app:` request: stored photos from `app://stance/photos/<sha256>`, clips from
 * `app://stance/clips/<sha256>` (in byte ranges, for the player), the renderer
 * build from the rest of `app://stance`, nothing from any other host. Read-only, so only GET.
 */
export function answerAppRequest(sources: AppProtocolSources, request: Request): Promise<Response> {
  if (request.method !== 'GET') return Promise.resolve(plain(405, 'Method not allowed'));
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return Promise.resolve(plain(404, 'Not found'));
  }
  if (url.host !== APP_HOST) return Promise.resolve(plain(404, 'Not found'));
  if (url.pathname.startsWith(PHOTO_PATH_PREFIX)) {
    return servePhoto(sources.currentRecords(), request.url);
  }
  if (url.pathname.startsWith(CLIP_PATH_PREFIX)) {
    return serveClip(sources.currentRecords(), request.url, request.headers.get('Range'));
  }
  return serveRenderer(sources.rendererDir, request.url);
}

export function handleAppProtocol(sources: AppProtocolSources): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(sources, request));
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
