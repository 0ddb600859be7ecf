import { APP_HOST, APP_SCHEME } from './serve';

/**
 * Whether a URL belongs to the app's own origin (`app://stance`). Compares scheme and host rather
 * than `URL.origin`: Node's URL parser only knows the web's special schemes, so in main it reports
 * the origin of every `app:` URL as "null", although Chromium, where the scheme is registered as
 * standard, gives it a real one.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
