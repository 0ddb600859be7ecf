/**
 * The JS heap of a page and of every worker it starts, sampled through the DevTools protocol
 * while something runs: performance.memory sees the page's own heap only, and the pose model
 * lives in a worker with a heap of its own. Workers are reached through the page's auto-attach
 * (they are not top-level targets), with messages wrapped for their session.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Sizes in MB at one moment; `buffersMb` is ArrayBuffer and WebAssembly memory outside the heap. */
interface HeapUsage {
  usedMb: number;
  buffersMb: number;
}

export interface HeapPeaks {
  page: HeapUsage;
  worker: HeapUsage;
  /** The largest page-plus-workers total of one sampling round. */
  together: HeapUsage;
  workersSeen: number;
  samples: number;
}

interface RawUsage {
  usedSize: number;
  backingStorageSize?: number;
}

const toUsage = ({ usedSize, backingStorageSize = 0 }: RawUsage): HeapUsage => ({
  usedMb: usedSize / 1e6,
  buffersMb: backingStorageSize / 1e6,
});

const higher = (a: HeapUsage, b: HeapUsage): HeapUsage => ({
  usedMb: Math.max(a.usedMb, b.usedMb),
  buffersMb: Math.max(a.buffersMb, b.buffersMb),
});

/** Answers worker messages sent through the page's session, by the id each request carried. */
function workerChannel(session: CDPSession) {
  let nextId = 1;
  const waiting = new Map<number, (value: RawUsage | null) => void>();
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: RawUsage };
    if (reply.id === undefined) return;
    waiting.get(reply.id)?.(reply.result ?? null);
    waiting.delete(reply.id);
  });
  return (sessionId: string) =>
    new Promise<RawUsage | null>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      // A worker that has just ended never answers: count it as gone rather than wait.
      setTimeout(() => waiting.delete(id) && resolve(null), 1000);
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
      session.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => resolve(null));
    });
}

/**
 * Samples the heaps every `everyMs` while `during` runs and answers its result with the peaks.
 * Start it before the page creates its workers: they are attached as they start.
 */
export async function withHeapPeaks<T>(
  page: Page,
  during: () => Promise<T>,
  everyMs = 50,
): Promise<{ result: T; peaks: HeapPeaks }> {
  const session = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  let workersSeen = 0;
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type !== 'worker') return;
    workers.add(sessionId);
    workersSeen += 1;
  });
  session.on('Target.detachedFromTarget', ({ sessionId }) => {
    if (sessionId) workers.delete(sessionId);
  });
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const askWorker = workerChannel(session);
  const zero: HeapUsage = { usedMb: 0, buffersMb: 0 };
  const peaks = { page: zero, worker: zero, together: zero, samples: 0 };
  let running = true;
  const sampling = (async () => {
    while (running) {
      const pageUsage = toUsage(await session.send('Runtime.getHeapUsage'));
      const workerUsages = (await Promise.all([...workers].map(askWorker)))
        .filter((usage): usage is RawUsage => usage !== null)
        .map(toUsage);
      const workerTotal = workerUsages.reduce(
        (sum, usage) => ({
          usedMb: sum.usedMb + usage.usedMb,
          buffersMb: sum.buffersMb + usage.buffersMb,
        }),
        zero,
      );
      peaks.page = higher(peaks.page, pageUsage);
      peaks.worker = higher(peaks.worker, workerTotal);
      peaks.together = higher(peaks.together, {
        usedMb: pageUsage.usedMb + workerTotal.usedMb,
        buffersMb: pageUsage.buffersMb + workerTotal.buffersMb,
      });
      peaks.samples += 1;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  try {
    const result = await during();
    return { result, peaks: { ...peaks, workersSeen } };
  } finally {
    running = false;
    await sampling;
    await session.detach();
  }
}
