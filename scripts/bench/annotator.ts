/**
 * Dragging a landmark in the annotator on a 12-megapixel photo: the page's frame intervals
 * (requestAnimationFrame) while the mouse drags the right shoulder tip for about two seconds,
 * printed beside the same page left idle. "Stays at 60 fps" means the drag frames keep the
 * 16.7 ms rhythm: p95 within a frame plus timer jitter, and next to no frame missed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client } from '../../shared/domain/clients';
import type { LandmarkSet } from '../../shared/domain/photo-views';
import { openStance, type StanceCore } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { openAppPage } from './app-page';
import { printTable, summarize, type Timing } from './stats';

const WIDTH = 3000;
const HEIGHT = 4000;
const DRAG_MS = 2000;
export const FRAME_MS = 1000 / 60;
/** One 60 Hz frame plus the jitter of rAF timestamps. */
export const TARGET_P95_MS = 17.5;

export async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A portrait 12 MP JPEG like a phone's; made once and kept, since encoding it takes a while. */
async function twelveMegapixelJpeg(benchDir: string): Promise<Buffer> {
  const file = path.join(benchDir, 'annotator-12mp.jpg');
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const jpeg = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .blur(1.5)
    .jpeg({ quality: 92 })
    .toBuffer();
  fs.mkdirSync(benchDir, { recursive: true });
  fs.writeFileSync(file, jpeg);
  return jpeg;
}

/** A front view half annotated, so the drag redraws lines and labels as it would in use. */
const landmarks: LandmarkSet = {
  points: {
    'eye-right': { x: 1400, y: 600 },
    'eye-left': { x: 1600, y: 610 },
    'acromion-right': { x: 1100, y: 1100 },
    'acromion-left': { x: 1900, y: 1120 },
    'iliac-crest-right': { x: 1150, y: 2000 },
    'iliac-crest-left': { x: 1850, y: 1990 },
    'greater-trochanter-right': { x: 1100, y: 2300 },
    'knee-right': { x: 1200, y: 3000 },
    'ankle-right': { x: 1250, y: 3700 },
  },
  plumbLine: { x: 1500, angleDeg: 0.8 },
  calibration: { a: { x: 2600, y: 1000 }, b: { x: 2600, y: 3000 }, lengthCm: 100 },
};

async function seedPhoto(core: StanceCore, jpeg: Buffer) {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Bench',
    lastName: 'Drag',
  });
  const { assessmentId } = await call<Assessment>(core, 'assessments:create', {
    clientId: client.id,
  });
  const photo = await call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view: 'anterior',
    fileName: 'IMG_0002.JPG',
    dataBase64: jpeg.toString('base64'),
  });
  await call(core, 'photos:saveLandmarks', { id: photo.id, landmarks });
  return { assessmentId, photoId: photo.id };
}

/** Frame intervals from requestAnimationFrame timestamps, collected while `during` runs. */
export async function frameIntervals(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const stamps: number[] = [];
    const state = window as unknown as { __stamps: number[]; __recording: boolean };
    state.__stamps = stamps;
    state.__recording = true;
    const tick = (time: number) => {
      stamps.push(time);
      if (state.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await during();
  const stamps = await page.evaluate(() => {
    const state = window as unknown as { __stamps: number[]; __recording: boolean };
    state.__recording = false;
    return state.__stamps;
  });
  return stamps.slice(1).map((stamp, index) => stamp - stamps[index]!);
}

/** Drags the landmark `id` round a slow circle for DRAG_MS; answers how many moves were sent. */
export async function dragForAWhile(page: Page, id = 'acromion-right'): Promise<number> {
  const dot = page.locator(`svg [data-landmark="${id}"] circle`).last();
  const box = await dot.boundingBox();
  if (!box) throw new Error('The landmark to drag is not on screen.');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  let moves = 0;
  // A slow circle: the landmark keeps moving for the whole run.
  while (Date.now() - began < DRAG_MS) {
    const angle = ((Date.now() - began) / DRAG_MS) * Math.PI * 2;
    await page.mouse.move(start.x + Math.sin(angle) * 60, start.y + (1 - Math.cos(angle)) * 40);
    moves += 1;
  }
  await page.mouse.up();
  return moves;
}

export const share = (intervals: number[], overMs: number) =>
  intervals.length === 0 ? NaN : intervals.filter((ms) => ms > overMs).length / intervals.length;

export function describe(label: string, intervals: number[], timing: Timing): void {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(
    `${label.padEnd(30)} ${String(timing.runs).padStart(4)} frames, p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms, max ${timing.max.toFixed(1)} ms, over 16.7 ms ${percent(share(intervals, FRAME_MS + 0.5))}, missed a frame (> 25 ms) ${percent(share(intervals, FRAME_MS * 1.5))}`,
  );
}

/** Prints the figures and answers whether the drag stayed at 60 frames a second. */
export async function benchAnnotator(benchDir: string): Promise<boolean> {
  const dataDir = path.join(benchDir, 'annotator');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const jpeg = await twelveMegapixelJpeg(benchDir);
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const { browser, page } = await openAppPage(core);
  try {
    const { assessmentId, photoId } = await seedPhoto(core, jpeg);
    await page.goto(`${APP_ORIGIN}/#/assessments/${assessmentId}/photos/${photoId}`);
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.photo-overlay img');
      return Boolean(image?.complete && image.naturalWidth > 0);
    });
    await page.getByRole('checkbox', { name: 'Grid' }).check();
    await page.waitForTimeout(500);

    const idle = await frameIntervals(page, () => page.waitForTimeout(DRAG_MS));
    let moves = 0;
    const drag = await frameIntervals(page, async () => {
      moves = await dragForAWhile(page);
    });
    const saved = await page
      .getByRole('status')
      .filter({ hasText: /^Saved at / })
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);

    console.log(
      `\nAnnotator: ${WIDTH}×${HEIGHT} JPEG (${(jpeg.length / 1e6).toFixed(1)} MB), 9 landmarks, plumb line, grid; ${moves} mouse moves in ${DRAG_MS / 1000} s; saved after the drop: ${saved ? 'yes' : 'NO'}`,
    );
    describe('idle page', idle, summarize(idle));
    describe('dragging a landmark', drag, summarize(drag));
    return (
      printTable('Annotator drag (frame interval), bare = the same page idle', [
        {
          operation: 'frame interval while dragging a landmark',
          stance: summarize(drag),
          bare: summarize(idle),
          measure: 'p95',
          targetMs: TARGET_P95_MS,
        },
      ]) && saved
    );
  } finally {
    await browser.close();
    core.close();
  }
}
