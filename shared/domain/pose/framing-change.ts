/**
 * Whether a new photo was framed like the same view's photo from the client's previous visit:
 * the same distance (the body as tall in the photo), the same camera height (the body as high in
 * it) and the same roll. Lengths, offsets and tilts compared between visits are only fair when
 * these match; a difference is said in plain words and blocks nothing.
 */
import type { Framing } from './framing';

/**
 * Stance's own tolerances (no published figure exists): about a tenth of the body's height in the
 * photo is a step closer or further at the usual 2–3 m; the roll limit matches the capture check.
 */
export const FRAMING_CHANGE_LIMITS = {
  /** The body's height in the photo may differ by this share of the earlier one. */
  size: 0.1,
  /** The body's middle may move up or down by this share of the photo's height. */
  height: 0.08,
  /** The camera's roll may differ by this many degrees. */
  rollDeg: 2,
} as const;

export type FramingChangeId = 'further' | 'closer' | 'higher' | 'lower' | 'rolled';

export interface FramingChange {
  readonly id: FramingChangeId;
  readonly message: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * What changed since `earlier`, named in the messages as `earlierName` (for example "the photo
 * from 3 March"). Empty when both were framed alike, or when either detection cannot say.
 */
export function framingChanges(
  earlier: Framing,
  now: Framing,
  earlierName: string,
): FramingChange[] {
  const changes: FramingChange[] = [];
  if (earlier.body && now.body) {
    const before = earlier.body.bottom - earlier.body.top;
    const after = now.body.bottom - now.body.top;
    const grown = after / before - 1;
    if (Math.abs(grown) > FRAMING_CHANGE_LIMITS.size)
      changes.push(
        grown < 0
          ? {
              id: 'further',
              message: `The client stands noticeably further from the camera than in ${earlierName} (the body fills ${percent(-grown)} less of the photo’s height); comparisons of distances between visits will be less fair.`,
            }
          : {
              id: 'closer',
              message: `The client stands noticeably closer to the camera than in ${earlierName} (the body fills ${percent(grown)} more of the photo’s height); comparisons of distances between visits will be less fair.`,
            },
      );
    const moved =
      (now.body.top + now.body.bottom) / 2 - (earlier.body.top + earlier.body.bottom) / 2;
    if (Math.abs(moved) > FRAMING_CHANGE_LIMITS.height)
      changes.push(
        moved > 0
          ? {
              id: 'lower',
              message: `The body sits noticeably lower in the photo than in ${earlierName}: the camera was probably higher or aimed differently, which changes how lines lean between visits.`,
            }
          : {
              id: 'higher',
              message: `The body sits noticeably higher in the photo than in ${earlierName}: the camera was probably lower or aimed differently, which changes how lines lean between visits.`,
            },
      );
  }
  if (earlier.rollDeg !== null && now.rollDeg !== null) {
    const turned = now.rollDeg - earlier.rollDeg;
    if (Math.abs(turned) >= FRAMING_CHANGE_LIMITS.rollDeg)
      changes.push({
        id: 'rolled',
        message: `The camera is tilted about ${Math.round(Math.abs(turned))}° differently from ${earlierName}; comparisons of left–right tilts between visits will be less fair.`,
      });
  }
  return changes;
}
