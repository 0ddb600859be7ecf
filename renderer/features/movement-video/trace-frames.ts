/**
 * Runs the pose model over a clip, a few frames a second, for the movement trace. A hidden copy
 * of the clip is seeked frame by frame, so the player she is watching never jumps; each frame is
 * handed to the same worker as the photos, at most 800 px on its long side (all the model needs).
 */
import type { MovementFrame } from '../../../shared/domain/pose/movement-trace';
import { detectPose } from '../photos';

/** Enough to find the bottom of a squat, which lasts longer than a quarter of a second. */
export const TRACE_FRAMES_PER_SECOND = 5;
const LONG_EDGE = 800;

function once(element: HTMLVideoElement, event: 'loadeddata' | 'seeked'): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      element.removeEventListener(event, done);
      element.removeEventListener('error', failed);
    };
    const done = () => {
      stop();
      resolve();
    };
    const failed = () => {
      stop();
      reject(new Error('The clip could not be read.'));
    };
    element.addEventListener(event, done);
    element.addEventListener('error', failed);
  });
}

/** The times sampled: from the start, every 1/TRACE_FRAMES_PER_SECOND s, the last frame too. */
export function traceTimes(seconds: number): number[] {
  const step = 1 / TRACE_FRAMES_PER_SECOND;
  const times: number[] = [];
  for (let time = 0; time < seconds - step / 2; time += step) times.push(time);
  times.push(Math.max(0, seconds - 0.05));
  return times;
}

export async function detectClipFrames(
  src: string,
  seconds: number,
  onProgress: (done: number, total: number) => void,
): Promise<MovementFrame[]> {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  const loaded = once(video, 'loadeddata');
  video.src = src;
  await loaded;
  const factor = Math.min(1, LONG_EDGE / Math.max(video.videoWidth, video.videoHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * factor);
  canvas.height = Math.round(video.videoHeight * factor);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This computer could not draw the clip’s frames.');
  const times = traceTimes(seconds);
  const frames: MovementFrame[] = [];
  try {
    for (const [index, timeSeconds] of times.entries()) {
      const seeked = once(video, 'seeked');
      video.currentTime = timeSeconds;
      await seeked;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const picture = await new Promise<Blob | null>((resolve) =>
        canvas.toBlob(resolve, 'image/jpeg', 0.9),
      );
      if (!picture) throw new Error('A frame of the clip could not be copied.');
      // Points come back in the clip's own pixels, as the trace's hip heights are read.
      const { detection } = await detectPose(picture, {
        width: video.videoWidth,
        height: video.videoHeight,
      });
      frames.push({ timeSeconds, detection });
      onProgress(index + 1, times.length);
    }
  } finally {
    video.removeAttribute('src');
    video.load();
  }
  return frames;
}
