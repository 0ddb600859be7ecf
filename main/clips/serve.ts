import { CLIP_PATH_PREFIX, isClipMediaType } from '../../shared/domain/movement/clips';
import type { Records } from '../db/stores/stores';
import { SHA256_HEX } from '../photos/store';

/**
 * The most one answer carries when the player asks for "from here to the end": it asks again for
 * the rest, so a long clip is never read into memory whole to answer one seek. Small enough that
 * the first frame of a phone clip (its index and first key frame, well under 1 MB) is not waiting
 * behind seconds of video the player has not asked to show yet; 8 MB cost about 0.4 s more
 * from opening the assessment to the first frame.
 */
export const MAX_RANGE_BYTES = 2 * 1024 * 1024;

/**
 * Answers `app://stance/clips/<sha256>` from the engine in use. Only hashes a clip row names (the registry in
 * main/db/file-references.ts) with a video type are served, so this can never hand out a photo,
 * an arbitrary file or an erased clip. Chromium's player reads video in byte ranges and seeks by
 * asking for a later one, so ranges are answered with 206 and just those bytes.
 */
export async function serveClip(
  records: Records | null,
  requestUrl: string,
  rangeHeader: string | null,
): Promise<Response> {
  let hash: string;
  try {
    const url = new URL(requestUrl);
    if (!url.pathname.startsWith(CLIP_PATH_PREFIX)) return plain(404, 'Not found');
    hash = url.pathname.slice(CLIP_PATH_PREFIX.length);
  } catch {
    return plain(404, 'Not found');
  }
  if (!records || !SHA256_HEX.test(hash)) return plain(404, 'Not found');
  try {
    const { files } = records.stores;
    const mediaType = await files.referencedMediaType(hash);
    if (!mediaType || !isClipMediaType(mediaType)) return plain(404, 'Not found');
    const size = await files.size(hash);
    if (size === undefined) return plain(404, 'Not found');
    const headers = {
      'Content-Type': mediaType,
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=31536000, immutable',
    };
    if (rangeHeader === null) {
      const whole = await files.read(hash);
      if (!whole) return plain(404, 'Not found');
      return new Response(new Uint8Array(whole), { status: 200, headers });
    }
    const range = parseRange(rangeHeader, size);
    if (!range)
      return new Response(null, {
        status: 416,
        headers: { ...headers, 'Content-Range': `bytes */${size}` },
      });
    const body = await files.read(hash, range);
    if (!body) return plain(404, 'Not found');
    return new Response(new Uint8Array(body), {
      status: 206,
      headers: {
        ...headers,
        'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
        'Content-Length': String(body.length),
      },
    });
  } catch {
    return plain(404, 'Not found');
  }
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range, clamped to the file; null when unsatisfiable. */
export function parseRange(header: string, size: number): { start: number; end: number } | null {
  const match = header.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match || size === 0) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  let start: number;
  let end: number;
  if (from === '') {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end =
      to === '' ? Math.min(size - 1, start + MAX_RANGE_BYTES - 1) : Math.min(size - 1, Number(to));
  }
  if (start >= size || end < start) return null;
  return { start, end };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
