import fs from 'node:fs/promises';
import { isPhotoMediaType, parsePhotoPath, type PhotoSize } from '../../shared/domain/photos';
import { referencedMediaType } from '../db/file-references';
import type { Session } from '../session';
import { readSizedCopy } from './sized-copy';
import { SHA256_HEX } from './store';

/**
 * Answers `app://stance/photos/<sha256>` (see PHOTO_PATH_PREFIX), or its print- or screen-sized copy at
 * `…/<sha256>/print` and `…/<sha256>/screen`. Only hashes some row names (main/db/file-references.ts) are served, so the renderer can never read
 * an arbitrary file, nor a photo that has been erased.
 */
export async function servePhoto(session: Session | null, requestUrl: string): Promise<Response> {
  let hash: string;
  let size: PhotoSize;
  try {
    const asked = parsePhotoPath(new URL(requestUrl).pathname);
    if (!asked) return notFound();
    ({ hash, size } = asked);
  } catch {
    return notFound();
  }
  if (!session || !SHA256_HEX.test(hash)) return notFound();
  const mediaType = referencedMediaType(session.db, hash);
  if (!mediaType || !isPhotoMediaType(mediaType)) return notFound();
  try {
    const body =
      size === 'full'
        ? await fs.readFile(session.photos.pathOf(hash))
        : await readSizedCopy(session.photos, hash, mediaType, size);
    return new Response(body, {
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
