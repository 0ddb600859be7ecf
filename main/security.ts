import { app, session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalSafely } from './external-links';

/**
 * Permissions the app itself may be granted, and only on its own origin. Empty: nothing in
 * Stance needs the camera, microphone, location or notifications yet, and Electron would
 * otherwise grant every request.
 */
const allowedPermissions: ReadonlySet<string> = new Set();

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return allowedPermissions.has(permission) && isAppUrl(requestingUrl);
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
 * Applies the confinement to every web contents, including ones created later such as the hidden
 * print window, and denies permissions. Call before the first window is created; the session
 * handlers need the app to be ready.
 */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => confineWebContents(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}
