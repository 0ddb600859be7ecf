import { app, session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalSafely } from './external-links';

/** The kinds of media a permission request or check can name, as Electron reports them. */
type MediaKind = 'video' | 'audio' | 'unknown';

/**
 * Whether a permission may be granted: only the camera (`media` with video and nothing else, so
 * never the microphone), and only to the app's own page. Every other permission is refused:
 * Electron would otherwise grant each request.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  mediaKinds: readonly MediaKind[] = [],
): boolean {
  if (permission !== 'media' || !isAppUrl(requestingUrl)) return false;
  return mediaKinds.length > 0 && mediaKinds.every((kind) => kind === 'video');
}

/**
 * Keeps a window inside the app: it may only move between the app's own pages, can never open
 * another window (allowed links go to the practitioner's browser instead) and cannot embed a
 * `<webview>`.
 */
export function confineWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/**
 * The URL to judge a request by. Electron gives the frame's URL and, for media, its security
 * origin too; both must be the app's, so a foreign origin turns the answer into a refusal.
 */
function requester(url: string, securityOrigin: string | undefined): string {
  return securityOrigin && !isAppUrl(securityOrigin) ? securityOrigin : url;
}

/**
 * Applies the confinement to every web contents, including ones created later such as the hidden
 * print window, and answers permissions (the camera for the app page only). Call before the first
 * window is created; the session handlers need the app to be ready.
 */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => confineWebContents(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaKinds = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const securityOrigin = 'securityOrigin' in details ? details.securityOrigin : undefined;
    callback(
      isPermissionAllowed(permission, requester(details.requestingUrl, securityOrigin), mediaKinds),
    );
  });
  // Chromium checks before it asks (and before listing devices); a check names one media kind.
  session.defaultSession.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      isPermissionAllowed(
        permission,
        requester(requestingOrigin, details.securityOrigin),
        details.mediaType ? [details.mediaType] : [],
      ),
  );
}
