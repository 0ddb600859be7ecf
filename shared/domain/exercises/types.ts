import { z } from 'zod';

/**
 * The four phases of the corrective exercise continuum, in the order a session runs them:
 * release (self-myofascial work on overactive tissue), lengthen (static or active stretching),
 * activate (isolated strengthening of underactive muscles), integrate (whole-body movement).
 */
export const exercisePhases = ['release', 'lengthen', 'activate', 'integrate'] as const;
export type ExercisePhase = (typeof exercisePhases)[number];

export const phaseLabels: Record<ExercisePhase, string> = {
  release: 'Release',
  lengthen: 'Lengthen',
  activate: 'Activate',
  integrate: 'Integrate',
};

/** Listed feet to head, the order the static assessment is read in. */
export const bodyRegions = [
  'foot-ankle',
  'knee',
  'hip',
  'lumbo-pelvic',
  'thoracic',
  'shoulder',
  'neck',
] as const;
export type BodyRegion = (typeof bodyRegions)[number];

export const regionLabels: Record<BodyRegion, string> = {
  'foot-ankle': 'Foot and ankle',
  knee: 'Knee',
  hip: 'Hip',
  'lumbo-pelvic': 'Lower back and pelvis',
  thoracic: 'Upper back',
  shoulder: 'Shoulder',
  neck: 'Neck',
};

export const equipmentKinds = [
  'none',
  'foam-roller',
  'massage-ball',
  'small-ball',
  'exercise-ball',
  'band',
  'mini-band',
  'towel',
  'wall',
  'doorway',
  'step',
  'chair',
  'small-objects',
] as const;
export type Equipment = (typeof equipmentKinds)[number];

/** Worded for the client's shopping list on the handout. */
export const equipmentLabels: Record<Equipment, string> = {
  none: 'No equipment',
  'foam-roller': 'Foam roller',
  'massage-ball': 'Massage ball or tennis ball',
  'small-ball': 'Soft ball about the size of a fist',
  'exercise-ball': 'Large exercise ball',
  band: 'Resistance band',
  'mini-band': 'Small loop band',
  towel: 'Towel',
  wall: 'Wall',
  doorway: 'Doorway',
  step: 'Step or stair',
  chair: 'Chair',
  'small-objects': 'Marbles or other small objects',
};

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, { error: `${label} cannot be empty.` })
    .max(max, { error: `${label} is too long (at most ${max} characters).` });

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(min, { error: `${label} must be at least ${min}.` })
    .max(max, { error: `${label} must be at most ${max}.` });

const frequency = {
  sets: wholeNumber('Sets', 1, 10),
  perSide: z.boolean({ error: 'Say whether the dosage is for each side.' }),
  timesPerDay: wholeNumber('Times per day', 1, 6),
  daysPerWeek: wholeNumber('Days per week', 1, 7),
};

/** Counted movements, e.g. 2 × 12 with a 2-second pause at the end of each repetition. */
const repsDosageSchema = z.strictObject({
  kind: z.literal('reps'),
  reps: wholeNumber('Repetitions', 1, 50),
  pauseSeconds: wholeNumber('Pause', 1, 30).optional(),
  ...frequency,
});

/** Timed work: a held stretch or position, or the time spent rolling one area. */
const holdDosageSchema = z.strictObject({
  kind: z.literal('hold'),
  holdSeconds: wholeNumber('Hold time in seconds', 5, 300),
  ...frequency,
});

export const dosageSchema = z.discriminatedUnion('kind', [repsDosageSchema, holdDosageSchema], {
  error: 'Choose repetitions or a hold time.',
});

export type Dosage = z.output<typeof dosageSchema>;
export type RepsDosage = z.output<typeof repsDosageSchema>;
export type HoldDosage = z.output<typeof holdDosageSchema>;

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

/**
 * The rules every exercise follows, built-in or written by a practitioner, so a handout always
 * has a short purpose, a few steps and cues, and a complete dosage.
 */
export const exerciseSchema = z.strictObject({
  id: z
    .string({ error: 'The exercise id must be text.' })
    .regex(KEBAB_CASE, { error: 'Use lowercase letters, digits and single dashes for the id.' })
    .max(60, { error: 'The exercise id is too long (at most 60 characters).' }),
  name: text('The name', 60),
  phase: z.enum(exercisePhases, { error: 'Choose release, lengthen, activate or integrate.' }),
  regions: z
    .array(z.enum(bodyRegions, { error: 'Choose a body region from the list.' }))
    .min(1, { error: 'Choose at least one body region.' })
    .refine(distinct, { error: 'Each body region can be listed only once.' }),
  purpose: text('The purpose', 160).refine((value) => /[.!?]$/.test(value), {
    error: 'Write the purpose as one full sentence ending with a full stop.',
  }),
  steps: z
    .array(text('A step', 140))
    .min(3, { error: 'Write at least 3 steps.' })
    .max(6, { error: 'Keep it to 6 steps at most; clients follow short instructions better.' }),
  cues: z
    .array(text('A cue', 90))
    .min(1, { error: 'Add at least one coaching cue.' })
    .max(3, { error: 'Keep it to 3 cues at most.' }),
  targets: z
    .array(text('A target muscle', 60))
    .min(1, { error: 'Name at least one target muscle.' })
    .max(6, { error: 'Name at most 6 target muscles.' }),
  dosage: dosageSchema,
  equipment: z
    .array(z.enum(equipmentKinds, { error: 'Choose equipment from the list.' }))
    .min(1, { error: 'Choose the equipment, or "none".' })
    .refine(distinct, { error: 'Each piece of equipment can be listed only once.' })
    .refine((items) => !items.includes('none') || items.length === 1, {
      error: '"None" cannot be combined with other equipment.',
    }),
  cautions: z
    .array(text('A caution', 160))
    .min(1, { error: 'Leave cautions out rather than empty.' })
    .max(3, { error: 'Keep it to 3 cautions at most.' })
    .optional(),
  illustration: z
    .string({ error: 'The illustration must be a file name.' })
    .regex(KEBAB_CASE, { error: 'The illustration name must use lowercase letters and dashes.' })
    .nullable(),
  builtIn: z.boolean({ error: 'Say whether the exercise is built in.' }),
});

export type Exercise = z.output<typeof exerciseSchema>;

/** Shipped with the app: read-only, and its id is referenced by saved programs forever. */
export type BuiltInExercise = Exercise & { builtIn: true };
