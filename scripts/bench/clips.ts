/**
 * Movement clips: importing a 30-second 1080p phone-like clip until the player shows its first
 * frame (target 3 s), and one frame step until the new frame is on screen (target p95 < 50 ms).
 * The import is timed twice: as parts (main's import, the page reading the file, opening the
 * assessment until its clip shows) added up, and as she does it (the file picked in the open
 * assessment until the new clip's first frame), less what the test bridge alone takes to carry
 * the bytes, which Electron does not pay.
 * Each beside a bare baseline: the import beside reading, hashing and writing the same bytes with no remux,
 * the step beside the same seek on a bare <video> of the same file in the same page. The player
 * draws a stepped frame over its <video> (from frames it decoded ahead), so a step counts until
 * that drawing has its frame number and the page's next frame is painted; the bare seek counts
 * until the <video> presents the frame and that frame is painted.
 *
 * The clip is made here, not downloaded: Chromium's own H.264 encoder (WebCodecs) encodes one
 * second at a phone's bitrate, and mediabunny writes it thirty times over into an MP4 with its
 * index at the end, as a phone writes it. It is kept in .bench/ and reused.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
} from 'mediabunny';
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { ClipInfo } from '../../shared/channels/clips';
import type { Client } from '../../shared/domain/clients';
import { openStance, type StanceCore } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { chromiumPath, openAppPage } from './app-page';
import { printTable, summarize } from './stats';

const SECONDS = 30;
const FPS = 30;
/** About what a phone writes at 1080p30 in H.264. */
const BITRATE = 16_000_000;
const IMPORT_RUNS = 3;
/** Two seconds of the clip, a squat's way down, stepped back to back: faster than any key repeats. */
const STEPS = 60;
/**
 * A key held down: operating systems repeat it at most about 30 times a second. Ten seconds of
 * the clip, past the frames the player decodes ahead, so the decoder must keep up as she steps.
 */
const HELD_STEPS = 300;
const HELD_EVERY_MS = 33;
/**
 * She turns to the clip and watches it a moment before stepping through it; the player meanwhile
 * decodes the frames ahead (about 3 s of work on a quiet two-core machine).
 */
const WATCH_MS = 5000;
/** Steps as she takes them through a squat, looking at each frame for as long as a glance takes. */
const LOOKED_AT_STEPS = 30;
const LOOK_MS = 150;

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

interface EncodedSecond {
  chunks: { data: number[]; key: boolean }[];
  description: number[];
}

/** One second of 1080p H.264 from Chromium's encoder: moving blocks with grain, like skin and floor. */
async function encodeOneSecond(): Promise<EncodedSecond> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    // tsx names functions with an `__name` helper; functions sent into the page need it there too.
    await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await page.route('https://encode.test/**', (route) =>
      route.fulfill({ body: '<html><body></body></html>', contentType: 'text/html' }),
    );
    await page.goto('https://encode.test/');
    return await page.evaluate(
      async ({ fps, bitrate }) => {
        const chunks: { data: number[]; key: boolean }[] = [];
        let description: number[] = [];
        const encoder = new VideoEncoder({
          output: (chunk, meta) => {
            const data = new Uint8Array(chunk.byteLength);
            chunk.copyTo(data);
            chunks.push({ data: Array.from(data), key: chunk.type === 'key' });
            const config = meta?.decoderConfig?.description;
            if (config)
              description = Array.from(
                ArrayBuffer.isView(config)
                  ? new Uint8Array(config.buffer, config.byteOffset, config.byteLength)
                  : new Uint8Array(config),
              );
          },
          error: (error) => {
            throw error;
          },
        });
        encoder.configure({
          codec: 'avc1.640028',
          width: 1920,
          height: 1080,
          bitrate,
          framerate: fps,
          avc: { format: 'avc' },
        });
        const canvas = new OffscreenCanvas(1920, 1080);
        const context = canvas.getContext('2d')!;
        const grain = new OffscreenCanvas(480, 270);
        const grainContext = grain.getContext('2d')!;
        const pixels = grainContext.createImageData(480, 270);
        for (let frame = 0; frame < fps; frame += 1) {
          for (let at = 0; at < pixels.data.length; at += 4) {
            const value = 90 + ((Math.random() * 90) | 0);
            pixels.data[at] = value;
            pixels.data[at + 1] = value - 20;
            pixels.data[at + 2] = value - 40;
            pixels.data[at + 3] = 255;
          }
          grainContext.putImageData(pixels, 0, 0);
          context.drawImage(grain, 0, 0, 1920, 1080);
          context.fillStyle = '#2a4d69';
          context.fillRect(600 + frame * 12, 200, 300, 700);
          const picture = new VideoFrame(canvas, {
            timestamp: (frame * 1e6) / fps,
            duration: 1e6 / fps,
          });
          encoder.encode(picture, { keyFrame: frame === 0 });
          picture.close();
        }
        await encoder.flush();
        return { chunks, description };
      },
      { fps: FPS, bitrate: BITRATE },
    );
  } finally {
    await browser.close();
  }
}

