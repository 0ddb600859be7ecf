import { shell } from 'electron';
import { appWrittenAddresses } from '../shared/domain/app-links';

/** Hosts of the web pages Stance itself links to; any other https address is refused. */
const allowedHosts: ReadonlySet<string> = new Set(
  appWrittenAddresses().map((address) => new URL(address).hostname),
);

/**
 * The normalised form of a link Stance may hand to the system, or null: an HTTPS page on a host
 * the app itself links to, or an email. Links with a user name in them are refused:
 * `https://bank.example@evil.example` reads as one site and opens another.
 */
export function safeExternalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.protocol === 'mailto:') return parsed.href;
  if (parsed.protocol === 'https:' && allowedHosts.has(parsed.hostname)) return parsed.href;
  return null;
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
