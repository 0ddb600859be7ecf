import { parentPort } from 'node:worker_threads';
import { decodeHeicHere } from './heic-decode';

/** A decode request and its answer between main and the HEIC worker thread. */
export interface HeicRequest {
  id: number;
  bytes: Uint8Array;
}
export type HeicAnswer =
  | { id: number; ok: true; width: number; height: number; channels: 3 | 4; pixels: Uint8Array }
  | { id: number; ok: false; message: string };

parentPort?.on('message', (request: HeicRequest) => {
  decodeHeicHere(request.bytes).then(
    ({ width, height, channels, pixels }) => {
      const answer: HeicAnswer = { id: request.id, ok: true, width, height, channels, pixels };
      // A fresh copy (heic-decode.ts), so handing its memory over moves nothing else.
      parentPort?.postMessage(answer, [pixels.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      parentPort?.postMessage({ id: request.id, ok: false, message } satisfies HeicAnswer);
    },
  );
});
