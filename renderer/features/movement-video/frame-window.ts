/**
 * How many decoded frames the player keeps around the one on screen, and when it decodes more.
 * Decoding a 1080p frame and scaling it takes about as long as drawing a step, and on a busy
 * two-core computer the two fight for the processor: with one core kept busy, back-to-back steps
 * came at p95 36 ms while the decoder kept pace with them, 20 ms when it had decoded ahead. So
 * the player decodes a long stretch while she looks, and not while she steps.
 */

/** What the kept frames may take together: about 150 frames at 700 pixels wide, 5 s of a 30 fps clip. */
const KEPT_BYTES = 160 * 2 ** 20;
/** Never fewer, however large each frame is shown (a high-density screen): a second and a half. */
const FEWEST_KEPT = 48;
/** Fewer decoded frames than this left ahead (or behind) of the one shown: decode at once. */
export const LOW_LEAD = 8;
/** Steps further apart than this are looked at: the decoder may work between them. */
export const STILL_MS = 120;
/**
 * A running decode this few frames short of a frame is left to reach it: decoding them costs
 * less than starting again from a keyframe, which may be a second back.
 */
export const SOON = 20;

export interface FrameWindow {
  readonly behind: number;
  readonly ahead: number;
}

/**
 * Until she turns to the player: the first frames only. Decoding the whole window takes seconds of
 * a two-core processor, which an assessment she opens only to type in should not pay.
 */
export const FIRST_WINDOW: FrameWindow = { behind: LOW_LEAD, ahead: 2 * LOW_LEAD };

/** Twice as many frames kept ahead as behind: she steps forward through a movement more than back. */
export function keptWindow(frameBytes: number): FrameWindow {
  const kept = Math.max(FEWEST_KEPT, Math.floor(KEPT_BYTES / Math.max(1, frameBytes)));
  const behind = Math.floor(kept / 3);
  return { behind, ahead: kept - behind };
}

/** The first frame from `from` to `to` (both included) that `has` not, or null. */
export function firstMissing(has: (index: number) => boolean, from: number, to: number) {
  for (let index = from; index <= to; index += 1) if (!has(index)) return index;
  return null;
}
