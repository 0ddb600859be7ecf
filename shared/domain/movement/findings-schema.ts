/**
 * How the movement screens are stored in the assessment body: one entry per compensation and side
 * that was looked at, and one per follow-up that was tried. Anything without an entry was not
 * assessed. Older assessments have no `movement` at all, which reads the same way.
 */
import { z } from 'zod';
import { strictGroup, text } from '../clinical/schema-helpers';
import {
  COMPENSATION_IDS,
  FOLLOW_UP_IDS,
  FOLLOW_UP_RESULTS,
  MOVEMENT_GRADES,
  compensationById,
} from './compensations';

const MAX_ENTRIES = 200;

export const movementFindingSchema = strictGroup(
  {
    compensationId: z
      .string({ error: 'That movement compensation is not in the list.' })
      .refine((id) => COMPENSATION_IDS.includes(id), {
        error: 'That movement compensation is not in the list.',
      }),
    /** The side for feet and knees; the standing leg for the single-leg squat; null otherwise. */
    side: z.enum(['left', 'right'], { error: 'Side is left, right or empty.' }).nullable(),
    grade: z.enum(MOVEMENT_GRADES, { error: 'Grade is not seen, mild or marked.' }),
  },
  'A movement finding',
);

export type MovementFinding = z.infer<typeof movementFindingSchema>;

export const followUpSchema = strictGroup(
  {
    followUpId: z.enum(FOLLOW_UP_IDS, { error: 'That follow-up is not in the list.' }),
    result: z.enum(FOLLOW_UP_RESULTS, { error: 'A follow-up either helped or changed nothing.' }),
  },
  'A movement follow-up',
);

export type FollowUpRecord = z.infer<typeof followUpSchema>;

export const movementSchema = strictGroup(
  {
    findings: z
      .array(movementFindingSchema)
      .max(MAX_ENTRIES, { error: 'Too many movement findings.' })
      .superRefine((findings, context) => {
        const seen = new Set<string>();
        findings.forEach((finding, index) => {
          const item = compensationById(finding.compensationId);
          if (item && item.sided !== (finding.side !== null)) {
            context.addIssue({
              code: 'custom',
              message: item.sided
                ? `“${item.label}” is recorded for each side: choose left or right.`
                : `“${item.label}” is one check for the whole body: leave the side empty.`,
              path: [index, 'side'],
            });
          }
          const slot = `${finding.compensationId}|${finding.side ?? 'midline'}`;
          if (seen.has(slot)) {
            context.addIssue({
              code: 'custom',
              message: 'This movement finding is recorded twice for the same side.',
              path: [index, 'compensationId'],
            });
          }
          seen.add(slot);
        });
      })
      .nullish(),
    followUps: z
      .array(followUpSchema)
      .max(FOLLOW_UP_IDS.length, { error: 'Each follow-up is recorded once.' })
      .refine(
        (records) => new Set(records.map((record) => record.followUpId)).size === records.length,
        { error: 'Each follow-up is recorded once.' },
      )
      .nullish(),
    note: text('The movement note'),
  },
  'The movement section',
);

export type MovementRecord = z.infer<typeof movementSchema>;
