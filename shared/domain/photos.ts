/**
 * Raster image types Stance stores and shows. Nothing else is ever stored as a photo, and the
 * photo server refuses anything else, so a record can never carry HTML or SVG into the window.
 */
export const photoMediaTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/avif',
] as const;

export type PhotoMediaType = (typeof photoMediaTypes)[number];

export function isPhotoMediaType(value: string): value is PhotoMediaType {
  return (photoMediaTypes as readonly string[]).includes(value);
}

/**
 * Photos are served on the app's own origin, under this path, so the page, the print window and
 * the browser tests all load them as same-origin images with `img-src 'self'`.
 */
export const PHOTO_PATH_PREFIX = '/photos/';

/** `print` is a copy at most PRINT_COPY_EDGE pixels on its long edge: plenty for paper, and quick. */
export type PhotoSize = 'full' | 'print';
export const PRINT_COPY_EDGE = 1600;
export const PRINT_COPY_SUFFIX = '/print';

/** The address of a stored photo, relative to the app's origin. */
export function photoUrl(hash: string, size: PhotoSize = 'full'): string {
  return `${PHOTO_PATH_PREFIX}${hash}${size === 'print' ? PRINT_COPY_SUFFIX : ''}`;
}
