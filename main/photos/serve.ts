import fs from 'node:fs/promises';
import { PHOTO_PATH_PREFIX, PRINT_COPY_SUFFIX, isPhotoMediaType } from '../../shared/domain/photos';
import { referencedMediaType } from '../db/file-references';
import type { Session } from '../session';
import { readPrintCopy } from './print-copy';
import { SHA256_HEX } from './store';

/**
 * Answers `app://stance/photos/<sha256>` (see PHOTO_PATH_PREFIX), or its print-sized copy at
 * `…/<sha256>/print`. Only hashes some row names (main/db/file-references.ts) are served, so the renderer can never read
 * an arbitrary file, nor a photo that has been erased.
 */
export async function servePhoto(session: Session | null, requestUrl: string): Promise<Response> {
  let hash: string;
  let printCopy = false;
  try {
    const url = new URL(requestUrl);
    if (!url.pathname.startsWith(PHOTO_PATH_PREFIX)) return notFound();
    hash = url.pathname.slice(PHOTO_PATH_PREFIX.length);
    if (hash.endsWith(PRINT_COPY_SUFFIX)) {
      hash = hash.slice(0, -PRINT_COPY_SUFFIX.length);
      printCopy = true;
    }
  } catch {
    return notFound();
  }
  if (!session || !SHA256_HEX.test(hash)) return notFound();
  const mediaType = referencedMediaType(session.db, hash);
  if (!mediaType || !isPhotoMediaType(mediaType)) return notFound();
  try {
    const body = printCopy
      ? await readPrintCopy(session.photos, hash, mediaType)
      : await fs.readFile(session.photos.pathOf(hash));
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
