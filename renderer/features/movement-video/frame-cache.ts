/**
 * Decoded frames around the one on screen, so that a step draws a frame already decoded instead of
 * asking the <video> to seek: a seek decodes again from the last keyframe, which at 1080p takes
 * longer than a step may (the target is 50 ms). mediabunny reads the stored clip by byte range and
 * decodes it with the browser's own decoder (WebCodecs), turning each frame the way the clip stands
 * and scaling it to the size it is shown at, so a window of frames costs little memory.
 */
import { ALL_FORMATS, CanvasSink, Input, UrlSource } from 'mediabunny';
import { frameAt, timeOfFrame } from './frame-steps';

export type DecodedFrame = HTMLCanvasElement | OffscreenCanvas;

/** Frames kept behind the one shown: a phone's keyframe interval, so stepping back stays decoded. */
const BEHIND = 30;
/** Frames decoded ahead, so stepping forward keeps finding the next frame ready. */
const AHEAD = 20;

interface Job {
  from: number;
  /** The frame the decoder reaches next. */
  next: number;
  stopped: boolean;
  wake: (() => void) | null;
}

export class FrameCache {
  private readonly frames = new Map<number, DecodedFrame>();
  private readonly waiting = new Map<number, ((frame: DecodedFrame | null) => void)[]>();
  private readonly input: Input;
  private readonly sink: Promise<CanvasSink | null>;
  private position = 0;
  private job: Job | null = null;
  private closed = false;

  constructor(
    url: string,
    private readonly frameRate: number,
    width: number,
  ) {
    this.input = new Input({ source: new UrlSource(url), formats: ALL_FORMATS });
    this.sink = this.input
      .getPrimaryVideoTrack()
      .then(async (track) =>
        track && (await track.canDecode())
          ? new CanvasSink(track, { width: Math.round(width), poolSize: 0 })
          : null,
      )
      // A clip this computer cannot decode this way is still shown by the <video>, seeking.
      .catch(() => null);
  }

  /** The frame, decoded; null when it cannot be (the player then seeks the <video> instead). */
  async frame(index: number): Promise<DecodedFrame | null> {
    // Only the latest step is drawn: one still waiting for an earlier frame gives up.
    for (const other of [...this.waiting.keys()]) if (other !== index) this.settle(other, null);
    this.position = index;
    this.evict();
    const sink = await this.sink;
    if (!sink || this.closed) return null;
    const ready = this.frames.get(index);
    this.steer(sink, index);
    if (ready) return ready;
    return new Promise((resolve) => {
      this.waiting.set(index, [...(this.waiting.get(index) ?? []), resolve]);
    });
  }

  close(): void {
    this.closed = true;
    this.stopJob();
    this.frames.clear();
    this.settleAll();
    this.input.dispose();
  }

  private steer(sink: CanvasSink, index: number): void {
    const job = this.job;
    // The running decode reaches this frame soon: let it carry on past where it paused.
    if (job && !job.stopped && job.from <= index && index <= job.next + AHEAD) {
      job.wake?.();
      return;
    }
    const first = Math.max(0, index - BEHIND);
    let from = first;
    while (from <= index + AHEAD && this.frames.has(from)) from += 1;
    if (from > index + AHEAD) return;
    this.stopJob();
    // Going back past what is kept: decode from a window behind, so the next steps back are ready.
    const start = from > index ? from : first;
    const next: Job = { from: start, next: start, stopped: false, wake: null };
    this.job = next;
    void this.run(sink, next);
  }

  private async run(sink: CanvasSink, job: Job): Promise<void> {
    const frames = sink.canvases(timeOfFrame(job.from, this.frameRate));
    let previous: DecodedFrame | null = null;
    try {
      for await (const { canvas, timestamp } of frames) {
        if (job.stopped) break;
        // Read from the frame's middle, so a timestamp rounded down a hair still names its frame.
        const index = frameAt(timestamp + 0.5 / this.frameRate, this.frameRate);
        // A camera's clip has uneven timing: a frame number no picture starts in shows the one
        // before, as the <video> would at that time (before the first, the first).
        for (let gap = job.next; gap < index; gap += 1) this.keep(gap, previous ?? canvas);
        this.keep(index, canvas);
        previous = canvas;
        job.next = index + 1;
        while (!job.stopped && index >= this.position + AHEAD)
          await new Promise<void>((resolve) => (job.wake = resolve));
      }
    } catch {
      // A decode that fails leaves the frames to the <video>.
    } finally {
      if (this.job === job) {
        this.job = null;
        // The end of the clip, or a failure: nobody should wait for a frame that will not come.
        for (const index of [...this.waiting.keys()])
          if (index >= job.next) this.settle(index, null);
      }
    }
  }

  private keep(index: number, frame: DecodedFrame): void {
    if (index < this.position - BEHIND || index > this.position + AHEAD) return;
    this.frames.set(index, frame);
    this.settle(index, frame);
  }

  private stopJob(): void {
    if (!this.job) return;
    this.job.stopped = true;
    this.job.wake?.();
    this.job = null;
  }

  private evict(): void {
    for (const index of this.frames.keys())
      if (index < this.position - BEHIND || index > this.position + AHEAD)
        this.frames.delete(index);
  }

  private settle(index: number, frame: DecodedFrame | null): void {
    for (const resolve of this.waiting.get(index) ?? []) resolve(frame);
    this.waiting.delete(index);
  }

  private settleAll(): void {
    for (const index of [...this.waiting.keys()]) this.settle(index, null);
  }
}
