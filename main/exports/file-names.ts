import type { Client } from '../../shared/domain/clients';

/** Letters (accents included) and digits stay; anything a file system may refuse becomes a dash. */
function fileNamePart(text: string, fallback: string): string {
  const part = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return part === '' ? fallback : part;
}

/** e.g. `Lovelace-Ada-2026-11-24.stance-client.json`: sorts by surname in a folder of exports. */
export function clientRecordFileName(
  client: Pick<Client, 'firstName' | 'lastName'>,
  today: string,
): string {
  return `${fileNamePart(client.lastName, 'Client')}-${fileNamePart(client.firstName, 'Record')}-${today}.stance-client.json`;
}

export function clientsCsvFileName(today: string): string {
  return `Stance-clients-${today}.csv`;
}
