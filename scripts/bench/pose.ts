/**
 * `npm run bench -- pose`: the pose model on a 12-megapixel photo in Chromium, through the same
 * worker the annotator uses. "Detection" is from handing the worker the JPEG to having points
 * (decode to a small copy, both passes, decoding the output); "bare" is the model calls alone on
 * the already-resized input, timed inside the worker. Also the JS heap while detecting and what
 * the model adds to the installed app.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { openStance } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { openAppPage, rendererBuildDir } from './app-page';
import { printTable, summarize } from './stats';

const WIDTH = 3000;
const HEIGHT = 4000;
const RUNS = 12;
const TARGET_P95_MS = 2000;
const HEAP_LIMIT_MB = 500;
const fixture = path.resolve(
  import.meta.dirname,
  '../../tests/fixtures/pose/walker-from-behind.png',
);

interface Run {
  totalMs: number;
  decodeAndResizeMs: number;
  modelMs: number;
  heapMb: number;
}

export async function benchPose(benchDir: string): Promise<boolean> {
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
  const jpeg = await sharp(fs.readFileSync(fixture))
    .resize(WIDTH, HEIGHT, { kernel: 'lanczos3' })
    .composite([{ input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 92 })
    .toBuffer();
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
    await page.goto(`${APP_ORIGIN}/`);
    const runs = await page.evaluate(
      async ({ worker, base64, width, height, runs }) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const photo = new Blob([bytes], { type: 'image/jpeg' });
        const detector = new Worker(`./assets/${worker}`, { type: 'module' });
        const modelBaseUrl = new URL('pose/', document.baseURI).href;
        const heap = () =>
          ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
            ?.usedJSHeapSize ?? 0) / 1e6;
        const once = (id: number) =>
          new Promise<{ timings: { decodeAndResizeMs: number; modelMs: number } }>(
            (resolve, reject) => {
              detector.onmessage = (event: MessageEvent) => {
                const data = event.data as { ok: boolean; message?: string; timings: never };
                if (data.ok) resolve(data);
                else reject(new Error(data.message));
              };
              detector.postMessage({ id, photo, modelBaseUrl, width, height });
            },
          );
        await once(0); // loads the model and compiles the WebAssembly once, as the first use does
        const out = [];
        for (let id = 1; id <= runs; id++) {
          const started = performance.now();
          const { timings } = await once(id);
          out.push({ totalMs: performance.now() - started, ...timings, heapMb: heap() });
        }
        detector.terminate();
        return out;
      },
      { worker, base64: jpeg.toString('base64'), width: WIDTH, height: HEIGHT, runs: RUNS },
    );
    return report(runs, jpeg.length);
  } finally {
    await browser.close();
    core.close();
  }
}

function report(runs: Run[], jpegBytes: number): boolean {
  const total = summarize(runs.map((run) => run.totalMs));
  const bare = summarize(runs.map((run) => run.modelMs));
  const decode = summarize(runs.map((run) => run.decodeAndResizeMs));
  const peakHeapMb = Math.max(...runs.map((run) => run.heapMb));
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
    `\nPose detection: ${WIDTH}×${HEIGHT} JPEG (${(jpegBytes / 1e6).toFixed(1)} MB), ${runs.length} runs after one warm-up; decode and resize p50 ${decode.p50.toFixed(0)} ms, p95 ${decode.p95.toFixed(0)} ms; ratio p95 ${(total.p95 / bare.p95).toFixed(2)}× the bare model calls`,
  );
  console.log(
    `Page JS heap at most ${peakHeapMb.toFixed(1)} MB while detecting (limit ${HEAP_LIMIT_MB} MB; the worker's tensors live in WebAssembly memory, not this heap)`,
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
    ]) && peakHeapMb < HEAP_LIMIT_MB
  );
}
