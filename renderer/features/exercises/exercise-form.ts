/** The exercise form's values as typed, and how they become the fields main checks. */
import type { LibraryExercise, OwnExerciseFields } from '../../../shared/channels/exercises';
import type {
  BodyRegion,
  Dosage,
  Equipment,
  ExercisePhase,
} from '../../../shared/domain/exercises';
import type { FieldIssue } from '../../../shared/errors';

export interface DosageValues {
  kind: Dosage['kind'];
  sets: string;
  reps: string;
  pauseSeconds: string;
  holdSeconds: string;
  perSide: boolean;
  timesPerDay: string;
  daysPerWeek: string;
}

/** Lists are edited as lines of text, one item a line. */
export interface ExerciseFormValues {
  name: string;
  phase: ExercisePhase;
  regions: BodyRegion[];
  purpose: string;
  steps: string;
  cues: string;
  cautions: string;
  targets: string;
  equipment: Equipment[];
  illustration: string;
  dosage: DosageValues;
}

export const blankExercise: ExerciseFormValues = {
  name: '',
  phase: 'activate',
  regions: [],
  purpose: '',
  steps: '',
  cues: '',
  cautions: '',
  targets: '',
  equipment: ['none'],
  illustration: '',
  dosage: {
    kind: 'reps',
    sets: '2',
    reps: '10',
    pauseSeconds: '',
    holdSeconds: '30',
    perSide: false,
    timesPerDay: '1',
    daysPerWeek: '7',
  },
};

export function valuesOf(exercise: LibraryExercise): ExerciseFormValues {
  const { dosage } = exercise;
  return {
    name: exercise.name,
    phase: exercise.phase,
    regions: [...exercise.regions],
    purpose: exercise.purpose,
    steps: exercise.steps.join('\n'),
    cues: exercise.cues.join('\n'),
    cautions: (exercise.cautions ?? []).join('\n'),
    targets: exercise.targets.join('\n'),
    equipment: [...exercise.equipment],
    illustration: exercise.illustration ?? '',
    dosage: {
      kind: dosage.kind,
      sets: String(dosage.sets),
      reps: dosage.kind === 'reps' ? String(dosage.reps) : blankExercise.dosage.reps,
      pauseSeconds: dosage.kind === 'reps' ? String(dosage.pauseSeconds ?? '') : '',
      holdSeconds:
        dosage.kind === 'hold' ? String(dosage.holdSeconds) : blankExercise.dosage.holdSeconds,
      perSide: dosage.perSide,
      timesPerDay: String(dosage.timesPerDay),
      daysPerWeek: String(dosage.daysPerWeek),
    },
  };
}

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Left as typed when it is not a number, so main answers "must be a number" in its words. */
const numberOf = (value: string): number | string =>
  value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);

function dosageOf(values: DosageValues) {
  const frequency = {
    sets: numberOf(values.sets),
    perSide: values.perSide,
    timesPerDay: numberOf(values.timesPerDay),
    daysPerWeek: numberOf(values.daysPerWeek),
  };
  if (values.kind === 'hold') {
    return { kind: 'hold', holdSeconds: numberOf(values.holdSeconds), ...frequency };
  }
  return {
    kind: 'reps',
    reps: numberOf(values.reps),
    ...(values.pauseSeconds.trim() === '' ? {} : { pauseSeconds: numberOf(values.pauseSeconds) }),
    ...frequency,
  };
}

/**
 * What is sent to main. Unchecked on purpose: main validates every field and words each problem
 * for the practitioner, so the form shows main's messages rather than a second set of rules.
 */
export function fieldsOf(values: ExerciseFormValues): OwnExerciseFields {
  const cautions = linesOf(values.cautions);
  return {
    name: values.name,
    phase: values.phase,
    regions: values.regions,
    purpose: values.purpose,
    steps: linesOf(values.steps),
    cues: linesOf(values.cues),
    ...(cautions.length > 0 ? { cautions } : {}),
    targets: linesOf(values.targets),
    equipment: values.equipment,
    illustration: values.illustration === '' ? null : values.illustration,
    dosage: dosageOf(values.dosage) as Dosage,
  };
}

/** The form's field for each list, with the word for one line of it. */
const listFields: Record<string, string> = {
  steps: 'Step',
  cues: 'Cue',
  cautions: 'Caution',
  targets: 'Line',
};

/**
 * Places main's issues beside the fields they are about: "steps.4" goes to the steps box as
 * "Step 5: …", a dosage issue to its number box. Anything left over is returned unplaced.
 */
export function placeIssues(issues: readonly FieldIssue[]): {
  byField: Map<string, string>;
  unplaced: FieldIssue[];
} {
  const byField = new Map<string, string>();
  const unplaced: FieldIssue[] = [];
  const add = (field: string, message: string) =>
    byField.set(field, byField.has(field) ? `${byField.get(field)} ${message}` : message);
  for (const issue of issues) {
    const [head = '', index, ...rest] = issue.path.split('.');
    if (head in listFields && index !== undefined && /^\d+$/.test(index) && rest.length === 0) {
      add(head, `${listFields[head]} ${Number(index) + 1}: ${issue.message}`);
    } else if (head === 'dosage') {
      add(index && index !== 'kind' ? `dosage.${index}` : 'dosage.kind', issue.message);
    } else if (
      ['name', 'phase', 'regions', 'purpose', 'equipment', 'illustration'].includes(head) ||
      head in listFields
    ) {
      add(head, issue.message);
    } else {
      unplaced.push(issue);
    }
  }
  return { byField, unplaced };
}
