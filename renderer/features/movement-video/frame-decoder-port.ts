/** The frame cache's line to its decoder: the worker in the app, a scripted one in tests. */
import type { DecoderReply, DecoderRequest } from './frame-decoder-messages';

export interface DecoderPort {
  send(request: DecoderRequest): void;
  /** `onFailure`: the decoder itself failed; no reply will come. */
  listen(onReply: (reply: DecoderReply) => void, onFailure: () => void): void;
  close(): void;
}

/** The worker (frame-decoder.worker.ts), opened on the clip at `url`. */
export function workerDecoder(url: string, frameRate: number, width: number): DecoderPort {
  const worker = new Worker(new URL('./frame-decoder.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.postMessage({ kind: 'open', url, width, frameRate } satisfies DecoderRequest);
  return {
    send: (request) => worker.postMessage(request),
    listen: (onReply, onFailure) => {
      worker.onmessage = (event: MessageEvent<DecoderReply>) => onReply(event.data);
      worker.onerror = onFailure;
    },
    close: () => worker.terminate(),
  };
}
