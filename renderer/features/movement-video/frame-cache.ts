/**
 * Decoded frames around the one on screen, so that a step draws a frame already decoded instead of
 * asking the <video> to seek: a seek decodes again from the last keyframe, which at 1080p takes
 * longer than a step may (the target is 50 ms). A worker (frame-decoder.worker.ts) reads the stored
 * clip by byte range, decodes it with the browser's own decoder and sends each frame back at the
 * size it is shown at, so a window of frames costs little memory and the page's thread is free to
 * draw the frame asked for at once. How much is kept, and when more is decoded: frame-window.ts.
 */
import type { DecoderReply } from './frame-decoder-messages';
import type { DecoderPort } from './frame-decoder-port';
import {
  FIRST_WINDOW,
  LOW_LEAD,
  SOON,
  STILL_MS,
  firstMissing,
  keptWindow,
  type FrameWindow,
} from './frame-window';

export type DecodedFrame = ImageBitmap;

export interface FrameCacheOptions {
  /** The clip's last frame number. */
  readonly lastFrame: number;
  /** What one decoded frame takes at the size it is shown (width × height × 4 bytes). */
  readonly frameBytes: number;
}

interface Job {
  id: number;
  from: number;
  /** The frame the decoder reaches next. */
  next: number;
  /** The last frame it may decode before it waits for more room. */
  last: number;
  /** The last picture it sent, shown for frame numbers no picture starts in. */
  previous: DecodedFrame | null;
}

export class FrameCache {
  private readonly frames = new Map<number, DecodedFrame>();
  private readonly waiting = new Map<number, ((frame: DecodedFrame | null) => void)[]>();
  private window: FrameWindow = FIRST_WINDOW;
  private readonly fullWindow: FrameWindow;
  private position = 0;
  private movedAt = -Infinity;
  private job: Job | null = null;
  private jobs = 0;
  /** The first frame number no picture will come for: the clip's end, or where decoding failed. */
  private end: number;
  private refillTimer: ReturnType<typeof setTimeout> | null = null;
  /** Closed, or the clip cannot be decoded here: every frame is left to the <video>. */
  private done = false;

  constructor(
    private readonly decoder: DecoderPort,
    options: FrameCacheOptions,
  ) {
    this.fullWindow = keptWindow(options.frameBytes);
    this.end = options.lastFrame + 1;
    decoder.listen(
      (reply) => this.receive(reply),
      () => this.giveUp(),
    );
  }

  /**
   * Moves the kept window to `index`. The frame when it is already decoded (a step draws it at
   * once), else null: then ask `whenDecoded`.
   */
  moveTo(index: number): DecodedFrame | null {
    // Only the latest step is drawn: one still waiting for an earlier frame gives up.
    for (const other of [...this.waiting.keys()]) if (other !== index) this.settle(other, null);
    if (this.done) return null;
    this.position = index;
    this.movedAt = Date.now();
    this.evict();
    this.refillSoon();
    return this.frames.get(index) ?? null;
  }

  /** She has turned to the player (focused it, or stepped): keep the whole window from now on. */
  engage(): void {
    if (this.window === this.fullWindow || this.done) return;
    this.window = this.fullWindow;
    this.refillSoon();
  }

  /** The frame once decoded; null when it will not be (the player then seeks the <video>). */
  whenDecoded(index: number): Promise<DecodedFrame | null> {
    const ready = this.frames.get(index);
    if (ready || this.done || index >= this.end) return Promise.resolve(ready ?? null);
    return new Promise((resolve) => {
      this.waiting.set(index, [...(this.waiting.get(index) ?? []), resolve]);
    });
  }

  close(): void {
    this.giveUp();
    this.decoder.close();
  }

  /** Decodes now when she is about to run out of frames, else once she stops stepping. */
  private refillSoon(): void {
    if (this.runningLow()) {
      this.refill();
      return;
    }
    if (this.refillTimer !== null) clearTimeout(this.refillTimer);
    const wait = Math.max(0, this.movedAt + STILL_MS - Date.now());
    this.refillTimer = setTimeout(() => this.refill(), wait);
  }

