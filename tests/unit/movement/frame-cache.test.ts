import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DecoderReply,
  DecoderRequest,
} from '../../../renderer/features/movement-video/frame-decoder-messages';
import type { DecoderPort } from '../../../renderer/features/movement-video/frame-decoder-port';
import { FrameCache } from '../../../renderer/features/movement-video/frame-cache';
import { keptWindow } from '../../../renderer/features/movement-video/frame-window';

/** A picture as the cache sees one: its memory is freed by close(). */
class Picture {
  closed = false;
  constructor(readonly index: number) {}
  close() {
    this.closed = true;
  }
}

/**
 * A decoder that does what it is asked, one frame per `decodeFrames` turn: it decodes a job's
 * frames in order up to the job's last, then waits, as the worker does.
 */
function scriptedDecoder(clipFrames: number) {
  const requests: DecoderRequest[] = [];
  let reply: (message: DecoderReply) => void = () => {};
  let job: { id: number; next: number; last: number } | null = null;
  const pictures: Picture[] = [];
  const port: DecoderPort = {
    send: (request) => {
      requests.push(request);
      if (request.kind === 'decode')
        job = { id: request.job, next: request.from, last: request.last };
      else if (request.kind === 'until' && job?.id === request.job) job.last = request.last;
    },
    listen: (onReply) => (reply = onReply),
    close: () => {},
  };
  /** Decodes up to `count` frames of the current job; how many it did. */
  const decodeFrames = (count = Infinity) => {
    let done = 0;
    while (job && done < count && job.next <= job.last) {
      if (job.next >= clipFrames) {
        reply({ kind: 'end', job: job.id });
        job = null;
        break;
      }
      const picture = new Picture(job.next);
      pictures.push(picture);
      reply({
        kind: 'frame',
        job: job.id,
        index: job.next,
        bitmap: picture as unknown as ImageBitmap,
      });
      job.next += 1;
      done += 1;
    }
    return done;
  };
  const decodes = () => requests.filter((request) => request.kind !== 'open');
  return { port, decodeFrames, decodes, pictures, requests };
}

/** One frame of 700 × 394 pixels, as a 1080p clip is shown in the player. */
const FRAME_BYTES = 700 * 394 * 4;
const { behind: BEHIND, ahead: AHEAD } = keptWindow(FRAME_BYTES);

/** A cache on a clip of `clipFrames` pictures whose length says `lastFrame` is its last. */
function openCache(clipFrames: number, lastFrame = clipFrames - 1) {
  const decoder = scriptedDecoder(clipFrames);
  const cache = new FrameCache(decoder.port, { lastFrame, frameBytes: FRAME_BYTES });
  return { decoder, cache };
}

describe('the frames kept around the one shown', () => {
  it('keeps about 150 frames of a clip shown 700 pixels wide, twice as many ahead as behind', () => {
    expect(BEHIND + AHEAD).toBeGreaterThanOrEqual(140);
    expect(BEHIND + AHEAD).toBeLessThanOrEqual(160);
    expect(Math.abs(AHEAD - 2 * BEHIND)).toBeLessThanOrEqual(2);
  });

  it('keeps no fewer than a second and a half when each frame is large', () => {
    const { behind, ahead } = keptWindow(2800 * 1575 * 4);
    expect(behind + ahead).toBe(48);
  });
});

