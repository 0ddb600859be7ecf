/**
 * "Show the client", moving between visits with two 12-megapixel photos: from choosing another
 * "After" date to the new pair decoded and on screen (the frame after both images are ready),
 * timed inside the page. Bare = the same two <img>s switched between photos of the same size that
 * are already decoded: what the browser alone costs. The machine's load is printed beside them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client } from '../../shared/domain/clients';
import { photoUrl } from '../../shared/domain/photos';
import { openStance, type StanceCore } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { landmarksFor } from '../../tests/e2e/print-photos';
import { openAppPage } from './app-page';
import { printTable, summarize } from './stats';

const WIDTH = 3000;
const HEIGHT = 4000;
const VISITS = 5;
const RUNS = 40;
const TARGET_P95_MS = 100;

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A phone-like 12 MP JPEG per visit, each different (a block moved): made once and kept. */
async function visitPhoto(benchDir: string, visit: number): Promise<Buffer> {
  const file = path.join(benchDir, `show-client-12mp-${visit}.jpg`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const block = await sharp({
    create: { width: 900, height: 2400, channels: 3, background: { r: 90, g: 70, b: 60 } },
  })
    .png()
    .toBuffer();
  const jpeg = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .composite([{ input: block, left: 900 + visit * 60, top: 800 }])
    .blur(1.5)
    .jpeg({ quality: 92 })
    .toBuffer();
  fs.mkdirSync(benchDir, { recursive: true });
  fs.writeFileSync(file, jpeg);
  return jpeg;
}

const day = (index: number) =>
  new Date(Date.UTC(2026, 0, 5) + index * 21 * 86_400_000).toISOString().slice(0, 10);

async function seedClient(
  core: StanceCore,
  benchDir: string,
): Promise<{
  client: Client;
  visits: { assessmentId: string; hash: string }[];
}> {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Bench',
    lastName: 'Twelve-Megapixels',
  });
  const visits: { assessmentId: string; hash: string }[] = [];
  for (let index = 0; index < VISITS; index += 1) {
    const { assessmentId } = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: day(index),
    });
    await call(core, 'assessments:saveDraft', {
      id: assessmentId,
      revision: 1,
      assessedOn: day(index),
      body: { schemaVersion: 1, pain: { nprsNow: Math.max(0, 7 - index) } },
    });
    const photo = await call<PhotoInfo>(core, 'photos:add', {
      assessmentId,
      view: 'anterior',
      fileName: 'front.jpg',
      dataBase64: (await visitPhoto(benchDir, index)).toString('base64'),
    });
    await call(core, 'photos:saveLandmarks', {
      id: photo.id,
      landmarks: landmarksFor('anterior', photo.width, photo.height),
    });
    visits.push({ assessmentId, hash: photo.hash });
  }
  return { client, visits };
}

/**
 * Chooses `assessmentId` as "After" and resolves when both photos of the pair show the expected
 * addresses, are decoded, and a frame has been drawn with them.
 */
function timeMove(page: Page, assessmentId: string, expected: [string, string]): Promise<number> {
  return page.evaluate(
    async ([id, urls]) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'After');
      const select = document.getElementById(label?.htmlFor ?? '') as HTMLSelectElement | null;
      if (!select) throw new Error('No "After" date list on the page.');
      const shown = () => [
        ...document.querySelectorAll<HTMLImageElement>('.show-pair .compare-frame img'),
      ];
      const start = performance.now();
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise<void>((resolve, reject) => {
        const give = setTimeout(
          () => reject(new Error('The pair did not show within 10 s.')),
          10_000,
        );
        const check = () => {
          const images = shown();
          const ready =
            images.length === 2 &&
            images.every(
              (image, index) =>
                image.src.endsWith(urls[index]!) && image.complete && image.naturalWidth > 0,
            );
          if (!ready) return void requestAnimationFrame(check);
          clearTimeout(give);
          resolve();
        };
        check();
      });
      await Promise.all(shown().map((image) => image.decode()));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    },
    [assessmentId, expected] as const,
  );
}

/** The bare figure: two <img>s, the same size on screen, switched between decoded photos. */
async function bareMoves(page: Page, urls: readonly string[], runs: number): Promise<number[]> {
  return page.evaluate(
    async ([all, count]) => {
      const held = await Promise.all(
        all.map(async (url) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          return image;
        }),
      );
      const stage = document.createElement('div');
      stage.style.cssText =
        'position:fixed;inset:0;display:flex;gap:16px;background:#fff;z-index:10;justify-content:center';
      const shown = [new Image(), new Image()];
      for (const image of shown) {
        image.style.cssText = 'height:60vh;width:auto';
        stage.append(image);
      }
      document.body.append(stage);
      const samples: number[] = [];
      for (let run = 0; run < count; run += 1) {
        const pick = [held[0]!, held[1 + (run % (held.length - 1))]!];
        const start = performance.now();
        shown.forEach((image, index) => (image.src = pick[index]!.src));
        await Promise.all(shown.map((image) => image.decode()));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        samples.push(performance.now() - start);
      }
      stage.remove();
      return samples;
    },
    [urls, runs] as const,
  );
}

export async function benchShowClient(benchDir: string): Promise<boolean> {
  const dataDir = path.join(benchDir, 'show-client');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const { browser, page } = await openAppPage(core);
  try {
    const { client, visits } = await seedClient(core, benchDir);
    const screen = visits.map((visit) => photoUrl(visit.hash, 'screen'));
    await page.goto(`${APP_ORIGIN}/#/clients/${client.id}/show/client`);
    await page.locator('.show-pair .compare-frame img').nth(1).waitFor();
    const first = screen[0]!;
    const laterVisits = visits.slice(1);
    // Each later visit once, in turn: the first showing of each makes its screen copy.
    const firstShowing: number[] = [];
    for (const [index, visit] of laterVisits.entries()) {
      firstShowing.push(await timeMove(page, visit.assessmentId, [first, screen[index + 1]!]));
    }
    const moves: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // In turn from the earliest: never the one on screen (the last), so every move is a new pair.
      const index = run % laterVisits.length;
      moves.push(
        await timeMove(page, laterVisits[index]!.assessmentId, [first, screen[index + 1]!]),
      );
    }
    const bare = await bareMoves(page, screen, RUNS);
    const stats = await sharp(
      fs.readFileSync(path.join(benchDir, 'show-client-12mp-0.jpg')),
    ).metadata();
    const [one, five, fifteen] = os.loadavg().map((load) => load.toFixed(2));
    console.log(
      `\nShow the client: ${VISITS} visits, a ${stats.width}×${stats.height} front photo each; ` +
        `load average ${one}, ${five}, ${fifteen} on ${os.cpus().length} cores`,
    );
    console.log(
      `First showing of each later visit (its screen copy made then): ${firstShowing
        .map((ms) => `${ms.toFixed(0)} ms`)
        .join(', ')}`,
    );
    return printTable(
      'Moving between visits (in-page, from choosing the date to the pair drawn), bare = decoded <img>s switched',
      [
        {
          operation: 'new before-and-after pair on screen',
          stance: summarize(moves),
          bare: summarize(bare),
          measure: 'p95',
          targetMs: TARGET_P95_MS,
        },
      ],
    );
  } finally {
    await browser.close();
    core.close();
  }
}
