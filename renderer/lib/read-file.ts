/** Turning a picked, dropped or captured file into what the image channels take. */
import { MAX_PHOTO_BASE64 } from '../../shared/channels/photos';

/** What a file picker for photos offers; anything else dropped in is still sent, and main explains. */
export const IMAGE_FILE_ACCEPT = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/heic',
  'image/heif',
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.avif',
  '.heic',
  '.heif',
].join(',');

/** The largest file whose base64 text main accepts (4 characters carry 3 bytes). */
export const MAX_IMAGE_FILE_BYTES = Math.floor(MAX_PHOTO_BASE64 / 4) * 3;

/** The file's bytes as base64; null if it could not be read (moved, deleted, unreadable). */
export function readFileAsBase64(file: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : null);
    };
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
}
