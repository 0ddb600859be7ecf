import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { decodeHeicHere, HeicUnreadable, type DecodedHeic } from './heic-decode';
import type { HeicAnswer, HeicRequest } from './heic-worker';

export { HeicUnreadable, type DecodedHeic } from './heic-decode';

/** The built worker beside the main bundle (scripts/build-main.mjs). */
export const HEIC_WORKER_FILE = 'heic-worker.cjs';
/** Long enough for a drop of several photos; then the decoder's memory goes back. */
const IDLE_MS = 60_000;

/**
 * Decodes on a worker thread, because a 12 MP HEIC takes libheif about a second of CPU and main's
 * thread also answers every save: a drop of phone photos must not hold up her typing. One worker
 * is kept while photos keep coming and stopped when idle.
 */
export class HeicDecoderThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly pending = new Map<
    number,
    { resolve: (decoded: DecodedHeic) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly workerFile: string) {}

  decode(bytes: Uint8Array): Promise<DecodedHeic> {
    const worker = this.start();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise<DecodedHeic>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, bytes } satisfies HeicRequest);
    }).finally(() => this.scheduleStop());
  }

  stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    return worker ? worker.terminate().then(() => undefined) : Promise.resolve();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    worker.unref();
    worker.on('message', (answer: HeicAnswer) => this.settle(answer));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new HeicUnreadable('the decoder stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private settle(answer: HeicAnswer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    if (!answer.ok) {
      waiting.reject(new HeicUnreadable(answer.message));
      return;
    }
    const { width, height, channels } = answer;
    const pixels = Buffer.from(
      answer.pixels.buffer,
      answer.pixels.byteOffset,
      answer.pixels.byteLength,
    );
    waiting.resolve({ width, height, channels, pixels });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private scheduleStop(): void {
    if (this.pending.size > 0) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stop(), IDLE_MS);
    this.idleTimer.unref();
  }
}

/**
 * The worker exists only in the built app (CommonJS, `out/main`); where main's TypeScript runs
 * directly (the tests), decoding happens on the calling thread with the same code.
 */
function builtWorkerFile(): string | null {
  if (typeof __dirname !== 'string') return null;
  const file = path.join(__dirname, HEIC_WORKER_FILE);
  return fs.existsSync(file) ? file : null;
}

let thread: HeicDecoderThread | null | undefined;

export function decodeHeic(bytes: Uint8Array): Promise<DecodedHeic> {
  if (thread === undefined) {
    const file = builtWorkerFile();
    thread = file ? new HeicDecoderThread(file) : null;
  }
  return thread ? thread.decode(bytes) : decodeHeicHere(bytes);
}
