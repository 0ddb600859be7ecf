/**
 * The page's side of the pose worker: one worker for the whole session (the model loads once),
 * one answer per request.
 */
import type { PhotoInfo } from '../../../../shared/channels/photos';
import { photoUrl } from '../../../../shared/domain/photos';
import { POSE_MODEL, type PoseDetection } from '../../../../shared/domain/pose/model';
import type { DetectRequest, DetectResponse, DetectTimings } from './messages';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (response: DetectResponse) => void>();

function poseWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DetectResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  return worker;
}

export interface TimedDetection {
  detection: PoseDetection;
  timings: DetectTimings;
}

/** Finds the person in a photo; rejects with a plain message when the model could not run. */
export function detectPose(
  photo: Blob,
  size: { width: number; height: number },
): Promise<TimedDetection> {
  const id = nextId++;
  const modelBaseUrl = new URL(`${POSE_MODEL.folder}/`, document.baseURI).href;
  return new Promise((resolve, reject) => {
    waiting.set(id, (response) => {
      if (response.ok) resolve({ detection: response.detection, timings: response.timings });
      else reject(new Error(`The pose model could not run: ${response.message}`));
    });
    const request: DetectRequest = {
      id,
      photo,
      modelBaseUrl,
      width: size.width,
      height: size.height,
    };
    poseWorker().postMessage(request);
  });
}

/** Finds the person in a stored photo, in the photo's own pixels. */
export async function detectPhoto(photo: PhotoInfo): Promise<PoseDetection> {
  // The screen copy (1600 px) holds all the model can use, and decodes several times faster
  // than a 12-megapixel original; points still come back in the original's pixels.
  const response = await fetch(photoUrl(photo.hash, 'screen'));
  if (!response.ok) throw new Error('The photo could not be read.');
  return (await detectPose(await response.blob(), photo)).detection;
}
