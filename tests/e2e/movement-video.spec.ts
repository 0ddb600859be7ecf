/**
 * Movement clips in the real renderer: recording with Chromium's fake webcam, stepping frame by
 * frame with buttons and keys, slow motion and the loop, keeping a frame that joins the photos and
 * opens in the annotator, then grading the squat, the suggestions changing and the report printing
 * the kept frame beside the squat; a file that is not a video and a clip over the size limit refused in
 * plain words, the second before a byte of it is read; a clip filmed with the phone upright shown
 * standing up, in the player and in its stepped frames.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  ALL_FORMATS,
  BufferSource,
  BufferTarget,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  Input,
  Mp4OutputFormat,
  Output,
} from 'mediabunny';
import config from '../../playwright.config';
import { MAX_CLIP_BYTES, clipTooLargeMessage } from '../../shared/domain/movement/clips';
import type { LandmarkSet } from '../../shared/domain/photo-views';
import { expectNoSeriousA11yViolations } from './a11y';
import { formReady, section, seedAssessment, storedBody } from './assessment-helpers';
import { APP_ORIGIN, expect, test, type ReadOnlyDb } from './fixtures';
import { CONTENT_WIDTH_PX, openPrintRoute, pdfText, setPaper } from './print-helpers';

// Chromium's fake webcam must be set file-wide (it needs its own browser); it changes nothing but
// what getUserMedia finds. The project's own flags are kept.
const chromium = config.projects?.[0]?.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...chromium,
    args: [
      ...(chromium.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

async function openClips(page: Page, gotoApp: (path: string) => Promise<void>, id: string) {
  await gotoApp(`/assessments/${id}`);
  await formReady(page);
  const clips = section(page, 'Movement clips').locator('[data-movement-clips]');
  await clips.scrollIntoViewIfNeeded();
  return clips;
}

const clipRows = (db: ReadOnlyDb) =>
  db.prepare('SELECT media_type AS type, screen, view, side FROM clips').all();

/** The picture on screen: the frame a step drew over the <video>, or else the <video>'s own. */
function pictureOf(clips: Locator): Promise<string> {
  return clips.locator('.clip-stage').evaluate((stage: HTMLElement) => {
    const still = stage.querySelector<HTMLCanvasElement>('canvas.clip-still');
    if (still && !still.hidden) return still.toDataURL('image/png');
    const video = stage.querySelector<HTMLVideoElement>('video.clip-video')!;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    return canvas.toDataURL('image/png');
  });
}