const clipFile = (benchDir: string) => path.join(benchDir, 'clip-30s-1080p.mp4');

async function thirtySecondClip(benchDir: string): Promise<Buffer> {
  const file = clipFile(benchDir);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const second = await encodeOneSecond();
  const output = new Output({ format: new Mp4OutputFormat(), target: new BufferTarget() });
  const source = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(source, { frameRate: FPS });
  await output.start();
  const description = new Uint8Array(second.description);
  for (let repeat = 0; repeat < SECONDS; repeat += 1) {
    for (const [index, chunk] of second.chunks.entries()) {
      const frame = repeat * FPS + index;
      const packet = new EncodedPacket(
        new Uint8Array(chunk.data),
        chunk.key ? 'key' : 'delta',
        frame / FPS,
        1 / FPS,
      );
      await source.add(
        packet,
        frame === 0
          ? {
              decoderConfig: {
                codec: 'avc1.640028',
                codedWidth: 1920,
                codedHeight: 1080,
                description,
              },
            }
          : undefined,
      );
    }
  }
  await output.finalize();
  const bytes = Buffer.from(output.target.buffer!);
  fs.mkdirSync(benchDir, { recursive: true });
  fs.writeFileSync(file, bytes);
  return bytes;
}

async function newDraft(core: StanceCore): Promise<string> {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Bench',
    lastName: 'Clip',
  });
  return (await call<Assessment>(core, 'assessments:create', { clientId: client.id })).assessmentId;
}

/** The file read in the page as the app reads a picked file (its bytes, as an ArrayBuffer). */
async function readInPage(page: Page, bytes: number): Promise<number> {
  return page.evaluate(async (size) => {
    const blob = new Blob([new Uint8Array(size).fill(7)]);
    const start = performance.now();
    new Uint8Array(await blob.arrayBuffer());
    return performance.now() - start;
  }, bytes);
}

/** The assessment opened with its clip, until the player has its first frame to show. */
async function openUntilPlayable(page: Page, assessmentId: string): Promise<number> {
  await page.goto(`${APP_ORIGIN}/#/clients`);
  await page.waitForSelector('main');
  const start = Date.now();
  await page.goto(`${APP_ORIGIN}/#/assessments/${assessmentId}`);
  await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('video.clip-video');
    return Boolean(video && video.readyState >= 2);
  });
  return Date.now() - start;
}

/**
 * As she adds a clip: the assessment open at its clips, the file picked, until the player shows
 * the new clip's first frame. Timed in the page from the picker's change event.
 */
