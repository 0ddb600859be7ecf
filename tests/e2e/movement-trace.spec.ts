/**
 * The movement trace in the real renderer with the real pose model: a clip of the walker
 * photograph (tests/fixtures/pose/README.md) sinking and rising as in a squat, recorded in
 * Chromium from a canvas, its lowest point two seconds in. Nothing runs until she asks; then
 * the knees and trunk are traced, the deepest point is marked near two seconds, and the player
 * goes there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as Mediabunny from 'mediabunny';
import type { ClipInfo } from '../../shared/channels/clips';
import type { StanceCore } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { formReady, seedAssessment, section } from './assessment-helpers';
import { APP_ORIGIN, expect, test } from './fixtures';

const WALKER = path.resolve(import.meta.dirname, '../fixtures/pose/walker-from-behind.png');
/** The model loads once, then reads 17 frames; this covers a busy shared machine. */
const TRACING_TIMEOUT = 90_000;
const BOTTOM_SECONDS = 2;
const FPS = 15;
const MEDIABUNNY = path.resolve(
  import.meta.dirname,
  '../../node_modules/mediabunny/dist/bundles/mediabunny.min.mjs',
);

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

test('tracing a squat clip marks its deepest point and the player goes there', async ({
  page,
  context,
  core,
  gotoApp,
}) => {
  test.slow();
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  // Encoded frame by frame with WebCodecs through mediabunny (what main remuxes clips with), in
  // a page of its own (WebCodecs needs a secure origin): a headless MediaRecorder drops frames.
  const studio = await context.newPage();
  const encoderPage = `${APP_ORIGIN}/test-encoder.html`;
  await studio.route(encoderPage, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>encoder</title>' }),
  );
  await studio.goto(encoderPage);
  const webmBase64 = await studio.evaluate(
    async ({ library, pngBase64, bottom, fps }) => {
      const moduleUrl = URL.createObjectURL(new Blob([library], { type: 'text/javascript' }));
      const { BufferTarget, CanvasSource, Output, WebMOutputFormat } = (await import(
        moduleUrl
      )) as typeof Mediabunny;
      const bytes = Uint8Array.from(atob(pngBase64), (char) => char.charCodeAt(0));
      const man = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(400, 800);
      const context = canvas.getContext('2d')!;
      const target = new BufferTarget();
      const output = new Output({ format: new WebMOutputFormat(), target });
      const source = new CanvasSource(canvas, { codec: 'vp8', bitrate: 1e6 });
      output.addVideoTrack(source, { frameRate: fps });
      await output.start();
      // The man drawn five times his size, sinking 120 px until `bottom` and rising in a second.
      for (let frame = 0; frame < (bottom + 1.2) * fps; frame++) {
        const t = frame / fps;
        const drop = t < bottom ? (120 * t) / bottom : Math.max(0, 120 * (bottom + 1 - t));
        context.fillStyle = '#9a9a96';
        context.fillRect(0, 0, 400, 800);
        context.drawImage(man, 35, 20 + drop, 330, 630);
        await source.add(t, 1 / fps);
      }
      await output.finalize();
      const recorded = new Uint8Array(target.buffer!);
      let binary = '';
      for (const byte of recorded) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    {
      library: fs.readFileSync(MEDIABUNNY, 'utf8'),
      pngBase64: fs.readFileSync(WALKER).toString('base64'),
      bottom: BOTTOM_SECONDS,
      fps: FPS,
    },
  );
  await studio.close();
  await call<ClipInfo>(core, 'clips:add', {
    assessmentId,
    tag: { screen: 'overhead-squat', view: 'back', side: null },
    fileName: 'squat-from-behind.webm',
    data: new Uint8Array(Buffer.from(webmBase64, 'base64')),
  });

  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const clips = section(page, 'Movement clips').locator('[data-movement-clips]');
  await clips.scrollIntoViewIfNeeded();
  const video = clips.locator('video.clip-video');
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState))
    .toBeGreaterThanOrEqual(2);
  // Nothing runs until she asks: no trace and no model loaded.
  const trace = clips.getByRole('region', { name: 'Movement trace' });
  await expect(trace.locator('svg[role="img"]')).toHaveCount(0);
  expect(requested.some((address) => address.includes('/pose/'))).toBe(false);

  await trace.getByRole('button', { name: 'Trace the movement' }).click();
  await expect(trace.getByRole('status')).toContainText('Tracing');
  const chart = trace.getByRole('img', { name: /Knee angles and trunk lean/ });
  await expect(chart).toBeVisible({ timeout: TRACING_TIMEOUT });
  for (const series of ['leftKneeDegrees', 'rightKneeDegrees', 'trunkLeanDegrees'])
    await expect(chart.locator(`polyline[data-series="${series}"]`).first()).toBeVisible();
  const deepest = Number(await chart.locator('[data-deepest]').getAttribute('data-deepest'));
  expect(Math.abs(deepest - BOTTOM_SECONDS)).toBeLessThanOrEqual(0.4);
  await expect(trace.locator('[data-deepest-summary]')).toHaveText(
    /^At the deepest point \(\d\.\d s\): left knee -?\d+°, right knee -?\d+°, trunk lean \d+°\./,
  );

  await expectNoSeriousA11yViolations(page);

  await trace.getByRole('button', { name: 'Go to the deepest point' }).click();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime))
    .toBeCloseTo(deepest, 1);
  expect(await video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);
  // The model came from the app itself, once she asked.
  expect(requested.some((address) => address.endsWith('/pose/blazepose-full.bin'))).toBe(true);
});
