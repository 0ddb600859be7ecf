import libheif, { type HeifImage } from 'libheif-js/wasm-bundle.js';

/** The primary picture of an HEIC or HEIF file as upright RGB or RGBA pixels, rows packed. */
export interface DecodedHeic {
  width: number;
  height: number;
  channels: 3 | 4;
  pixels: Buffer;
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
    return await toPixels(primary);
  } finally {
    for (const image of images) image.free();
    decoder.decoder?.delete();
  }
}

/** RGB unless the picture has transparency: a quarter less memory and copying than RGBA. */
async function toPixels(image: HeifImage): Promise<DecodedHeic> {
  const channels = image.has_alpha_channel() ? 4 : 3;
  const chroma =
    channels === 4
      ? libheif.heif_chroma.heif_chroma_interleaved_RGBA
      : libheif.heif_chroma.heif_chroma_interleaved_RGB;
  const decoded = await libheif.heif_js_decode_image2(
    image.handle,
    libheif.heif_colorspace.heif_colorspace_RGB,
    chroma,
  );
  if (decoded.code !== undefined) throw new HeicUnreadable('the picture could not be decoded');
  try {
    const plane = decoded.channels.find(
      (channel) => channel.id === libheif.heif_channel.heif_channel_interleaved,
    );
    if (!plane || !(plane.width > 0 && plane.height > 0))
      throw new HeicUnreadable('the picture has no pixels');
    return {
      width: plane.width,
      height: plane.height,
      channels,
      pixels: packRows(plane.data, plane.width * channels, plane.stride, plane.height),
    };
  } finally {
    libheif.heif_image_release(decoded.image);
  }
}

/**
 * A copy of the pixels with rows back to back, as sharp takes them: libheif pads each row to its
 * stride, and its plane is a view into the decoder's memory, which is reused once released.
 */
function packRows(data: Uint8Array, rowBytes: number, stride: number, rows: number): Buffer {
  const packed = Buffer.allocUnsafe(rowBytes * rows);
  if (stride === rowBytes) {
    packed.set(data.subarray(0, rowBytes * rows));
    return packed;
  }
  for (let row = 0; row < rows; row += 1)
    packed.set(data.subarray(row * stride, row * stride + rowBytes), row * rowBytes);
  return packed;
}
