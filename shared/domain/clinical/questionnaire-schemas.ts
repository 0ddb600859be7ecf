/** Schemas for pain, the three questionnaires and the red-flag screen. */
import { z } from 'zod';
import { OSWESTRY_SECTION_COUNT, OSWESTRY_VARIANTS } from './oswestry';
import { BODY_CHART_REGION_IDS } from './pain';
import { isPresent } from './present';
import { RED_FLAG_IDS, type RedFlagId } from './red-flags';
import { ROLAND_MORRIS_ITEM_COUNT } from './roland-morris';
import { BOTHERSOMENESS_LEVELS, START_BACK_AGREE_ITEM_COUNT } from './start-back';
import { MESSAGES, strictGroup, text, hasNoDuplicates } from './schema-helpers';

const nprs = z
  .int({ error: MESSAGES.pain })
  .min(0, { error: MESSAGES.pain })
  .max(10, { error: MESSAGES.pain })
  .nullish();

export const painSchema = strictGroup(
  {
    nprsNow: nprs,
    nprsBestLastWeek: nprs,
    nprsWorstLastWeek: nprs,
    regions: z
      .array(z.enum(BODY_CHART_REGION_IDS, { error: 'Choose a pain area from the body chart.' }))
      .nullish()
      .refine(hasNoDuplicates, { error: 'A pain area is listed twice.' }),
    onset: text('Onset'),
    duration: text('Duration'),
    aggravatingFactors: text('What makes it worse'),
    easingFactors: text('What eases it'),
  },
  'Pain',
).superRefine((pain, context) => {
  const { nprsBestLastWeek: best, nprsWorstLastWeek: worst } = pain;
  if (isPresent(best) && isPresent(worst) && best > worst) {
    context.addIssue({
      code: 'custom',
      message: MESSAGES.painBestAboveWorst,
      path: ['nprsBestLastWeek'],
    });
  }
});

export const oswestrySchema = strictGroup(
  {
    variant: z.enum(OSWESTRY_VARIANTS, { error: MESSAGES.oswestryVariant }),
    sections: z
      .array(
        z
          .int({ error: MESSAGES.oswestrySection })
          .min(0, { error: MESSAGES.oswestrySection })
          .max(5, { error: MESSAGES.oswestrySection })
          .nullable(),
        { error: MESSAGES.oswestrySectionCount },
      )
      .length(OSWESTRY_SECTION_COUNT, { error: MESSAGES.oswestrySectionCount }),
  },
  'The Oswestry',
);

export const rolandMorrisSchema = strictGroup(
  {
    /** true = statement ticked today. Blank or "not applicable" is false. */
    responses: z
      .array(z.boolean({ error: MESSAGES.rolandMorrisCount }), {
        error: MESSAGES.rolandMorrisCount,
      })
      .length(ROLAND_MORRIS_ITEM_COUNT, { error: MESSAGES.rolandMorrisCount }),
  },
  'The Roland-Morris',
);

export const startBackSchema = strictGroup(
  {
    /** Items 1–8: true = agree, false = disagree, null = not answered. */
    agree: z
      .array(z.boolean({ error: MESSAGES.startBackCount }).nullable(), {
        error: MESSAGES.startBackCount,
      })
      .length(START_BACK_AGREE_ITEM_COUNT, { error: MESSAGES.startBackCount }),
    bothersomeness: z
      .enum(BOTHERSOMENESS_LEVELS, { error: 'Choose how much the pain has bothered them.' })
      .nullable(),
  },
  'STarT Back',
);

const redFlagAnswer = z.boolean({ error: 'Answer each red-flag question yes or no.' }).nullish();

/**
 * One optional yes/no per question id. Ids are only ever added, so an older assessment (which
 * answered the first four) still validates and reads as it was given.
 */
const redFlagShape = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, redFlagAnswer])) as Record<
  RedFlagId,
  typeof redFlagAnswer
>;

export const redFlagsSchema = strictGroup(redFlagShape, 'Red flags');

export type PainRecord = z.infer<typeof painSchema>;
export type OswestryRecord = z.infer<typeof oswestrySchema>;
export type RolandMorrisRecord = z.infer<typeof rolandMorrisSchema>;
export type StartBackRecord = z.infer<typeof startBackSchema>;
export type RedFlagRecord = z.infer<typeof redFlagsSchema>;
