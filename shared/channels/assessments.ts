import { z } from 'zod';
import type {
  AssessmentHistoryEntry,
  AssessmentListItem,
  AssessmentRevision,
  AssessmentSummaryColumns,
} from '../domain/assessments';
import { assessmentBodySchema, type AssessmentBody } from '../domain/clinical/assessment-schema';
import { isCalendarDate, localToday } from '../domain/dates';
import { channel, entityId } from './define';

const assessmentId = entityId('assessment');

/** The date an assessment was made; also what an imported client record is held to. */
export const assessedOn = z
  .string({ error: 'Enter the date of the assessment.' })
  .refine(isCalendarDate, { error: 'Enter a real date, e.g. 2026-11-24.' })
  .refine((value) => value >= '1900-01-01', { error: 'The assessment date must be after 1900.' })
  .refine((value) => value <= localToday(new Date(Date.now() + 24 * 3_600_000)), {
    error: 'The assessment date cannot be in the future.',
  });

const revision = z.int({ error: 'The revision must be a whole number.' }).min(1).max(10_000);

export type Assessment = AssessmentRevision<AssessmentBody>;

export interface SavedDraft extends AssessmentSummaryColumns {
  revision: number;
  updatedAt: string;
}

export const assessmentChannels = {
  /** Starts a draft for the client, dated today unless told otherwise, with nothing assessed. */
  'assessments:create': channel<Assessment>()(
    z.strictObject({ clientId: entityId('client'), assessedOn: assessedOn.optional() }),
  ),

  /** The current revision. */
  'assessments:get': channel<Assessment>()(z.strictObject({ id: assessmentId })),

  'assessments:getRevision': channel<Assessment>()(z.strictObject({ id: assessmentId, revision })),

  /**
   * Saves the whole document of a draft. `revision` is the one the form is editing: a save aimed
   * at a revision that has since been finalized or replaced is refused, never merged.
   * `expectedUpdatedAt` is the `updatedAt` the edit started from (the form sends it on every
   * save): when the draft has been saved from elsewhere since, the save is refused with who and
   * when, and nothing is overwritten. Seeding scripts that own the draft may leave it out.
   */
  'assessments:saveDraft': channel<SavedDraft>()(
    z.strictObject({
      id: assessmentId,
      revision,
      assessedOn,
      body: assessmentBodySchema,
      expectedUpdatedAt: z.string().min(1).max(64).optional(),
    }),
  ),

  /** Locks the draft. From then on it can only be amended, which adds a revision. */
  'assessments:finalize': channel<Assessment>()(z.strictObject({ id: assessmentId, revision })),

  /** Opens a new draft revision copied from the final one; the final one is kept as it was. */
  'assessments:amend': channel<Assessment>()(
    z.strictObject({
      id: assessmentId,
      reason: z
        .string({ error: 'Say briefly why it is being amended.' })
        .trim()
        .min(1, { error: 'Say briefly why it is being amended.' })
        .max(500, { error: 'Keep the reason under 500 characters.' }),
    }),
  ),

  /**
   * Throws away the current draft: a first draft removes the assessment, an amendment draft goes
   * back to the final revision before it. A final revision is never discarded.
   */
  'assessments:discardDraft': channel<{ removed: 'assessment' | 'revision' }>()(
    z.strictObject({ id: assessmentId }),
  ),

  /** Every revision, newest first, with who started and finalized it where the server knows. */
  'assessments:history': channel<AssessmentHistoryEntry[]>()(z.strictObject({ id: assessmentId })),

  /** The client's assessments at their current revisions, newest first. */
  'assessments:listForClient': channel<AssessmentListItem[]>()(
    z.strictObject({ clientId: entityId('client') }),
  ),
};
