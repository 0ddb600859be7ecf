/**
 * "Move my records to the studio": what she is told while it runs and when it has finished. The
 * move copies; the records on this computer stay as they are.
 */

/** How many of each kind of record arrived on the studio server, every one counted there again. */
export interface MovedCounts {
  clients: number;
  assessments: number;
  /** Every saved version of those assessments: drafts, finalized ones and amendments. */
  revisions: number;
  programs: number;
  exercises: number;
  photos: number;
  clips: number;
  /** Stored photo and clip files whose fingerprint (SHA-256) the server recomputed and matched. */
  files: number;
}

export interface MoveOutcome {
  moved: MovedCounts;
  /**
   * What of hers the studio did not take because it has its own: her letterhead settings (when
   * the studio has any letterhead, it keeps it whole), and her photo for an exercise the studio
   * has a photo for.
   */
  keptStudios: { settings: number; exercisePhotos: number };
}

export const moveSteps = ['checking', 'records', 'files', 'verifying'] as const;
export type MoveStep = (typeof moveSteps)[number];

/** Sent while a move runs; `done` of `total` counts records, then files, in the current step. */
export interface MoveProgress {
  step: MoveStep;
  done: number;
  total: number;
}
