/**
 * A 12-megapixel phone photo as HEIC through `photos:add`, beside the same picture as JPEG in the
 * same process and run, with the process's peak memory. The HEIC is made with Debian's heif-enc
 * (libheif-examples), which Stance itself does not need; without it the section says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { ChildResult } from './heic-import-child';
import { summarize } from './stats';

const RUNS = 8;
const TARGET_P95_MS = 1500;
const TARGET_RATIO = 2.5;
const TARGET_PEAK_MB = 400;

function hasHeifEnc(): boolean {
  return spawnSync('heif-enc', ['--version']).error === undefined;
}

/** Blurred noise with a subject, about like a real photo; upright 3000×4000 as a phone held up. */
async function makePhoto(jpegFile: string, heicFile: string): Promise<void> {
  await sharp({
    create: {
      width: 3000,
      height: 4000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .blur(1.5)
    .jpeg({ quality: 92 })
    .toFile(jpegFile);
  execFileSync('heif-enc', ['-q', '60', '-o', heicFile, jpegFile], { stdio: 'ignore' });
}

/** Prints the figures and answers whether every target was met (true when skipped). */
export async function benchHeic(benchDir: string): Promise<boolean> {
  console.log('\nHEIC photo import (12 MP), beside the same picture as JPEG');
  if (!hasHeifEnc()) {
    console.log('  skipped: heif-enc is not installed (apt-get install libheif-examples)');
    return true;
  }
  const dir = path.join(benchDir, 'heic');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const jpegFile = path.join(dir, 'photo.jpg');
  const heicFile = path.join(dir, 'photo.heic');
  await makePhoto(jpegFile, heicFile);

  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'heic-import-child.ts'),
      path.join(dir, 'data'),
      heicFile,
      jpegFile,
      String(RUNS),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`HEIC bench child failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout.slice(child.stdout.indexOf('{'))) as ChildResult;
  const heic = summarize(result.heicMs);
  const jpeg = summarize(result.jpegMs);
  const ratio = heic.p95 / jpeg.p95;
  const mb = (file: string) => (fs.statSync(file).size / 1e6).toFixed(1);
  const checks = [
    heic.p95 < TARGET_P95_MS,
    ratio <= TARGET_RATIO,
    result.peakRssMb < TARGET_PEAK_MB,
  ];
  console.log(
    `  files: HEIC ${mb(heicFile)} MB, JPEG ${mb(jpegFile)} MB, 3000×4000; load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
  );
  console.log(
    `  HEIC photos:add   p50 ${heic.p50.toFixed(0)} ms, p95 ${heic.p95.toFixed(0)} ms   target p95 < ${TARGET_P95_MS} ms ${checks[0] ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  JPEG photos:add   p50 ${jpeg.p50.toFixed(0)} ms, p95 ${jpeg.p95.toFixed(0)} ms   HEIC/JPEG ${ratio.toFixed(2)}x   target ≤ ${TARGET_RATIO}x ${checks[1] ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  peak memory of the importing process ${result.peakRssMb.toFixed(0)} MB (${result.baselineRssMb.toFixed(0)} MB after opening)   target < ${TARGET_PEAK_MB} MB ${checks[2] ? 'met' : 'MISSED'}`,
  );
  return checks.every(Boolean);
}