  private runningLow(): boolean {
    const has = (index: number) => this.frames.has(index);
    const last = this.end - 1;
    const ahead = firstMissing(has, this.position, Math.min(last, this.position + LOW_LEAD));
    const behind = firstMissing(
      has,
      Math.max(0, this.position - LOW_LEAD),
      Math.min(last, this.position - 1),
    );
    return ahead !== null || behind !== null;
  }

  /** Decodes the first frames missing from the window: ahead of the one shown first, then behind. */
  private refill(): void {
    if (this.refillTimer !== null) clearTimeout(this.refillTimer);
    this.refillTimer = null;
    if (this.done) return;
    const has = (index: number) => this.frames.has(index);
    const high = Math.min(this.end - 1, this.position + this.window.ahead);
    const ahead = firstMissing(has, this.position, high);
    if (ahead !== null) {
      this.decode(ahead, high);
      return;
    }
    const low = Math.max(0, this.position - this.window.behind);
    const behind = firstMissing(has, low, Math.min(high, this.position - 1));
    if (behind === null) return;
    let last = behind;
    while (last + 1 < this.position && !has(last + 1)) last += 1;
    this.decode(behind, last);
  }

  private decode(from: number, last: number): void {
    const job = this.job;
    if (job && job.next <= from && from <= job.next + SOON) {
      if (job.last < last) {
        job.last = last;
        this.decoder.send({ kind: 'until', job: job.id, last });
      }
      return;
    }
    this.dropJob();
    this.jobs += 1;
    this.job = { id: this.jobs, from, next: from, last, previous: null };
    this.decoder.send({ kind: 'decode', job: this.jobs, from, last });
  }

  private receive(reply: DecoderReply): void {
    if (reply.kind === 'unavailable') {
      this.giveUp();
      return;
    }
    const job = this.job;
    if (!job || job.id !== reply.job) {
      if (reply.kind === 'frame') reply.bitmap.close();
      return;
    }
    if (reply.kind === 'end') {
      this.job = null;
      this.release(job.previous);
      this.end = Math.min(this.end, job.next);
      // The end of the clip, or a failure: nobody should wait for a frame that will not come.
      for (const index of [...this.waiting.keys()]) if (index >= this.end) this.settle(index, null);
      this.refillSoon();
      return;
    }
    const { index, bitmap } = reply;
    // A camera's clip has uneven timing: a frame number no picture starts in shows the one
    // before, as the <video> would at that time (before the first, the first).
    for (let gap = job.next; gap < index; gap += 1) this.keep(gap, job.previous ?? bitmap);
    this.keep(index, bitmap);
    const before = job.previous;
    job.previous = bitmap;
    job.next = index + 1;
    this.release(before);
    if (index >= job.last) this.refillSoon();
  }

  private keep(index: number, frame: DecodedFrame): void {
    if (!this.inWindow(index)) return;
    const replaced = this.frames.get(index);
    this.frames.set(index, frame);
    if (replaced !== frame) this.release(replaced ?? null);
    this.settle(index, frame);
  }

  private inWindow(index: number): boolean {
    const { behind, ahead } = this.window;
    return index >= this.position - behind && index <= this.position + ahead;
  }

  private evict(): void {
    for (const [index, frame] of this.frames)
      if (!this.inWindow(index)) {
        this.frames.delete(index);
        this.release(frame);
      }
  }

  /** Frees a picture's memory now, unless a kept frame number or the decoder still shows it. */
  private release(frame: DecodedFrame | null): void {
    if (!frame || frame === this.job?.previous) return;
    for (const kept of this.frames.values()) if (kept === frame) return;
    frame.close();
  }

  private dropJob(): void {
    const job = this.job;
    this.job = null;
    this.release(job?.previous ?? null);
  }

  private giveUp(): void {
    this.done = true;
    if (this.refillTimer !== null) clearTimeout(this.refillTimer);
    this.refillTimer = null;
    this.dropJob();
    for (const frame of this.frames.values()) frame.close();
    this.frames.clear();
    for (const index of [...this.waiting.keys()]) this.settle(index, null);
  }

  private settle(index: number, frame: DecodedFrame | null): void {
    for (const resolve of this.waiting.get(index) ?? []) resolve(frame);
    this.waiting.delete(index);
  }
}
