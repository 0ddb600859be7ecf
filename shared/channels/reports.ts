import { z } from 'zod';
import type { AssessmentListItem } from '../domain/assessments';
import type { RedFlagTier } from '../domain/clinical/red-flag-tiers';
import type { Client } from '../domain/clients';
import type { ProgressVisit } from '../domain/progress/visit-values';
import type { Settings } from '../domain/settings';
import type { Assessment } from './assessments';
import type { PhotoInfo } from './photos';
import { channel, entityId } from './define';
import type { Program } from './programs';

/**
 * Everything the client report prints, in one answer, so the print window makes one call and
 * cannot show a half-loaded document.
 */
export interface ClientReportData {
  /** For a finalized revision, with the name and date of birth it kept when it was finalized. */
  client: Client;
  settings: Settings;
  /**
   * The assessment the report is about: the one asked for, or the newest; at its current revision
   * unless an earlier one was asked for. Scored with the rules version stamped on it.
   */
  assessment: Assessment;
  /** Age on the day of the assessment, from the date of birth above; null without one. */
  ageYears: number | null;
  /** This assessment and every earlier one, oldest first: the columns the charts and change use. */
  history: AssessmentListItem[];
  /** The progress charts' values for the same visits, oldest first; this one as reported. */
  progress: ProgressVisit[];
  /**
   * The program built from this assessment (the newest if several); without one, the program in
   * progress on the day: the newest made on or before it. null when there is neither.
   */
  program: Program | null;
  /** Whether `program` was built from this assessment rather than carried on from before. */
  programFromThisVisit: boolean;
  /**
   * The assessment's photos with their landmarks, in the order the views are read (front, back,
   * left side, right side, feet from above, heels from behind), oldest first within a view.
   */
  photos: PhotoInfo[];
  /**
   * The before of the report's before-and-after page: the first earlier visit with a photo of a
   * view this one also has, with its photos (current revision). null when there is none.
   */
  firstPhotos: { assessmentId: string; assessedOn: string; photos: PhotoInfo[] } | null;
}

export interface HandoutData {
  client: Client;
  settings: Settings;
  program: Program;
  /**
   * The highest red-flag tier answered yes in the client's newest assessment, so the handout
   * carries the referral; null when none is. The newest, not the program's own: what the client
   * last told her is what counts on the day it is printed.
   */
  referral: RedFlagTier | null;
}

/** The print window's request is declared with the print channels; the report page names it here. */
export type { PrintRequest } from './print';

export const reportChannels = {
  /**
   * The client report's data for one assessment (the newest when none is named), at its current
   * revision or at an earlier one named with `revision`.
   */
  'reports:clientReport': channel<ClientReportData>()(
    z.strictObject({
      clientId: entityId('client'),
      assessmentId: entityId('assessment').optional(),
      revision: z.int({ error: 'Choose a revision.' }).min(1).max(1_000_000).optional(),
    }),
  ),

  /** The exercise handout's data: the program with its exercises, the client and the studio. */
  'reports:handout': channel<HandoutData>()(z.strictObject({ programId: entityId('program') })),
};
