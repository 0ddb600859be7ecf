/**
 * Decoded frames around the one on screen, so that a step draws a frame already decoded instead of
 * asking the <video> to seek: a seek decodes again from the last keyframe, which at 1080p takes
 * longer than a step may (the target is 50 ms). A worker (frame-decoder.worker.ts) reads the stored
 * clip by byte range, decodes it with the browser's own decoder and sends each frame back at the
 * size it is shown at, so a window of frames costs little memory and the page's thread is free to
 * draw the frame asked for at once.
 */
import type { DecoderReply, DecoderRequest } from './frame-decoder-messages';

export type DecodedFrame = ImageBitmap;

/** Frames kept behind the one shown: a phone's keyframe interval, so stepping back stays decoded. */
const BEHIND = 30;
/** Frames decoded ahead, so stepping forward keeps finding the next frame ready. */
const AHEAD = 20;

interface Job {
  id: number;
  from: number;
  /** The frame the decoder reaches next. */
  next: number;
  /** The last picture it sent, shown for frame numbers no picture starts in. */
  previous: DecodedFrame | null;
}

export class FrameCache {
  private readonly frames = new Map<number, DecodedFrame>();
  private readonly waiting = new Map<number, ((frame: DecodedFrame | null) => void)[]>();
  private readonly worker: Worker;
  private position = 0;
  private job: Job | null = null;
  private jobs = 0;
  /** Closed, or the clip cannot be decoded here: every frame is left to the <video>. */
  private done = false;

  constructor(url: string, frameRate: number, width: number) {
    this.worker = new Worker(new URL('./frame-decoder.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker.onmessage = (event: MessageEvent<DecoderReply>) => this.receive(event.data);
    this.worker.onerror = () => this.giveUp();
    this.send({ kind: 'open', url, width, frameRate });
  }

  /**
   * Moves the kept window to `index` and keeps the decoder ahead of it. The frame when it is
   * already decoded (a step draws it at once), else null: then ask `whenDecoded`.
   */
  moveTo(index: number): DecodedFrame | null {
    // Only the latest step is drawn: one still waiting for an earlier frame gives up.
    for (const other of [...this.waiting.keys()]) if (other !== index) this.settle(other, null);
    if (this.done) return null;
    this.position = index;
    this.evict();
    this.steer(index);
    return this.frames.get(index) ?? null;
  }

  /** The frame once decoded; null when it will not be (the player then seeks the <video>). */
  whenDecoded(index: number): Promise<DecodedFrame | null> {
    const ready = this.frames.get(index);
    if (ready || this.done) return Promise.resolve(ready ?? null);
    return new Promise((resolve) => {
      this.waiting.set(index, [...(this.waiting.get(index) ?? []), resolve]);
    });
  }

  close(): void {
    this.giveUp();
    this.worker.terminate();
  }

  private send(request: DecoderRequest): void {
    this.worker.postMessage(request);
  }

  private steer(index: number): void {
    const job = this.job;
    // The running decode reaches this frame soon: let it carry on past where it paused.
    if (job && job.from <= index && index <= job.next + AHEAD) {
      this.send({ kind: 'until', job: job.id, last: index + AHEAD });
      return;
    }
    const first = Math.max(0, index - BEHIND);
    let from = first;
    while (from <= index + AHEAD && this.frames.has(from)) from += 1;
    if (from > index + AHEAD) return;
    // Going back past what is kept: decode from a window behind, so the next steps back are ready.
    const start = from > index ? from : first;
    this.dropJob();
    this.jobs += 1;
    this.job = { id: this.jobs, from: start, next: start, previous: null };
    this.send({ kind: 'decode', job: this.jobs, from: start, last: index + AHEAD });
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
      // The end of the clip, or a failure: nobody should wait for a frame that will not come.
      for (const index of [...this.waiting.keys()]) if (index >= job.next) this.settle(index, null);
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
  }

  private keep(index: number, frame: DecodedFrame): void {
    if (index < this.position - BEHIND || index > this.position + AHEAD) return;
    const replaced = this.frames.get(index);
    this.frames.set(index, frame);
    if (replaced !== frame) this.release(replaced ?? null);
    this.settle(index, frame);
  }

  private evict(): void {
    for (const [index, frame] of this.frames)
      if (index < this.position - BEHIND || index > this.position + AHEAD) {
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
