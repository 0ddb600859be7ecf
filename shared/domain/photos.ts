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

/**
 * Smaller copies made from a stored photo on first use and kept beside it: `print` for paper
 * (reports), `screen` for showing photos large and switching between them quickly (the client
 * presentation). A 12 MP original takes hundreds of milliseconds to decode; a copy a tenth of it.
 */
export type SizedCopy = 'print' | 'screen';
export type PhotoSize = 'full' | SizedCopy;

export interface SizedCopySpec {
  /** At most this many pixels on the long edge. */
  readonly edge: number;
  /** JPEG quality: paper shows fine detail, a screen at arm's length needs less. */
  readonly quality: number;
  /** Appended to the photo's address to ask for the copy. */
  readonly suffix: `/${SizedCopy}`;
}

export const SIZED_COPIES: Readonly<Record<SizedCopy, SizedCopySpec>> = {
  print: { edge: 1600, quality: 88, suffix: '/print' },
  // A photo shown the full height of a 13-inch laptop's screen, at twice the pixels for a sharp one.
  screen: { edge: 1600, quality: 80, suffix: '/screen' },
};

export const PRINT_COPY_EDGE = SIZED_COPIES.print.edge;
export const PRINT_COPY_SUFFIX = SIZED_COPIES.print.suffix;

/** The address of a stored photo, relative to the app's origin. */
export function photoUrl(hash: string, size: PhotoSize = 'full'): string {
  return `${PHOTO_PATH_PREFIX}${hash}${size === 'full' ? '' : SIZED_COPIES[size].suffix}`;
}

/** The photo and the copy an address asks for, or null when it asks for none (see photoUrl). */
export function parsePhotoPath(pathname: string): { hash: string; size: PhotoSize } | null {
  if (!pathname.startsWith(PHOTO_PATH_PREFIX)) return null;
  const rest = pathname.slice(PHOTO_PATH_PREFIX.length);
  for (const size of Object.keys(SIZED_COPIES) as SizedCopy[]) {
    const { suffix } = SIZED_COPIES[size];
    if (rest.endsWith(suffix)) return { hash: rest.slice(0, -suffix.length), size };
  }
  return { hash: rest, size: 'full' };
}
