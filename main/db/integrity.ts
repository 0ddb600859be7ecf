import { openUntrusted } from './hardened';

/** Enough findings to tell support what kind of damage it is; the full list can run to thousands. */
const MAX_FINDINGS = 20;

/**
 * SQLite's full structural check of the whole file (every page, every index against its table),
 * on a read-only connection of its own, so it can run beside the app's connection and never
 * writes. Returns what it found, each finding as SQLite words it, or nothing for a sound file.
 */
export function integrityFindings(file: string): string[] {
  try {
    const db = openUntrusted(file);
    try {
      const rows = db.pragma(`quick_check(${MAX_FINDINGS})`) as { quick_check: string }[];
      const findings = rows.map((row) => row.quick_check);
      return findings.length === 1 && findings[0] === 'ok' ? [] : findings;
    } finally {
      db.close();
    }
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
