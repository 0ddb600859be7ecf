/**
 * Frame arithmetic for the player. A frame is numbered from 0 by where its time falls; seeking to
 * the middle of a frame, not its edge, lands on that frame even when timestamps are rounded.
 */
export function frameAt(seconds: number, frameRate: number): number {
  return Math.max(0, Math.floor(seconds * frameRate + 1e-6));
}

export function lastFrame(durationSeconds: number, frameRate: number): number {
  return Math.max(0, Math.ceil(durationSeconds * frameRate - 1e-6) - 1);
}

export function timeOfFrame(frame: number, frameRate: number): number {
  return (frame + 0.5) / frameRate;
}

/** The frame `by` steps away from `seconds`, kept inside the clip. */
export function stepTarget(
  seconds: number,
  by: number,
  frameRate: number,
  durationSeconds: number,
): number {
  const target = frameAt(seconds, frameRate) + by;
  return Math.min(lastFrame(durationSeconds, frameRate), Math.max(0, target));
}

/** "0:04" for a clip's length. */
export function formatClipLength(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