describe('a frame cache', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('decodes only the first frames until she turns to the player', async () => {
    const { decoder, cache } = openCache(900);
    cache.moveTo(0);
    expect(decoder.decodes()).toEqual([{ kind: 'decode', job: 1, from: 0, last: 16 }]);
    decoder.decodeFrames();
    await vi.advanceTimersByTimeAsync(5000);
    expect(decoder.decodes()).toHaveLength(1);
    cache.engage();
    await vi.advanceTimersByTimeAsync(0);
    expect(decoder.decodes().at(-1)).toEqual({ kind: 'until', job: 1, last: AHEAD });
    cache.close();
  });

  it('decodes the window ahead once she turns to it, then nothing while she steps through it', async () => {
    const { decoder, cache } = openCache(900);
    expect(cache.moveTo(0)).toBeNull();
    cache.engage();
    expect(decoder.decodes()).toEqual([
      { kind: 'decode', job: 1, from: 0, last: 16 },
      { kind: 'until', job: 1, last: AHEAD },
    ]);
    decoder.decodeFrames();
    await vi.advanceTimersByTimeAsync(1000);
    const asked = decoder.decodes().length;

    // Steps a held key takes, 16 ms apart: each frame is there, and the decoder is left alone.
    for (let index = 1; index <= AHEAD - 10; index += 1) {
      const frame = cache.moveTo(index) as unknown as Picture | null;
      expect(frame?.index).toBe(index);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(decoder.decodes()).toHaveLength(asked);
    expect(decoder.decodeFrames()).toBe(0);

    // She stops to look: the window ahead is topped up from where the decoder paused.
    await vi.advanceTimersByTimeAsync(200);
    expect(decoder.decodes().at(-1)).toEqual({ kind: 'until', job: 1, last: AHEAD - 10 + AHEAD });
    expect(decoder.decodeFrames()).toBe(AHEAD - 10);
    cache.close();
  });

  it('decodes at once when fewer than eight frames are left ahead while she steps', async () => {
    const { decoder, cache } = openCache(900);
    cache.moveTo(0);
    cache.engage();
    decoder.decodeFrames();
    for (let index = 1; index <= AHEAD - 8; index += 1) {
      cache.moveTo(index);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(decoder.decodes()).toHaveLength(2);
    cache.moveTo(AHEAD - 7);
    expect(decoder.decodes().at(-1)).toEqual({ kind: 'until', job: 1, last: 2 * AHEAD - 7 });
    cache.close();
  });

  it('hands a step past the decoded frames its frame once decoded', async () => {
    const { decoder, cache } = openCache(900);
    cache.moveTo(0);
    decoder.decodeFrames(3);
    expect(cache.moveTo(5)).toBeNull();
    const waited = cache.whenDecoded(5);
    decoder.decodeFrames(3);
    expect(((await waited) as unknown as Picture).index).toBe(5);
    cache.close();
  });

  it('fills the frames behind once she has stepped back past them, not the whole window again', async () => {
    const { decoder, cache } = openCache(900);
    cache.moveTo(400);
    cache.engage();
    decoder.decodeFrames();
    await vi.advanceTimersByTimeAsync(1000);
    decoder.decodeFrames();
    // Behind the frame shown is decoded too, from the far end of the window up to it.
    expect(decoder.decodes().at(-1)).toEqual({
      kind: 'decode',
      job: 2,
      from: 400 - BEHIND,
      last: 399,
    });
    for (let index = 399; index >= 390; index -= 1) {
      expect(cache.moveTo(index)).not.toBeNull();
      await vi.advanceTimersByTimeAsync(16);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(decoder.decodes().at(-1)).toEqual({
      kind: 'decode',
      job: 3,
      from: 390 - BEHIND,
      last: 400 - BEHIND - 1,
    });
    cache.close();
  });

  it('frees every picture that leaves the window, and keeps no more than the window', async () => {
    const { decoder, cache } = openCache(900);
    cache.engage();
    for (let index = 0; index < 600; index += 1) {
      cache.moveTo(index);
      decoder.decodeFrames(2);
      await vi.advanceTimersByTimeAsync(index % 50 === 0 ? 500 : 16);
      decoder.decodeFrames(2);
    }
    const open = decoder.pictures.filter((picture) => !picture.closed);
    expect(open.length).toBeLessThanOrEqual(BEHIND + AHEAD + 2);
    expect(open.every((picture) => picture.index >= 599 - BEHIND - 1)).toBe(true);
    cache.close();
    expect(decoder.pictures.every((picture) => picture.closed)).toBe(true);
  });

  it('stops asking at the clip’s end, and a step there is answered from the <video>', async () => {
    const { decoder, cache } = openCache(100, 104);
    cache.moveTo(60);
    cache.engage();
    decoder.decodeFrames();
    await vi.advanceTimersByTimeAsync(1000);
    decoder.decodeFrames();
    await vi.advanceTimersByTimeAsync(1000);
    const asked = decoder.decodes().length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(decoder.decodes()).toHaveLength(asked);
    expect(cache.moveTo(102)).toBeNull();
    expect(await cache.whenDecoded(102)).toBeNull();
    cache.close();
  });
});
