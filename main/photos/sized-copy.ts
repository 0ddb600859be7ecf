import fs from 'node:fs/promises';
import sharp from 'sharp';
import { SIZED_COPIES, type SizedCopy } from '../../shared/domain/photos';
import type { PhotoStore } from './store';

/**
 * The photo at print or screen size, made on first use and kept beside the photo. A 12 MP photo
 * makes a report several times slower to render and the presentation slow to move between visits,
 * for no difference a person can see. If the copy cannot be made, the full photo is answered
 * instead: slower beats nothing.
 */
export async function readSizedCopy(
  store: PhotoStore,
  hash: string,
  mediaType: string,
  size: SizedCopy,
): Promise<Buffer<ArrayBuffer>> {
  const copyPath = store.copyPathOf(hash, size);
  try {
    return await fs.readFile(copyPath);
  } catch {
    // Not made yet.
  }
  const original = await fs.readFile(store.pathOf(hash));
  const copy = await makeSizedCopy(original, mediaType, size);
  if (copy === original) return original;
  try {
    await writeWhole(copyPath, copy);
    return copy;
  } catch {
    return original;
  }
}

/** The copy made in memory; `original` itself when it cannot be made. */
export async function makeSizedCopy(
  original: Buffer<ArrayBuffer>,
  mediaType: string,
  size: SizedCopy,
): Promise<Buffer<ArrayBuffer>> {
  const { edge, quality } = SIZED_COPIES[size];
  try {
    const resized = sharp(original).resize(edge, edge, {
      fit: 'inside',
      withoutEnlargement: true,
    });
    return await (mediaType === 'image/png' ? resized.png() : resized.jpeg({ quality })).toBuffer();
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