test('records a clip, steps through it, keeps a frame and annotates it', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  // A real recording, its remux, and two full accessibility scans: more than a form test's time.
  test.slow();
  const { client, assessmentId } = await seedAssessment(core, { withPrevious: false });
  const clips = await openClips(page, gotoApp, assessmentId);
  await expect(clips.getByText('No clips yet.')).toBeVisible();
  await clips.getByLabel('Filmed').selectOption('side');

  await clips.getByRole('button', { name: 'Record with the camera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a clip' });
  await expect(dialog).toContainText('Overhead squat, from the side');
  await expect
    .poll(() => dialog.locator('video').evaluate((video: HTMLVideoElement) => video.videoWidth))
    .toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Start recording' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Recording: 2 s', { timeout: 5_000 });
  await dialog.getByRole('button', { name: 'Stop and keep the clip' }).click();
  await expect(dialog).toBeHidden();

  await expect(
    clips.getByRole('button', { name: /^Overhead squat, from the side \(0:0\d\)$/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(readDb(clipRows)).toEqual([
    { type: 'video/webm', screen: 'overhead-squat', view: 'side', side: null },
  ]);

  // The player: the first frame, then one forward by button, one by key, one back by key.
  const frame = clips.locator('[data-clip-frame]');
  const video = clips.locator('video.clip-video');
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState))
    .toBeGreaterThanOrEqual(2);
  await expect(frame).toHaveText(/^Frame 1 of \d+$/);
  await clips.getByRole('button', { name: 'Next frame' }).click();
  await expect(frame).toHaveText(/^Frame 2 of /);
  // The step is drawn from the frames decoded around it, over the paused <video>.
  const still = clips.locator('canvas.clip-still');
  await expect(still).toBeVisible();
  await expect(still).toHaveAttribute('data-frame', '1');
  const second = await pictureOf(clips);
  await clips.getByRole('group', { name: /^Clip: / }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(frame).toHaveText(/^Frame 3 of /);
  await expect(still).toHaveAttribute('data-frame', '2');
  // A busy recorder may write the same picture twice, so only the way back is compared exactly.
  await page.keyboard.press('ArrowLeft');
  await expect(frame).toHaveText(/^Frame 2 of /);
  await expect(still).toHaveAttribute('data-frame', '1');
  await expect.poll(() => pictureOf(clips)).toBe(second);

  await clips.getByLabel('Speed').selectOption({ label: 'Quarter speed' });
  expect(await video.evaluate((element: HTMLVideoElement) => element.playbackRate)).toBe(0.25);
  await expect(clips.getByLabel('Play in a loop')).toBeChecked();
  expect(await video.evaluate((element: HTMLVideoElement) => element.loop)).toBe(true);
  await expectNoSeriousA11yViolations(page);

  await clips.getByLabel('Side facing the camera').selectOption('left-lateral');
  await clips.getByRole('button', { name: 'Keep this frame' }).click();
  await expect(
    clips.getByRole('status').filter({ hasText: 'Frame 2 is now among the photos.' }),
  ).toBeVisible();
  const photos = section(page, 'Photos');
  await expect(photos.locator('[data-photo-movement]')).toHaveText(
    'Kept from a clip: Overhead squat, from the side',
  );
  const kept = readDb((db) => db.prepare('SELECT view, movement FROM photos').all()) as {
    view: string;
    movement: string;
  }[];
  expect(kept).toHaveLength(1);
  expect(kept[0]?.view).toBe('left-lateral');
  expect(JSON.parse(kept[0]!.movement)).toEqual({
    screen: 'overhead-squat',
    view: 'side',
    side: null,
  });

  await photos.getByRole('link', { name: 'Annotate photo 1 (Left side)' }).click();
  await expect(page.getByRole('heading', { name: /^Landmarks: / })).toBeVisible();
  // One point placed on the kept frame by a click, saved with it, drawn on it in print.
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('.photo-overlay img');
    return Boolean(image?.complete && image.naturalWidth > 0);
  });
  const image = (await page.locator('.photo-overlay img').boundingBox())!;
  await page.mouse.click(image.x + image.width / 2, image.y + image.height / 3);
  const placed = () =>
    readDb((db) => db.prepare('SELECT landmarks FROM photos').get() as { landmarks: string });
  await expect
    .poll(() => Object.keys((JSON.parse(placed().landmarks) as LandmarkSet).points).length)
    .toBe(1);

  // Grading the squat changes what the program suggests.
  const program = `/clients/${client.id}/program/${assessmentId}`;
  const suggestions = page.getByRole('region', { name: 'Suggested from the assessment' });
  const kneeIn = suggestions.getByText(/^Left knee moves in \(overhead squat\), mild →/);
  await gotoApp(program);
  await expect(suggestions).toBeVisible();
  await expect(kneeIn).toHaveCount(0);
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  await page
    .getByRole('navigation', { name: 'Assessment sections' })
    .getByRole('button', { name: 'Movement', exact: true })
    .click();
  await section(page, 'Movement')
    .getByRole('group', { name: 'Knee moves in, left, overhead squat from the front' })
    .getByRole('radio', { name: 'Mild' })
    .check();
  await expect
    .poll(() => readDb((db) => storedBody(db, assessmentId).movement?.findings))
    .toEqual([{ compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' }]);
  await gotoApp(program);
  await expect(kneeIn).toBeVisible();

  // The report prints the kept frame beside the squat, in the client's words.
  await setPaper(core, 'A4');
  await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${assessmentId}`);
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH_PX.report.A4), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section.movement figcaption')).toHaveText(['From the side']);
  await expect(page.locator('section.movement figure [data-landmark]')).toHaveCount(1);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-clip-report-'));
  try {
    const file = path.join(folder, 'report.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(pdfText(file).replace(/\s+/g, ' ')).toMatch(
      /Squat with arms overhead .*Your left knee moved inward a little\. .*From the side/,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('refuses a file that is not a video, saying what it looks like', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const clips = await openClips(page, gotoApp, assessmentId);
  await clips.locator('[data-clip-file]').setInputFiles({
    name: 'squat.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.from('Notes on the squat: knees in on the left.\n'.repeat(20)),
  });
  await expect(clips.getByRole('status').last()).toHaveText(
    '“squat.mp4” is not a video clip Stance can use (it looks like a text file). Use an MP4, MOV or WebM clip.',
  );
  expect(readDb(clipRows)).toEqual([]);
});

test('refuses a clip over the size limit before reading it', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  // Counts every way the page could read a file's bytes.
  await page.addInitScript(() => {
    const reads = { count: 0 };
    Object.defineProperty(window, '__fileReads', { value: reads });
    const counted: [object, string][] = [
      [FileReader.prototype, 'readAsDataURL'],
      [FileReader.prototype, 'readAsArrayBuffer'],
      [FileReader.prototype, 'readAsText'],
      [Blob.prototype, 'arrayBuffer'],
      [Blob.prototype, 'text'],
      [Blob.prototype, 'stream'],
    ];
    for (const [target, name] of counted) {
      const read = Reflect.get(target, name) as (...args: unknown[]) => unknown;
      Reflect.set(target, name, function (this: unknown, ...args: unknown[]) {
        reads.count += 1;
        return read.apply(this, args);
      });
    }
  });
  // A sparse file: as large as the limit says, without using the disk.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-big-clip-'));
  const big = path.join(folder, 'whole session.mov');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, MAX_CLIP_BYTES + 1);
  try {
    const { assessmentId } = await seedAssessment(core, { withPrevious: false });
    const clips = await openClips(page, gotoApp, assessmentId);
    await clips.locator('[data-clip-file]').setInputFiles(big);
    await expect(clips.getByRole('status').last()).toHaveText(
      clipTooLargeMessage('whole session.mov'),
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { __fileReads: { count: number } }).__fileReads.count,
      ),
    ).toBe(0);
    expect(readDb(clipRows)).toEqual([]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** gps.mp4's frames in a new file whose track says "turn 90° clockwise", as a phone held upright writes it. */
async function filmedUpright(): Promise<Buffer> {
  const source = new Input({
    source: new BufferSource(new Uint8Array(fs.readFileSync('tests/fixtures/video/gps.mp4'))),
    formats: ALL_FORMATS,
  });
  const track = (await source.getPrimaryVideoTrack())!;
  const output = new Output({
    format: new Mp4OutputFormat({ fastStart: 'in-memory' }),
    target: new BufferTarget(),
  });
  const packets = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(packets, { rotation: 90 });
  await output.start();
  const decoderConfig = (await track.getDecoderConfig())!;
  let first = true;
  for await (const packet of new EncodedPacketSink(track).packets()) {
    await packets.add(packet, first ? { decoderConfig } : undefined);
    first = false;
  }
  await output.finalize();
  source.dispose();
  return Buffer.from(output.target.buffer!);
}

/** A coarse 4 × 4 grid of the picture's mean brightness, to compare two drawings of one frame. */
function gridOf(clips: Locator, which: 'still' | 'video'): Promise<number[]> {
  return clips.locator('.clip-stage').evaluate((stage: HTMLElement, which) => {
    const picture =
      which === 'still'
        ? stage.querySelector<HTMLCanvasElement>('canvas.clip-still')!
        : stage.querySelector<HTMLVideoElement>('video.clip-video')!;
    const canvas = document.createElement('canvas');
    canvas.width = 4;
    canvas.height = 4;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.imageSmoothingQuality = 'high';
    context.drawImage(picture, 0, 0, 4, 4);
    const { data } = context.getImageData(0, 0, 4, 4);
    const grid: number[] = [];
    for (let at = 0; at < data.length; at += 4)
      grid.push((data[at]! + data[at + 1]! + data[at + 2]!) / 3);
    return grid;
  }, which);
}

test('shows a clip filmed with the phone upright standing up, in the player and in each stepped frame', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const clips = await openClips(page, gotoApp, assessmentId);
  await clips.locator('[data-clip-file]').setInputFiles({
    name: 'upright.mp4',
    mimeType: 'video/mp4',
    buffer: await filmedUpright(),
  });
  const video = clips.locator('video.clip-video');
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState))
    .toBeGreaterThanOrEqual(2);
  expect(readDb(clipRows)).toHaveLength(1);
  expect(
    await video.evaluate((element: HTMLVideoElement) => [element.videoWidth, element.videoHeight]),
  ).toEqual([240, 320]);

  await clips.getByRole('button', { name: 'Next frame' }).click();
  await clips.getByRole('button', { name: 'Previous frame' }).click();
  const still = clips.locator('canvas.clip-still');
  await expect(still).toHaveAttribute('data-frame', '0');
  const [width, height] = await still.evaluate((canvas: HTMLCanvasElement) => [
    canvas.width,
    canvas.height,
  ]);
  expect(height / width).toBeCloseTo(320 / 240, 1);
  // The same frame as the <video>, which Chromium turns by itself: the same way up, not mirrored.
  const drawn = await gridOf(clips, 'still');
  const played = await gridOf(clips, 'video');
  expect(Math.abs(played[0]! - played[15]!)).toBeGreaterThan(40);
  for (const [cell, value] of drawn.entries())
    expect(Math.abs(value - played[cell]!)).toBeLessThan(20);
});
