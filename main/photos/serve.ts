import { isPhotoMediaType, parsePhotoPath, type PhotoSize } from '../../shared/domain/photos';
import type { Records } from '../db/stores/stores';
import { SHA256_HEX } from './store';

/**
 * Answers `app://stance/photos/<sha256>` (see PHOTO_PATH_PREFIX), or its print- or screen-sized
 * copy at `…/<sha256>/print` and `…/<sha256>/screen`, from the engine in use: the photos folder,
 * or a studio server's photo_files. Only hashes some row names (main/db/file-references.ts) are
 * served, so the renderer can never read an arbitrary file, nor a photo that has been erased.
 */
export async function servePhoto(records: Records | null, requestUrl: string): Promise<Response> {
  let hash: string;
  let size: PhotoSize;
  try {
    const asked = parsePhotoPath(new URL(requestUrl).pathname);
    if (!asked) return notFound();
    ({ hash, size } = asked);
  } catch {
    return notFound();
  }
  if (!records || !SHA256_HEX.test(hash)) return notFound();
  try {
    const { files } = records.stores;
    const mediaType = await files.referencedMediaType(hash);
    if (!mediaType || !isPhotoMediaType(mediaType)) return notFound();
    const body =
      size === 'full' ? await files.read(hash) : await files.readSized(hash, mediaType, size);
    if (!body) return notFound();
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mediaType,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, max-age=31536000, immutable',
      },
    });
  } catch {
    return notFound();
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
