/**
 * Red-flag screening questions. clinical-reference.md has no red-flag section: these four come
 * from the product requirement, so each is marked unverified (SOURCES.redFlagsNotInReference)
 * and the wording must be reviewed by a clinician before release. No others were added, since
 * the reference supports none.
 */
import type { Source } from './sources';
import { SOURCES } from './sources';

export const RED_FLAG_IDS = [
  'saddleNumbness',
  'bladderOrBowelChange',
  'nightPain',
  'unexplainedWeightLoss',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlagQuestion {
  readonly id: RedFlagId;
  readonly label: string;
  readonly help: string;
  readonly source: Source;
}

const unverified = SOURCES.redFlagsNotInReference;

export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  {
    id: 'saddleNumbness',
    label: 'Numbness or altered feeling around the groin, buttocks or inner thighs',
    help: 'The area that would touch a saddle.',
    source: unverified,
  },
  {
    id: 'bladderOrBowelChange',
    label: 'New difficulty passing or controlling urine or stools',
    help: 'Any recent change, including leaking or not being able to go.',
    source: unverified,
  },
  {
    id: 'nightPain',
    label: 'Pain at night that does not settle with rest or a change of position',
    help: 'Ordinary stiffness that eases on moving does not count.',
    source: unverified,
  },
  {
    id: 'unexplainedWeightLoss',
    label: 'Weight loss without trying',
    help: 'Weight lost recently without a change in diet or activity.',
    source: unverified,
  },
];

export type RedFlagAnswers = Partial<Record<RedFlagId, boolean | null>>;

/** Shown whenever any red-flag question is answered yes. Our own wording. */
export const REFERRAL_NOTICE =
  'Refer to a medical professional: at least one screening answer needs medical review before ' +
  'exercise starts or continues. Do not treat this as a posture or exercise issue.';

export const RED_FLAG_SCREEN_INCOMPLETE_NOTICE =
  'Red-flag screening is not complete: ask the remaining questions before starting exercise.';

export type RedFlagScreen =
  | { readonly status: 'refer'; readonly positives: readonly RedFlagId[]; readonly notice: string }
  | {
      readonly status: 'incomplete';
      readonly unanswered: readonly RedFlagId[];
      readonly notice: string;
    }
  | { readonly status: 'clear' };

/**
 * Any yes → refer, even if other questions are blank. All no → clear. Otherwise incomplete:
 * a blank is never read as "no".
 */
export function screenRedFlags(answers: RedFlagAnswers | null | undefined): RedFlagScreen {
  const positives = RED_FLAG_IDS.filter((id) => answers?.[id] === true);
  if (positives.length > 0) return { status: 'refer', positives, notice: REFERRAL_NOTICE };
  const unanswered = RED_FLAG_IDS.filter((id) => answers?.[id] !== false);
  if (unanswered.length > 0) {
    return { status: 'incomplete', unanswered, notice: RED_FLAG_SCREEN_INCOMPLETE_NOTICE };
  }
  return { status: 'clear' };
}
