import { z } from 'zod';
import type { AssessmentListItem } from '../domain/assessments';
import type { RedFlagTier } from '../domain/clinical/red-flag-tiers';
import type { Client } from '../domain/clients';
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
  client: Client;
  settings: Settings;
  /** The assessment the report is about: the one asked for, or the newest. */
  assessment: Assessment;
  /** Its age on the day of the assessment; null without a date of birth. */
  ageYears: number | null;
  /** This assessment and every earlier one, oldest first: the columns the charts and change use. */
  history: AssessmentListItem[];
  /** The program built from this assessment, newest if several; null when there is none. */
  program: Program | null;
  /**
   * The assessment's photos with their landmarks, in the order the views are read (front, back,
   * left side, right side, feet from above, heels from behind), oldest first within a view.
   */
  photos: PhotoInfo[];
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
  /** The client report's data for one assessment (the newest when none is named). */
  'reports:clientReport': channel<ClientReportData>()(
    z.strictObject({
      clientId: entityId('client'),
      assessmentId: entityId('assessment').optional(),
    }),
  ),

  /** The exercise handout's data: the program with its exercises, the client and the studio. */
  'reports:handout': channel<HandoutData>()(z.strictObject({ programId: entityId('program') })),
};
