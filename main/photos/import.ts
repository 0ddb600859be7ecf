import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { AppError } from '../../shared/errors';
import type { PhotoRow } from '../db/repositories/photos';
import type { Stores } from '../db/stores/stores';
import { addPhotoTo } from './add-photo';
import { decodeHeic } from './heic';
import { sniffImage, type Readable } from './sniff';

export const THUMBNAIL_EDGE = 320;
const PHOTO_QUALITY = 90;
const THUMBNAIL_QUALITY = 78;

/** A photo ready to store: upright, nothing but pixels, with its preview. */
export interface PreparedPhoto {
  data: Buffer;
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * `truncated` refuses a file cut short (an interrupted copy) but lets through the small format
 * warnings many phone cameras produce, which would otherwise refuse good photos.
 */
const decodeOptions: SharpOptions = { failOn: 'truncated' };
// Huffman optimisation is an extra pass over a 12 MP photo: about a third of the encode time for
// a file ~2% smaller. The photo is kept at full size, so speed wins; the small preview keeps it.

const refuse = (message: string): never => {
  throw new AppError('invalid-input', message, [{ path: 'dataBase64', message }]);
};

function refuseUnreadable(looksLike: string, fileName: string): never {
  return refuse(
    `${named(fileName)} is not a photo Stance can read (it looks like ${looksLike}). Use a JPEG, PNG or HEIC photo.`,
  );
}

const named = (fileName: string): string =>
  fileName.trim() ? `“${fileName.trim().slice(0, 80)}”` : 'This file';

/**
 * Decodes the file by what its bytes are, turns it upright by its EXIF orientation, and encodes a
 * fresh copy. The fresh copy carries no metadata at all (no GPS, camera, dates, ICC): colours are
 * converted to sRGB first, which is what an untagged image is shown as, so nothing shifts.
 */
export interface PrepareOptions {
  /** Scales a larger photo down to fit this many pixels on its long edge; never up. */
  maxEdge?: number;
  /** Keeps every image as PNG (logos: sharp edges and transparency), not only PNGs. */
  alwaysPng?: boolean;
}

export async function preparePhoto(
  bytes: Uint8Array,
  fileName = '',
  { maxEdge, alwaysPng = false }: PrepareOptions = {},
): Promise<PreparedPhoto> {
  const sniffed = sniffImage(bytes);
  if (sniffed.kind === 'refused') return refuseUnreadable(sniffed.looksLike, fileName);
  const { open, hasAlpha } = await decodedSource(bytes, sniffed.format).catch(() =>
    refuseDamaged(fileName),
  );

  const keepPng = alwaysPng || sniffed.format === 'png';
  const upright = () => open().autoOrient();
  const sized = () =>
    maxEdge === undefined
      ? upright()
      : upright().resize(maxEdge, maxEdge, { fit: 'inside', withoutEnlargement: true });
  try {
    const [full, thumbnail] = await Promise.all([
      (keepPng
        ? sized().png()
        : withoutAlpha(sized(), hasAlpha).jpeg({ quality: PHOTO_QUALITY, optimiseCoding: false })
      ).toBuffer({ resolveWithObject: true }),
      withoutAlpha(upright(), hasAlpha)
        .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: THUMBNAIL_QUALITY })
        .toBuffer(),
    ]);
    return {
      data: full.data,
      mediaType: keepPng ? 'image/png' : 'image/jpeg',
      width: full.info.width,
      height: full.info.height,
      thumbnail,
    };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message))
      return refuse(`${named(fileName)} has too many pixels for Stance. Use a smaller copy.`);
    return refuseDamaged(fileName);
  }
}

function refuseDamaged(fileName: string): never {
  return refuse(
    `${named(fileName)} looks like a photo but could not be read: it may be damaged or incomplete. Copy or export it again and retry.`,
  );
}

/** The picture ready for sharp: the file itself, or HEIC's upright pixels from libheif. */
interface Source {
  open: () => Sharp;
  hasAlpha: boolean;
}

async function decodedSource(bytes: Uint8Array, format: Readable): Promise<Source> {
  if (format === 'heic') {
    const { width, height, channels, pixels } = await decodeHeic(bytes);
    return {
      open: () => sharp(pixels, { raw: { width, height, channels } }),
      hasAlpha: channels === 4,
    };
  }
  const meta = await sharp(bytes, decodeOptions).metadata();
  if (!matches(format, meta.format, meta.compression)) throw new Error('format mismatch');
  return { open: () => sharp(bytes, decodeOptions), hasAlpha: meta.hasAlpha };
}

/** sharp reports AVIF as `heif` with AV1 compression; HEVC-compressed `heif` is HEIC. */
function matches(sniffed: Readable, format: string | undefined, compression?: string): boolean {
  if (sniffed === 'avif') return format === 'heif' && compression === 'av1';
  return format === sniffed;
}

/** JPEG has no transparency; transparent parts become white as they would on paper. */
function withoutAlpha(image: Sharp, hasAlpha: boolean): Sharp {
  return hasAlpha ? image.flatten({ background: '#ffffff' }) : image;
}

export interface PhotoToImport {
  assessmentId: string;
  revision: number;
  view: string;
  fileName: string;
  bytes: Uint8Array;
  /** JSON of the movement tag, for a frame kept from a clip. */
  movement?: string | null;
}

/**
 * Prepares the photo, then writes the file and its row in one transaction. `beforeStore` runs
 * inside it, after the slow decoding and right before anything is written, so a check it makes
 * (the assessment is still a draft) holds when the row commits.
 */
export async function importPhoto(
  stores: Stores,
  photo: PhotoToImport,
  now: () => Date,
  beforeStore: (stores: Stores) => Promise<void> = () => Promise.resolve(),
): Promise<PhotoRow> {
  const prepared = await preparePhoto(photo.bytes, photo.fileName);
  return stores.transaction(async (inside) => {
    await beforeStore(inside);
    return addPhotoTo(
      inside,
      {
        assessmentId: photo.assessmentId,
        revision: photo.revision,
        view: photo.view,
        mediaType: prepared.mediaType,
        width: prepared.width,
        height: prepared.height,
        landmarks: '{"points":{}}',
        movement: photo.movement ?? null,
        thumbnail: prepared.thumbnail,
        data: prepared.data,
      },
      now(),
    );
  });
}
