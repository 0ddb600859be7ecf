/**
 * Adding a 12-megapixel phone photo (4000×3000 JPEG lying on its side, EXIF orientation 6) through
 * the real `photos:add` channel: base64 decode, sniff, turn upright, strip, re-encode, preview,
 * hash, write and fsync, row. Printed beside a bare sharp decode + encode of the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client } from '../../shared/domain/clients';
import { openStance, type StanceCore } from '../../main/stance';
import { printTable, summarize, timeEach } from './stats';

const RUNS = 10;
const TARGET_MS = 500;

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Blurred noise compresses about like a real photo (a few MB at quality 92). */
async function phonePhoto(): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .blur(1.5)
    .jpeg({ quality: 92 })
    .withExif({ IFD0: { Make: 'BenchCam', Model: 'B1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Prints the table and answers whether the target was met. */
export async function benchPhotos(benchDir: string): Promise<boolean> {
  const dataDir = path.join(benchDir, 'photos');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const core = await openStance({ dataDir, appVersion: 'bench' });
  try {
    const client = await call<Client>(core, 'clients:create', {
      firstName: 'Bench',
      lastName: 'Photo',
    });
    const { assessmentId } = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
    });
    const original = await phonePhoto();
    const dataBase64 = original.toString('base64');
    const runs = Array.from({ length: RUNS }, (_, index) => index);

    const stance = await timeEach(runs, async () => {
      const photo = await call<PhotoInfo>(core, 'photos:add', {
        assessmentId,
        view: 'anterior',
        fileName: 'IMG_0001.JPG',
        dataBase64,
      });
      // The re-encoded bytes are the same every run; without this the store would skip the write.
      await call(core, 'photos:remove', { id: photo.id });
      core.session!.photos.remove(photo.hash);
    });
    const bare = await timeEach(runs, () => sharp(original).jpeg({ quality: 90 }).toBuffer());

    console.log(
      `\nPhoto file: ${(original.length / 1e6).toFixed(1)} MB JPEG, 4000×3000, EXIF orientation 6`,
    );
    return printTable('Photo import (12 MP JPEG), bare = sharp decode + encode', [
      {
        operation: 'photos:add (orient, strip, preview, store)',
        stance: summarize(stance),
        bare: summarize(bare),
        measure: 'p95',
        targetMs: TARGET_MS,
      },
    ]);
  } finally {
    core.close();
  }
}
