/**
 * Decodes a clip's frames off the page's thread. Turning a decoded 1080p picture into one the
 * size it is shown at costs tens of milliseconds on a computer without a graphics card; done on
 * the page's thread it held up the very frame step it was preparing. Here, each picture goes back
 * to the page as an ImageBitmap, transferred rather than copied, and the page draws it in about a
 * millisecond.
 */
import { ALL_FORMATS, Input, UrlSource, VideoSampleSink, type VideoSample } from 'mediabunny';
import type { DecoderReply, DecoderRequest } from './frame-decoder-messages';
import { frameAt, timeOfFrame } from './frame-steps';

interface Job {
  id: number;
  from: number;
  /** The last frame the page has room for; the decoder waits once past it. */
  last: number;
  stopped: boolean;
  wake: (() => void) | null;
}

let sink: Promise<VideoSampleSink | null> = Promise.resolve(null);
let frameRate = 30;
let width = 0;
let job: Job | null = null;

const reply = (message: DecoderReply, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

function open(url: string): void {
  const input = new Input({ source: new UrlSource(url), formats: ALL_FORMATS });
  sink = input
    .getPrimaryVideoTrack()
    .then(async (track) => (track && (await track.canDecode()) ? new VideoSampleSink(track) : null))
    .catch(() => null);
  void sink.then((ready) => {
    if (!ready) reply({ kind: 'unavailable' });
  });
}

let pixels = new Uint8Array(0);

/**
 * The decoded picture at a smaller size. Without a graphics card, Chromium draws or scales a
 * decoded frame through a slow path (about 250 ms a 1080p frame on a busy two-core machine);
 * copying it out as RGBA converts its colours in one fast pass (about 10 ms), and scaling those
 * pixels takes tens of milliseconds more. Where the copy cannot convert, the slow path remains.
 */
async function scaledCopy(frame: VideoFrame, width: number, height: number): Promise<ImageBitmap> {
  const size = { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' } as const;
  const visible = frame.visibleRect;
  if (!visible) return createImageBitmap(frame, size);
  try {
    const bytes = frame.allocationSize({ format: 'RGBA' });
    if (pixels.byteLength < bytes) pixels = new Uint8Array(bytes);
    await frame.copyTo(pixels, { format: 'RGBA' });
    const rgba = new Uint8ClampedArray(pixels.buffer, 0, bytes);
    return await createImageBitmap(new ImageData(rgba, visible.width, visible.height), size);
  } catch {
    return createImageBitmap(frame, size);
  }
}

/**
 * The picture at the width it is shown at, standing as the clip stands. Scaled while converting
 * from the decoder's colours (one pass, the browser's fastest), then turned, at the small size.
 */
async function shownPicture(sample: VideoSample): Promise<ImageBitmap> {
  const turned = sample.rotation % 180 !== 0;
  const aspect = sample.squarePixelWidth / sample.squarePixelHeight;
  const shownWidth = Math.max(1, Math.round(Math.min(width, sample.displayWidth)));
  const shownHeight = Math.max(1, Math.round(turned ? shownWidth * aspect : shownWidth / aspect));
  const [scaledWidth, scaledHeight] = turned
    ? [shownHeight, shownWidth]
    : [shownWidth, shownHeight];
  const frame = sample.toVideoFrame();
  const scaled = await scaledCopy(frame, scaledWidth, scaledHeight).finally(() => frame.close());
  if (sample.rotation === 0 && !sample.flip) return scaled;
  const canvas = new OffscreenCanvas(shownWidth, shownHeight);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this worker.');
  context.translate(shownWidth / 2, shownHeight / 2);
  if (sample.flip) context.scale(-1, 1);
  context.rotate((sample.rotation * Math.PI) / 180);
  context.drawImage(scaled, -scaledWidth / 2, -scaledHeight / 2);
  scaled.close();
  return canvas.transferToImageBitmap();
}

function stop(): void {
  if (!job) return;
  job.stopped = true;
  job.wake?.();
  job = null;
}

async function run(next: Job): Promise<void> {
  const samples = await sink;
  if (!samples) return;
  try {
    for await (const sample of samples.samples(timeOfFrame(next.from, frameRate))) {
      if (next.stopped) {
        sample.close();
        break;
      }
      // Read from the frame's middle, so a timestamp rounded down a hair still names its frame.
      const index = frameAt(sample.timestamp + 0.5 / frameRate, frameRate);
      const bitmap = await shownPicture(sample).finally(() => sample.close());
      reply({ kind: 'frame', job: next.id, index, bitmap }, [bitmap]);
      while (!next.stopped && index >= next.last)
        await new Promise<void>((resolve) => (next.wake = resolve));
    }
  } catch {
    // A decode that fails leaves the frames to the <video>.
  }
  if (!next.stopped) reply({ kind: 'end', job: next.id });
}

self.onmessage = (event: MessageEvent<DecoderRequest>) => {
  const request = event.data;
  if (request.kind === 'open') {
    frameRate = request.frameRate;
    width = request.width;
    open(request.url);
  } else if (request.kind === 'decode') {
    stop();
    job = {
      id: request.job,
      from: request.from,
      last: request.last,
      stopped: false,
      wake: null,
    };
    void run(job);
  } else if (job && job.id === request.job) {
    job.last = request.last;
    job.wake?.();
  }
};
