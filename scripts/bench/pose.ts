/**
 * `npm run bench -- pose`: the pose model on a 12-megapixel photo in Chromium, through the same
 * worker the annotator uses, on the photo's screen-sized copy as the annotator sends it.
 *
 * "Detection" runs from asking the app for the screen copy to having points: reading the copy,
 * decoding it straight to a small copy, both model passes with their inputs, and decoding the
 * output. Main makes the screen copy once per photo, on first use (other screens use it too); that
 * is timed once and printed apart, not in the figures. "Bare" is the two model calls alone (input
 * tensor in, outputs read back), timed inside the worker. Also the peak JS heap of the page and of
 * the pose worker while detecting (sampled through the DevTools protocol), and what the model
 * adds to the installed app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client } from '../../shared/domain/clients';
import { photoUrl } from '../../shared/domain/photos';
import { openStance, type StanceCore } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { openAppPage, rendererBuildDir } from './app-page';
import { withHeapPeaks, type HeapPeaks } from './heap-sampler';
import { printTable, summarize } from './stats';

const WIDTH = 3000;
const HEIGHT = 4000;
const RUNS = 12;
const TARGET_P95_MS = 2000;
const TARGET_RATIO = 1.5;
const HEAP_LIMIT_MB = 500;
const fixture = path.resolve(
  import.meta.dirname,
  '../../tests/fixtures/pose/walker-from-behind.png',
);

interface Run {
  totalMs: number;
  decodeMs: number;
  modelMs: number;
  heapMb: number;
}

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The walker photograph enlarged to a phone's 12 MP, with a phone's grain and file size. */
async function twelveMegapixelWalker(): Promise<Buffer> {
  // Fine grain over the enlarged photo, so the JPEG is as large (and as slow to decode) as a
  // phone's: the enlarged crop alone would compress to a fraction of that.
  const grain = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .png()
    .toBuffer();
  return sharp(fs.readFileSync(fixture))
    .resize(WIDTH, HEIGHT, { kernel: 'lanczos3' })
    .composite([{ input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function seedBackPhoto(core: StanceCore, jpeg: Buffer): Promise<PhotoInfo> {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Bench',
    lastName: 'Pose',
  });
  const { assessmentId } = await call<Assessment>(core, 'assessments:create', {
    clientId: client.id,
  });
  return call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view: 'posterior',
    fileName: 'IMG_0003.JPG',
    dataBase64: jpeg.toString('base64'),
  });
}

export async function benchPose(benchDir: string): Promise<boolean> {
  const jpeg = await twelveMegapixelWalker();
  const assets = path.join(rendererBuildDir, 'assets');
  const worker = fs.readdirSync(assets).find((file) => /^pose\.worker-.*\.js$/.test(file));
  if (!worker) throw new Error('Build the renderer first: no pose worker in out/renderer.');
  const dataDir = path.join(benchDir, 'pose');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const { browser, page } = await openAppPage(core, undefined, {
    args: ['--enable-precise-memory-info'],
  });
  try {
    const photo = await seedBackPhoto(core, jpeg);
    await page.goto(`${APP_ORIGIN}/`);
    const { result: measured, peaks } = await withHeapPeaks(page, () =>
      page.evaluate(
        async ({ worker, screenUrl, fullUrl, width, height, runs }) => {
          const detector = new Worker(`./assets/${worker}`, { type: 'module' });
          const modelBaseUrl = new URL('pose/', document.baseURI).href;
          const heap = () =>
            ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
              ?.usedJSHeapSize ?? 0) / 1e6;
          const read = async (url: string) => (await fetch(url)).blob();
          const once = (id: number, photo: Blob) =>
            new Promise<{ timings: { decodeMs: number; modelMs: number } }>((resolve, reject) => {
              detector.onmessage = (event: MessageEvent) => {
                const data = event.data as { ok: boolean; message?: string; timings: never };
                if (data.ok) resolve(data);
                else reject(new Error(data.message));
              };
              detector.postMessage({ id, photo, modelBaseUrl, width, height });
            });
          const copyStarted = performance.now();
          const screenCopy = await read(screenUrl);
          const makeCopyMs = performance.now() - copyStarted;
          await once(0, screenCopy); // loads the model and compiles the WebAssembly once
          const detect = async (id: number, url: string) => {
            const started = performance.now();
            const { timings } = await once(id, await read(url));
            return { totalMs: performance.now() - started, ...timings, heapMb: heap() };
          };
          const fromScreen = [];
          for (let id = 1; id <= runs; id++) fromScreen.push(await detect(id, screenUrl));
          const fromOriginal = [];
          for (let id = 1; id <= runs / 2; id++)
            fromOriginal.push(await detect(runs + id, fullUrl));
          detector.terminate();
          return { makeCopyMs, screenBytes: screenCopy.size, fromScreen, fromOriginal };
        },
        {
          worker,
          screenUrl: photoUrl(photo.hash, 'screen'),
          fullUrl: photoUrl(photo.hash),
          width: photo.width,
          height: photo.height,
          runs: RUNS,
        },
      ),
    );
    return report(measured, peaks, jpeg.length);
  } finally {
    await browser.close();
    core.close();
  }
}

