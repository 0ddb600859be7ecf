/** Shared pieces of the assessment schema: input limits, messages and small zod builders. */
import { z } from 'zod';
import { isPresent } from './present';

/** Typo guards only — the widest values that could be real — not clinical thresholds. */
export const INPUT_LIMITS = {
  footProgressionAngleDeg: { min: -90, max: 90 },
  navicularDropMm: { min: 0, max: 40 },
  kneeToWallCm: { min: 0, max: 30 },
  rcspEversionDeg: { min: -45, max: 45 },
  firstMtpDorsiflexionDeg: { min: 0, max: 120 },
  textLength: 4000,
  findings: 500,
} as const;

export const MESSAGES = {
  fpiItem: 'Each FPI-6 item is scored from −2 to +2.',
  fpiItemCount: 'The FPI-6 has six items; leave an item empty if it could not be scored.',
  pain: 'Pain is rated as a whole number from 0 to 10.',
  painBestAboveWorst: 'The best pain in the last week cannot be higher than the worst.',
  navicularDropNegative:
    'Navicular drop cannot be negative: enter how far the navicular lowers, in millimetres.',
  navicularDropTooLarge: 'A navicular drop over 40 mm is not possible: check the value is in mm.',
  footProgression: 'Foot progression angle runs from −90° (toe-in) to +90° (toe-out).',
  kneeToWallNegative:
    'Knee-to-wall distance is 0 cm or more, measured from the big toe to the wall.',
  kneeToWallTooLarge: 'A knee-to-wall distance over 30 cm is unlikely: check the value is in cm.',
  rcsp: 'Heel angle runs from −45° (tilted in) to +45° (tilted out).',
  firstMtp: 'Big-toe upward bend runs from 0° to 120°.',
  oswestrySection: 'Each Oswestry section is scored from 0 to 5, or left empty if skipped.',
  oswestrySectionCount: 'The Oswestry has ten sections; leave a skipped section empty.',
  oswestryVariant: 'Choose which Oswestry version was used: standard (2.1a) or modified.',
  rolandMorrisCount: 'The Roland-Morris has 24 statements; record each as ticked or not.',
  startBackCount: 'STarT Back items 1 to 8 each need agree, disagree or empty.',
  schemaVersion: 'This assessment was saved in a format this version of Stance does not know.',
} as const;

export const strictGroup = <Shape extends z.ZodRawShape>(shape: Shape, what: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${what} has a field Stance does not know: ${issue.keys.join(', ')}.`
        : `${what} must be a group of fields.`,
  });

export const text = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .max(INPUT_LIMITS.textLength, {
      error: `${label} is too long (at most ${INPUT_LIMITS.textLength} characters).`,
    })
    .nullish();

/** A measured value: any number within the typo-guard limits, or absent/null when not measured. */
export const measured = (
  label: string,
  limits: { min: number; max: number },
  minError: string,
  maxError = minError,
) =>
  z
    .number({ error: `${label} must be a number.` })
    .min(limits.min, { error: minError })
    .max(limits.max, { error: maxError })
    .nullish();

/** For `.refine`: a list (when present) names each entry once. */
export const hasNoDuplicates = (values: readonly unknown[] | null | undefined): boolean =>
  !isPresent(values) || new Set(values).size === values.length;
