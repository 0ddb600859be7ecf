/**
 * Decodes a photo straight to a small copy for the pose model. A JPEG is scaled while it is
 * decoded (WebCodecs' ImageDecoder with a desired size lets libjpeg skip most of the inverse DCT),
 * which on the 1600-pixel screen copy takes about a third of a full decode; where that is not
 * available the whole picture is decoded and then scaled.
 */

/** The size that fits `edge` on the long side, never larger than the photo. */
export function fitInside(
  width: number,
  height: number,
  edge: number,
): { width: number; height: number } {
  const factor = Math.max(1, Math.max(width, height) / edge);
  return {
    width: Math.max(1, Math.round(width / factor)),
    height: Math.max(1, Math.round(height / factor)),
  };
}

/**
 * The photo at about `size` (the decoder picks the nearest eighth of its own size that is not
 * larger, so the result may be a little smaller); the caller reads the bitmap's own size.
 */
export async function decodeSmall(
  photo: Blob,
  size: { width: number; height: number },
): Promise<ImageBitmap> {
  if (typeof ImageDecoder === 'function' && (await ImageDecoder.isTypeSupported(photo.type))) {
    const decoder = new ImageDecoder({
      data: photo.stream(),
      type: photo.type,
      desiredWidth: size.width,
      desiredHeight: size.height,
    });
    try {
      const { image } = await decoder.decode();
      try {
        return await createImageBitmap(image);
      } finally {
        image.close();
      }
    } finally {
      decoder.close();
    }
  }
  return createImageBitmap(photo, {
    resizeWidth: size.width,
    resizeHeight: size.height,
    resizeQuality: 'medium',
  });
}