async function pickUntilPlayable(page: Page, assessmentId: string, file: string): Promise<number> {
  await page.goto(`${APP_ORIGIN}/#/clients`);
  await page.waitForSelector('main');
  await page.goto(`${APP_ORIGIN}/#/assessments/${assessmentId}`);
  const picker = page.locator('[data-clip-file]');
  await picker.waitFor({ state: 'attached' });
  await picker.evaluate((input: HTMLInputElement) => {
    input.addEventListener('change', () => Reflect.set(window, '__picked', performance.now()), {
      capture: true,
      once: true,
    });
  });
  await picker.setInputFiles(file);
  const handle = await page.waitForFunction(
    () => {
      const video = document.querySelector<HTMLVideoElement>('video.clip-video');
      const picked = Reflect.get(window, '__picked') as number | undefined;
      return video && picked !== undefined && video.readyState >= 2
        ? performance.now() - picked
        : null;
    },
    undefined,
    // The test bridge's base64 copy of 61 MB alone takes over a minute on a loaded two-core machine.
    { polling: 'raf', timeout: 240_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * What the test bridge alone takes to carry the clip's bytes from the page to main (Playwright's
 * binding encodes them as text over the DevTools protocol, with the page busy meanwhile); Electron's
 * IPC copies them once. The same call with an assessment that does not exist: carried, refused.
 */
async function bridgeCarrying(page: Page, bytes: number): Promise<number> {
  return page.evaluate(async (size) => {
    const stance = Reflect.get(window, 'stance') as {
      invoke: (channel: string, payload: unknown) => Promise<unknown>;
    };
    const data = new Uint8Array(size).fill(7);
    const start = performance.now();
    await stance.invoke('clips:add', {
      assessmentId: '00000000-0000-4000-8000-000000000000',
      tag: { screen: 'overhead-squat', view: 'front', side: null },
      fileName: 'bench.mp4',
      data,
    });
    return performance.now() - start;
  }, bytes);
}

/**
 * Steps one frame and waits until that frame is presented; `bare` does it on a bare <video>.
 * `pauseMs` waits after each frame is shown; `everyMs` starts a step at most that often, as a
 * held key repeats (a step that takes longer is followed at once).
 */
async function stepTimes(
  page: Page,
  bare: boolean,
  steps: number,
  { pauseMs = 0, everyMs = 0 } = {},
): Promise<number[]> {
  return page.evaluate(
    async ({ bare, steps, pauseMs, everyMs }) => {
      const player = document.querySelector<HTMLVideoElement>('video.clip-video')!;
      const stage = document.querySelector<HTMLElement>('.clip-stage')!;
      const still = document.querySelector<HTMLCanvasElement>('canvas.clip-still')!;
      let video = player;
      if (bare) {
        video = document.createElement('video');
        video.muted = true;
        video.src = player.currentSrc;
        video.style.cssText = 'position:fixed;left:0;top:0;width:640px';
        document.body.append(video);
        await new Promise((resolve) =>
          video.addEventListener('loadeddata', resolve, { once: true }),
        );
      }
      const fps = 30;
      // On screen: the page's next frame has begun (rAF) and its paint is done and handed to
      // the compositor (the task after it). Counting only to the rAF left out the paint, which
      // on a loaded machine is most of a step.
      const afterPaint = (resolve: (at: number) => void) => () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      };
      const presented = () =>
        new Promise<number>((resolve) => video.requestVideoFrameCallback(afterPaint(resolve)));
      const drawn = (target: number) =>
        new Promise<number>((resolve) => {
          const done = () => requestAnimationFrame(afterPaint(resolve));
          const observer = new MutationObserver(() => {
            if (still.hidden || still.dataset.frame !== String(target)) return;
            observer.disconnect();
            done();
          });
          observer.observe(still, { attributes: true });
        });
      const times: number[] = [];
      for (let step = 0; step < steps; step += 1) {
        const shown = bare ? presented() : drawn(Number(player.dataset.frame) + 1);
        const start = performance.now();
        if (bare) video.currentTime = (Math.floor(video.currentTime * fps + 1e-6) + 1.5) / fps;
        else
          stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        times.push((await shown) - start);
        const wait = Math.max(pauseMs, start + everyMs - performance.now());
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      if (bare) video.remove();
      return times;
    },
    { bare, steps, pauseMs, everyMs },
  );
}

export async function benchClips(benchDir: string): Promise<boolean> {
  const clip = await thirtySecondClip(benchDir);
  const dataDir = path.join(benchDir, 'clips');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const { browser, page } = await openAppPage(core);
  try {
    const imports: number[] = [];
    const bare: number[] = [];
    let assessmentId = '';
    for (let run = 0; run < IMPORT_RUNS; run += 1) {
      assessmentId = await newDraft(core);
      const start = performance.now();
      await call<ClipInfo>(core, 'clips:add', { assessmentId, tag: FRONT, data: clip });
      imports.push(performance.now() - start);
      const bareStart = performance.now();
      const bytes = Buffer.from(clip);
      const target = path.join(dataDir, `bare-${run}`);
      createHash('sha256').update(bytes).digest('hex');
      const fd = fs.openSync(target, 'w');
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      bare.push(performance.now() - bareStart);
    }
    const reads: number[] = [];
    const opens: number[] = [];
    for (let run = 0; run < IMPORT_RUNS; run += 1) {
      reads.push(await readInPage(page, clip.length));
      opens.push(await openUntilPlayable(page, assessmentId));
    }
    const whole = imports.map((ms, index) => ms + reads[index]! + opens[index]!);
    const picks: number[] = [];
    for (let run = 0; run < IMPORT_RUNS; run += 1)
      picks.push(await pickUntilPlayable(page, await newDraft(core), clipFile(benchDir)));
    const bridge: number[] = [];
    for (let run = 0; run < IMPORT_RUNS; run += 1)
      bridge.push(await bridgeCarrying(page, clip.length));
    const bareWhole = bare.map((ms, index) => ms + reads[index]!);

    // Stepping starts on the page loaded afresh and the clip opened, as she opens the assessment:
    // the test bridge's base64 copies of the clip above leave this page hundreds of megabytes to
    // collect, which Electron's IPC does not, and collecting them held up one step in eight.
    await page.reload();
    await openUntilPlayable(page, assessmentId);
    // The arrow keys step once the player has the focus (a click or Tab), as here.
    await page.focus('.clip-stage');
    await page.waitForTimeout(WATCH_MS);
    await stepTimes(page, false, 3);
    const steps = await stepTimes(page, false, STEPS);
    const bareSteps = await stepTimes(page, true, STEPS);
    const held = await stepTimes(page, false, HELD_STEPS, { everyMs: HELD_EVERY_MS });
    const bareHeld = await stepTimes(page, true, HELD_STEPS, { everyMs: HELD_EVERY_MS });
    const lookedAt = await stepTimes(page, false, LOOKED_AT_STEPS, { pauseMs: LOOK_MS });
    const bareLookedAt = await stepTimes(page, true, LOOKED_AT_STEPS, { pauseMs: LOOK_MS });

    const load = os.loadavg().map((value) => value.toFixed(2));
    console.log(
      `\nMovement clips: ${SECONDS} s of 1080p${FPS} H.264, ${(clip.length / 1e6).toFixed(1)} MB, index at the end; machine load ${load.join(' ')}`,
    );
    console.log(
      `import parts (p50): read in the page ${summarize(reads).p50.toFixed(0)} ms, main (decode, sniff, remux, hash, write, row) ${summarize(imports).p50.toFixed(0)} ms, page open until the first frame ${summarize(opens).p50.toFixed(0)} ms`,
    );
    console.log(
      `* picking as timed: p50 ${summarize(picks).p50.toFixed(0)} ms, of which the test bridge carrying ${(clip.length / 1e6).toFixed(1)} MB to main takes p50 ${summarize(bridge).p50.toFixed(0)} ms (Playwright sends bytes to Node as base64 text over the DevTools protocol; Electron's IPC copies them once), so the row takes each run's bridge time out`,
    );
    return printTable('Movement clips, bare = hash and write the bytes / seek a bare <video>', [
      {
        operation: 'import a 30 s 1080p clip until playable (parts)',
        stance: summarize(whole),
        bare: summarize(bareWhole),
        measure: 'max',
        targetMs: 3000,
      },
      {
        operation: 'pick it until playable, less the bridge*',
        stance: summarize(picks.map((ms, index) => ms - bridge[index]!)),
        bare: summarize(bareWhole),
        measure: 'max',
        targetMs: 3000,
      },
      {
        operation: `one frame step until on screen, ${STEPS} back to back`,
        stance: summarize(steps),
        bare: summarize(bareSteps),
        measure: 'p95',
        targetMs: 50,
      },
      {
        operation: `the same, a held key: ${HELD_STEPS} steps ${HELD_EVERY_MS} ms apart`,
        stance: summarize(held),
        bare: summarize(bareHeld),
        measure: 'p95',
        targetMs: 50,
      },
      {
        operation: `the same, ${LOOK_MS} ms to look between steps`,
        stance: summarize(lookedAt),
        bare: summarize(bareLookedAt),
        measure: 'p95',
        targetMs: 50,
      },
    ]);
  } finally {
    await browser.close();
    core.close();
  }
}

const FRONT = { screen: 'overhead-squat', view: 'front', side: null } as const;
