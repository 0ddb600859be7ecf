import { shell } from 'electron';

const allowedProtocols: ReadonlySet<string> = new Set(['https:', 'mailto:']);

/**
 * The normalised form of a link Stance may hand to the system (a web page over HTTPS or an
 * email), or null. Links with a user name in them are refused: `https://bank.example@evil.example`
 * reads as one site and opens another.
 */
export function safeExternalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!allowedProtocols.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** Opens an allowed link in the practitioner's browser or mail program; refuses anything else. */
export function openExternalSafely(url: string): boolean {
  const safe = safeExternalUrl(url);
  if (safe === null) return false;
  shell.openExternal(safe).catch((error: unknown) => {
    console.error('Stance could not open a link outside the app.', error);
  });
  return true;
}
