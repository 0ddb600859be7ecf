/**
 * The capture check: what a detection says about how the photo was taken, in plain words. It only
 * informs; the photo stays, and she decides whether to retake it.
 */
import type { Edge, Framing } from './framing';

/**
 * From this roll on, the check speaks up. Stance's own choice: a rolled camera adds its roll to
 * every left–right tilt measured on the photo, and below about 2° the model's points cannot tell
 * a rolled camera from their own scatter.
 */
export const NOTICEABLE_ROLL_DEG = 2;

export type CaptureNoteId = `cut-off-${Edge}` | 'feet-not-seen' | 'camera-rolled';

export interface CaptureNote {
  readonly id: CaptureNoteId;
  readonly message: string;
}

const CUT_OFF: Record<Edge, string> = {
  top: 'The head is cut off at the top edge.',
  bottom: 'The feet are cut off at the bottom edge.',
  left: 'The body is cut off at the left edge.',
  right: 'The body is cut off at the right edge.',
};

export function captureNotes(framing: Framing | null): CaptureNote[] {
  if (!framing) return [];
  const notes: CaptureNote[] = framing.cutOff.map((edge) => ({
    id: `cut-off-${edge}`,
    message: CUT_OFF[edge],
  }));
  if (!framing.cutOff.includes('bottom') && !framing.feetSeen)
    notes.push({
      id: 'feet-not-seen',
      message: 'The feet could not be made out: they may be cut off at the bottom edge, or hidden.',
    });
  const roll = framing.rollDeg;
  if (roll !== null && Math.abs(roll) >= NOTICEABLE_ROLL_DEG)
    notes.push({
      id: 'camera-rolled',
      message: `The camera is tilted about ${Math.round(Math.abs(roll))}° (level lines fall toward the photo’s ${roll > 0 ? 'right' : 'left'}); left–right tilts read from this photo include it.`,
    });
  return notes;
}
