import fs from 'node:fs/promises';
import sharp from 'sharp';
import { PRINT_COPY_EDGE } from '../../shared/domain/photos';
import type { PhotoStore } from './store';

const PRINT_QUALITY = 88;

/**
 * The photo at print size, made on first use and kept beside the photo. A 12 MP photo makes a
 * report several times slower to render and several MB larger for no difference on paper. If the
 * copy cannot be made, the full photo is answered instead: a slower print beats no print.
 */
export async function readPrintCopy(
  store: PhotoStore,
  hash: string,
  mediaType: string,
): Promise<Buffer<ArrayBuffer>> {
  const copyPath = store.printCopyPathOf(hash);
  try {
    return await fs.readFile(copyPath);
  } catch {
    // Not made yet.
  }
  const original = await fs.readFile(store.pathOf(hash));
  try {
    const resized = sharp(original).resize(PRINT_COPY_EDGE, PRINT_COPY_EDGE, {
      fit: 'inside',
      withoutEnlargement: true,
    });
    const copy = await (
      mediaType === 'image/png' ? resized.png() : resized.jpeg({ quality: PRINT_QUALITY })
    ).toBuffer();
    await writeWhole(copyPath, copy);
    return copy;
  } catch {
    return original;
  }
}

/** Whole or not at all: a copy cut short by a power cut must never be served as the photo. */
async function writeWhole(target: string, bytes: Uint8Array): Promise<void> {
  const partial = `${target}.${process.pid}.partial`;
  const file = await fs.open(partial, 'w');
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  await fs.rename(partial, target);
}
