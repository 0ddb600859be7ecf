import libheif, { type HeifImage } from 'libheif-js/wasm-bundle.js';

/** The primary picture of an HEIC or HEIF file as upright RGBA pixels. */
export interface DecodedHeic {
  width: number;
  height: number;
  rgba: Buffer;
  hasAlpha: boolean;
}

export class HeicUnreadable extends Error {}

/**
 * Decodes the file's primary image with libheif (WebAssembly, so nothing native to build and
 * nothing fetched at install). libheif applies the container's own rotation and mirroring (irot,
 * imir) and crop, which is how HEIF records which way is up; the EXIF orientation inside the file
 * is not applied on top, as the HEIF standard says, or an iPhone photo would turn twice. Depth
 * maps, Live Photo parts, thumbnails and other auxiliary images are never decoded, and only
 * pixels leave this function, so none of the file's metadata can reach the stored photo.
 */
export async function decodeHeicHere(bytes: Uint8Array): Promise<DecodedHeic> {
  const decoder = new libheif.HeifDecoder();
  const images = decoder.decode(bytes);
  try {
    const primary = images.find((image) => image.is_primary()) ?? images[0];
    if (!primary) throw new HeicUnreadable('no image in the file');
    return await toRgba(primary);
  } finally {
    for (const image of images) image.free();
    decoder.decoder?.delete();
  }
}

function toRgba(image: HeifImage): Promise<DecodedHeic> {
  const width = image.get_width();
  const height = image.get_height();
  if (!(width > 0 && height > 0)) return Promise.reject(new HeicUnreadable('no picture size'));
  return new Promise((resolve, reject) => {
    const target = { data: new Uint8ClampedArray(width * height * 4), width, height };
    image.display(target, (result) => {
      if (!result) {
        reject(new HeicUnreadable('the picture data could not be decoded'));
        return;
      }
      resolve({
        width,
        height,
        rgba: Buffer.from(result.data.buffer, result.data.byteOffset, result.data.byteLength),
        hasAlpha: image.has_alpha_channel(),
      });
    });
  });
}
