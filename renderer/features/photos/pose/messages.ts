import type { PoseDetection } from '../../../../shared/domain/pose/model';

/** What the page asks the pose worker: find the person in this photo. */
export interface DetectRequest {
  readonly id: number;
  readonly photo: Blob;
  /** Its size, known from the stored photo, so it is decoded once, straight to a small copy. */
  readonly width: number;
  readonly height: number;
  /** Where the model files are served (the build's `pose/` folder), as an absolute URL. */
  readonly modelBaseUrl: string;
}

/** How long each part took, in milliseconds, for the benchmark and nothing else. */
export interface DetectTimings {
  readonly decodeAndResizeMs: number;
  readonly modelMs: number;
}

export type DetectResponse =
  | { id: number; ok: true; detection: PoseDetection; timings: DetectTimings }
  | { id: number; ok: false; message: string };
