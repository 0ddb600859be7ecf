/** What the player's frame cache and its decoding worker (frame-decoder.worker.ts) tell each other. */

export type DecoderRequest =
  /** The clip to read, and the width (in pixels) its frames are shown at. */
  | { kind: 'open'; url: string; width: number; frameRate: number }
  /** Decode from frame `from` up to `last` (then wait for room), as job `job`; the job before stops. */
  | { kind: 'decode'; job: number; from: number; last: number }
  /** Job `job` may decode up to and including frame `last`, then waits for more room. */
  | { kind: 'until'; job: number; last: number };

export type DecoderReply =
  /** The picture whose time falls in frame `index`, at the width asked for, turned upright. */
  | { kind: 'frame'; job: number; index: number; bitmap: ImageBitmap }
  /** Job `job` decoded its last frame (the clip's end) or failed; no more frames will come. */
  | { kind: 'end'; job: number }
  /** This computer cannot decode the clip this way: the player seeks the <video> instead. */
  | { kind: 'unavailable' };
