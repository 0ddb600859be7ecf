import type { Db } from '../db/connection';
import { writeSettingValues } from '../db/repositories/settings';
import { preparePhoto } from './import';
import type { PhotoStore } from './store';

/**
 * Plenty for a logo printed a few centimetres wide at print resolution. Always PNG: logos have
 * sharp edges and often transparency, and the photo server knows its type (main/db/file-references.ts).
 */
export const LOGO_EDGE = 800;

/**
 * Runs the photo import (read by its bytes, upright, no metadata), writes and syncs the file, then
 * points the `logo` setting at it. The previous logo's file is left to the orphan sweep, so
 * backups taken before still find it.
 */
export async function importLogo(
  db: Db,
  store: PhotoStore,
  logo: { fileName: string; bytes: Uint8Array },
): Promise<string> {
  const prepared = await preparePhoto(logo.bytes, logo.fileName, {
    maxEdge: LOGO_EDGE,
    alwaysPng: true,
  });
  const hash = store.put(prepared.data);
  writeSettingValues(db, { logo: hash });
  return hash;
}
