import type { Stores } from '../db/stores/stores';
import { preparePhoto } from './import';

/**
 * Plenty for a logo printed a few centimetres wide at print resolution. Always PNG: logos have
 * sharp edges and often transparency, and the photo server knows its type (main/db/file-references.ts).
 */
export const LOGO_EDGE = 800;

/**
 * Runs the photo import (read by its bytes, upright, no metadata), then stores the file and
 * points the `logo` setting at it in one transaction, so neither lands without the other (on a
 * studio server nothing sweeps files no row names). The previous logo's file is left to the
 * orphan sweep, so backups taken before still find it.
 */
export async function importLogo(
  stores: Stores,
  logo: { fileName: string; bytes: Uint8Array },
): Promise<string> {
  const prepared = await preparePhoto(logo.bytes, logo.fileName, {
    maxEdge: LOGO_EDGE,
    alwaysPng: true,
  });
  return stores.transaction(async (inside) => {
    const hash = await inside.files.put(prepared.data, 'image/png');
    await inside.settings.write({ logo: hash });
    return hash;
  });
}
