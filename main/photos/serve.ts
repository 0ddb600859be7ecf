import fs from 'node:fs/promises';
import { photoMediaType } from '../db/repositories/photos';
import type { Session } from '../session';
import { SHA256_HEX } from './store';

export const PHOTOS_HOST = 'photos';

/** Only image types are ever served, whatever a row says, so a record can never smuggle in HTML or SVG. */
const servableTypes = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/avif',
]);

/**
 * Answers `app://photos/<sha256>`. Only hashes some photo row uses are served, so the renderer
 * can never read an arbitrary file, nor a photo that has been erased.
 */
export async function servePhoto(session: Session | null, requestUrl: string): Promise<Response> {
  let hash: string;
  try {
    const url = new URL(requestUrl);
    if (url.host !== PHOTOS_HOST) return notFound();
    hash = url.pathname.replace(/^\/+/, '');
  } catch {
    return notFound();
  }
  if (!session || !SHA256_HEX.test(hash)) return notFound();
  const mediaType = photoMediaType(session.db, hash);
  if (!mediaType || !servableTypes.has(mediaType)) return notFound();
  try {
    const body = await fs.readFile(session.photos.pathOf(hash));
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
