/**
 * The client page of a client with 30 visits, each with pain, the Oswestry, both feet and a front
 * and a side photo with landmarks: from the hash change to the page ready (heading, all 30 rows
 * and every progress chart drawn), timed inside the page. Bare = the same route change to the
 * Settings page, which asks main for one small row.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { AssessmentBody } from '../../shared/domain/clinical';
import type { Client } from '../../shared/domain/clients';
import type { LandmarkSet, PhotoView } from '../../shared/domain/photo-views';
import { openStance, type StanceCore } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { openAppPage } from './app-page';
import { printTable, summarize } from './stats';

const VISITS = 30;
const RUNS = 30;
const TARGET_P95_MS = 150;

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const day = (index: number) =>
  new Date(Date.UTC(2024, 0, 8) + index * 14 * 86_400_000).toISOString().slice(0, 10);

function body(index: number): AssessmentBody {
  const pain = Math.max(1, 8 - Math.floor(index / 5));
  const section = Math.max(0, 3 - Math.floor(index / 8));
  return {
    schemaVersion: 1,
    pain: { nprsNow: pain, nprsBestLastWeek: pain - 1, nprsWorstLastWeek: Math.min(10, pain + 2) },
    oswestry: { variant: 'odi-2.1a', sections: Array.from({ length: 10 }, () => section) },
    feet: {
      left: { fpi6: { items: [1, 1, 0, 1, 1, 0] }, kneeToWallCm: 8 + index * 0.1 },
      right: { fpi6: { items: [2, 1, 1, 2, 1, 1] }, kneeToWallCm: 7 + index * 0.12 },
    },
  };
}

const landmarks = (index: number): Record<'anterior' | 'left-lateral', LandmarkSet> => ({
  anterior: {
    points: {
      'eye-right': { x: 280, y: 120 + (index % 3) },
      'eye-left': { x: 320, y: 121 },
      'acromion-right': { x: 220, y: 220 + (index % 4) },
      'acromion-left': { x: 380, y: 222 },
      'asis-right': { x: 250, y: 420 },
      'asis-left': { x: 350, y: 418 + (index % 2) },
    },
  },
  'left-lateral': {
    points: {
      tragus: { x: 280 - index, y: 130 },
      c7: { x: 320, y: 190 },
      acromion: { x: 300, y: 240 },
      'greater-trochanter': { x: 310, y: 430 },
      'knee-lateral': { x: 305, y: 600 },
    },
    plumbLine: { x: 310, angleDeg: 0 },
    calibration: { a: { x: 560, y: 100 }, b: { x: 560, y: 700 }, lengthCm: 150 },
  },
});

async function seedClient(core: StanceCore): Promise<Client> {
  const jpeg = await sharp({
    create: { width: 600, height: 800, channels: 3, background: '#9aa4ae' },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Bench',
    lastName: 'Thirty-Visits',
  });
  for (let index = 0; index < VISITS; index += 1) {
    const { assessmentId } = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: day(index),
    });
    await call(core, 'assessments:saveDraft', {
      id: assessmentId,
      revision: 1,
      assessedOn: day(index),
      body: body(index),
    });
    for (const [view, set] of Object.entries(landmarks(index)) as [PhotoView, LandmarkSet][]) {
      const photo = await call<PhotoInfo>(core, 'photos:add', {
        assessmentId,
        view,
        fileName: `${view}.jpg`,
        dataBase64: jpeg.toString('base64'),
      });
      await call(core, 'photos:saveLandmarks', { id: photo.id, landmarks: set });
    }
    await call(core, 'assessments:finalize', { id: assessmentId, revision: 1 });
  }
  return client;
}

/** When a page counts as ready: `count` elements match `selector`, and nothing is still loading. */
interface Ready {
  selector: string;
  count: number;
}

/** Milliseconds from setting the hash to the page being ready, measured in the page. */
function timeRoute(page: Page, hash: string, ready: Ready): Promise<number> {
  return page.evaluate(
    ([target, { selector, count }]) =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`${target} was not ready within 10 s.`)), 10_000);
        const isReady = () =>
          document.querySelectorAll(selector).length >= count &&
          !document.querySelector('[aria-busy="true"]');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!isReady()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        window.location.hash = target;
      }),
    [hash, ready] as const,
  );
}

export async function benchClientPage(benchDir: string): Promise<boolean> {
  const dataDir = path.join(benchDir, 'client-page');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const { browser, page } = await openAppPage(core);
  try {
    const client = await seedClient(core);
    // Every row and the last chart's points: the page as she would read it.
    const clientReady = {
      selector: '.assessment-table tbody tr, .progress-chart:last-child svg .chart-point',
      count: VISITS + 1,
    };
    const settingsReady = { selector: '.settings-page', count: 1 };
    await page.goto(`${APP_ORIGIN}/#/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const charts = async () => page.locator('.progress-chart').count();
    const stance: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      stance.push(await timeRoute(page, `#/clients/${client.id}`, clientReady));
      bare.push(await timeRoute(page, '#/settings', settingsReady));
    }
    await page.goto(`${APP_ORIGIN}/#/clients/${client.id}`);
    await page.locator('.progress-chart').first().waitFor();
    console.log(
      `\nClient page: ${VISITS} visits, each with pain, Oswestry, both feet and two annotated photos; ${await charts()} charts drawn`,
    );
    return printTable('Client page ready (in-page, from the hash change), bare = Settings page', [
      {
        operation: 'client page with 30 visits ready',
        stance: summarize(stance),
        bare: summarize(bare),
        measure: 'p95',
        targetMs: TARGET_P95_MS,
      },
    ]);
  } finally {
    await browser.close();
    core.close();
  }
}
