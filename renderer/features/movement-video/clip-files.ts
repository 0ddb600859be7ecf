/** Turning a picked file or a recording into what `clips:add` takes. */
import { MAX_CLIP_BYTES, clipTooLargeMessage } from '../../../shared/domain/movement/clips';

/** What the picker offers; anything else picked is still sent, and main says what it is. */
export const CLIP_FILE_ACCEPT = [
  'video/mp4',
  'video/quicktime',
  'video/webm',
  '.mp4',
  '.m4v',
  '.mov',
  '.webm',
].join(',');

export type ClipBytes =
  { ok: true; data: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

/**
 * The size is checked from what the system says before a single byte is read, so an hour-long
 * file is refused at once instead of filling the memory first.
 */
export async function readClip(file: Blob, fileName: string): Promise<ClipBytes> {
  if (file.size > MAX_CLIP_BYTES) return { ok: false, message: clipTooLargeMessage(fileName) };
  if (file.size === 0) return { ok: false, message: 'That file is empty.' };
  try {
    return { ok: true, data: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return {
      ok: false,
      message: 'The clip could not be read. It may have been moved or deleted. Choose it again.',
    };
  }
}
