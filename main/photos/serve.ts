import fs from 'node:fs/promises';
import { isPhotoMediaType } from '../../shared/domain/photos';
import { photoMediaType } from '../db/repositories/photos';
import type { Session } from '../session';
import { SHA256_HEX } from './store';

export const PHOTOS_HOST = 'photos';

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
  if (!mediaType || !isPhotoMediaType(mediaType)) return notFound();
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
