/**
 * The assessment document: one versioned JSON body, validated the same way in the form and in
 * main. Every part that can be left undone is optional or nullable, and absent/null always means
 * "not assessed" — never "normal". Lengths carry their unit in the field name (mm or cm), angles
 * are degrees. Errors are written for the practitioner.
 */
import { z } from 'zod';
import { checkpointFindingsSchema } from './checkpoint-finding-schema';
import { complaintSchema } from './complaint';
import { footExamSchema, footwearSchema } from './foot-schema';
import {
  oswestrySchema,
  painSchema,
  redFlagsSchema,
  rolandMorrisSchema,
  startBackSchema,
} from './questionnaire-schemas';
import { MESSAGES, strictGroup, text } from './schema-helpers';
import { movementSchema } from '../movement/findings-schema';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const assessmentBodySchema = strictGroup(
  {
    schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION, { error: MESSAGES.schemaVersion }),
    /** Added later: older documents have none, which reads as "no complaint recorded". */
    complaint: complaintSchema.nullish(),
    checkpointFindings: checkpointFindingsSchema.nullish(),
    feet: strictGroup(
      { left: footExamSchema.nullish(), right: footExamSchema.nullish() },
      'The feet section',
    ).nullish(),
    footwear: footwearSchema.nullish(),
    pain: painSchema.nullish(),
    oswestry: oswestrySchema.nullish(),
    rolandMorris: rolandMorrisSchema.nullish(),
    startBack: startBackSchema.nullish(),
    redFlags: redFlagsSchema.nullish(),
    /** Added later: the overhead and single-leg squats; absent reads as "not assessed". */
    movement: movementSchema.nullish(),
    notes: text('Notes'),
  },
  'The assessment',
);

export type AssessmentBody = z.infer<typeof assessmentBodySchema>;

/** A new, wholly not-assessed document. */
export function emptyAssessmentBody(): AssessmentBody {
  return { schemaVersion: ASSESSMENT_SCHEMA_VERSION };
}

export type { CheckpointFinding } from './checkpoint-finding-schema';
export type { FootExam } from './foot-schema';
export type {
  OswestryRecord,
  PainRecord,
  RedFlagRecord,
  RolandMorrisRecord,
  StartBackRecord,
} from './questionnaire-schemas';
