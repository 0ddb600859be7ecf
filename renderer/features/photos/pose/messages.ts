import type { PoseDetection } from '../../../../shared/domain/pose/model';

/** What the page asks the pose worker: find the person in this photo. */
export interface DetectRequest {
  readonly id: number;
  /** The photo, or a smaller copy of it with the same proportions (its screen copy). */
  readonly photo: Blob;
  /**
   * The stored photo's own size: the points come back in its pixels, whatever size of copy was
   * sent, and the copy is decoded once, straight to a small one.
   */
  readonly width: number;
  readonly height: number;
  /** Where the model files are served (the build's `pose/` folder), as an absolute URL. */
  readonly modelBaseUrl: string;
}

/** How long each part took, in milliseconds, for the benchmark and nothing else. */
export interface DetectTimings {
  /** From receiving the photo to having its points. */
  readonly totalMs: number;
  readonly decodeMs: number;
  /** The two model calls alone (input tensor in, outputs read back). */
  readonly modelMs: number;
}

export type DetectResponse =
  | { id: number; ok: true; detection: PoseDetection; timings: DetectTimings }
  | { id: number; ok: false; message: string };