function report(
  measured: { makeCopyMs: number; screenBytes: number; fromScreen: Run[]; fromOriginal: Run[] },
  peaks: HeapPeaks,
  jpegBytes: number,
): boolean {
  const runs = measured.fromScreen;
  const total = summarize(runs.map((run) => run.totalMs));
  const bare = summarize(runs.map((run) => run.modelMs));
  const decode = summarize(runs.map((run) => run.decodeMs));
  const original = summarize(measured.fromOriginal.map((run) => run.totalMs));
  const peakHeapMb = Math.max(...runs.map((run) => run.heapMb));
  const ratio = total.p95 / bare.p95;
  const poseDir = path.join(rendererBuildDir, 'pose');
  const workerDir = path.join(rendererBuildDir, 'assets');
  const bytes = [
    ...fs.readdirSync(poseDir).map((file) => path.join(poseDir, file)),
    ...fs
      .readdirSync(workerDir)
      .filter((file) => /^pose\.worker-.*\.js$/.test(file))
      .map((file) => path.join(workerDir, file)),
  ].reduce((sum, file) => sum + fs.statSync(file).size, 0);
  console.log(
    `\nPose detection: ${WIDTH}×${HEIGHT} JPEG (${(jpegBytes / 1e6).toFixed(1)} MB), ${runs.length} runs after one warm-up, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')} on ${os.availableParallelism()} cores`,
  );
  console.log(
    `Detection reads the photo's screen copy (1600 px, ${(measured.screenBytes / 1e3).toFixed(0)} kB), which main made once on first use in ${measured.makeCopyMs.toFixed(0)} ms (not in the figures below)`,
  );
  console.log(
    `Decode to the small copy p50 ${decode.p50.toFixed(0)} ms, p95 ${decode.p95.toFixed(0)} ms; the same detection from the 12 MP original: p50 ${original.p50.toFixed(0)} ms, p95 ${original.p95.toFixed(0)} ms`,
  );
  console.log(
    `Ratio p95 ${ratio.toFixed(2)}× the bare model calls (target at most ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'}`,
  );
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  const heapMet = peaks.together.usedMb < HEAP_LIMIT_MB && peakHeapMb < HEAP_LIMIT_MB;
  console.log(
    `Peak JS heap while detecting (${peaks.samples} samples every 50 ms, ${peaks.workersSeen} worker): page ${mb(peaks.page.usedMb)} (performance.memory after each run: ${mb(peakHeapMb)}), pose worker ${mb(peaks.worker.usedMb)}, both at once ${mb(peaks.together.usedMb)}; limit ${HEAP_LIMIT_MB} MB: ${heapMet ? 'met' : 'MISSED'}`,
  );
  console.log(
    `Outside the JS heap, ArrayBuffers and WebAssembly memory peaked at: page ${mb(peaks.page.buffersMb)}, pose worker ${mb(peaks.worker.buffersMb)}`,
  );
  console.log(
    `The model adds ${(bytes / 1e6).toFixed(1)} MB to the installed app (weights, WebAssembly, worker script)`,
  );
  return (
    printTable('Pose detection, bare = the two model calls on the resized input', [
      {
        operation: 'detect landmarks on a 12 MP photo',
        stance: total,
        bare,
        measure: 'p95',
        targetMs: TARGET_P95_MS,
      },
    ]) &&
    ratio <= TARGET_RATIO &&
    heapMet &&
    peaks.workersSeen > 0
  );
}
