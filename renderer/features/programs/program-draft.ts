/** The program being edited, as the builder holds it until it is saved. */
import type { LibraryExercise } from '../../../shared/channels/exercises';
import type { AssessmentSuggestion, Program } from '../../../shared/channels/programs';
import type { Dosage, ExercisePhase } from '../../../shared/domain/exercises';
import { clientDisplayName } from '../../../shared/domain/clients';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import type { DosageValues } from '../exercises';

/**
 * A program item's dosage as typed, the same values the exercise form edits: numbers stay as
 * typed until saving, so main's messages explain what is wrong with them.
 */
export type DosageDraft = DosageValues;

export interface Item {
  key: string;
  exerciseId: string;
  name: string;
  phase: ExercisePhase | null;
  /** What the row shows as its picture: the practitioner's photo, else the line drawing. */
  photoHash: string | null;
  illustration: string | null;
  reasons: readonly string[];
  dosage: DosageDraft;
  notes: string;
}

export interface Loaded {
  /** Whose program it is and from which visit, for the page's header. */
  clientName: string;
  assessedOn: string;
  programId: string | null;
  /** When the saved program was last saved, sent back with the next save (null for a new one). */
  updatedAt: string | null;
  title: string;
  notes: string;
  items: Item[];
  suggestion: AssessmentSuggestion | null;
  library: LibraryExercise[];
}

export type Load =
  | { status: 'loading' }
  | { status: 'failed'; error: AppErrorShape }
  | { status: 'ready'; data: Loaded };

export const DEFAULT_TITLE = 'Home exercises';

export const toDraft = (dosage: Dosage): DosageDraft => ({
  kind: dosage.kind,
  sets: String(dosage.sets),
  reps: dosage.kind === 'reps' ? String(dosage.reps) : '10',
  holdSeconds: dosage.kind === 'hold' ? String(dosage.holdSeconds) : '30',
  pauseSeconds: dosage.kind === 'reps' && dosage.pauseSeconds ? String(dosage.pauseSeconds) : '',
  perSide: dosage.perSide,
  timesPerDay: String(dosage.timesPerDay),
  daysPerWeek: String(dosage.daysPerWeek),
});

/** Left as typed when it is not a number, so main answers "must be a number". */
export const numberOf = (value: string): number | string =>
  value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);

export function fromDraft(draft: DosageDraft) {
  const frequency = {
    sets: numberOf(draft.sets),
    perSide: draft.perSide,
    timesPerDay: numberOf(draft.timesPerDay),
    daysPerWeek: numberOf(draft.daysPerWeek),
  };
  if (draft.kind === 'hold')
    return { kind: 'hold', holdSeconds: numberOf(draft.holdSeconds), ...frequency };
  return {
    kind: 'reps',
    reps: numberOf(draft.reps),
    ...(draft.pauseSeconds.trim() === '' ? {} : { pauseSeconds: numberOf(draft.pauseSeconds) }),
    ...frequency,
  };
}

let nextKey = 0;
export const newKey = () => `item-${++nextKey}`;

export async function loadBuilder(clientId: string, assessmentId: string): Promise<Load> {
  const [list, library, client, assessment] = await Promise.all([
    invoke('programs:listForClient', { clientId }),
    invoke('exercises:list', { includeRetired: false }),
    invoke('clients:get', { id: clientId }),
    invoke('assessments:get', { id: assessmentId }),
  ]);
  if (!list.ok) return { status: 'failed', error: list.error };
  if (!library.ok) return { status: 'failed', error: library.error };
  if (!client.ok) return { status: 'failed', error: client.error };
  if (!assessment.ok) return { status: 'failed', error: assessment.error };
  const visit = {
    clientName: clientDisplayName(client.value),
    assessedOn: assessment.value.assessedOn,
  };
  const existing = list.value.find((program) => program.assessmentId === assessmentId);
  if (existing) {
    const program = await invoke('programs:get', { id: existing.id });
    if (!program.ok) return { status: 'failed', error: program.error };
    return { status: 'ready', data: { ...visit, ...fromProgram(program.value, library.value) } };
  }
  const suggestion = await invoke('programs:suggest', { assessmentId });
  if (!suggestion.ok) return { status: 'failed', error: suggestion.error };
  return {
    status: 'ready',
    data: {
      ...visit,
      programId: null,
      updatedAt: null,
      title: DEFAULT_TITLE,
      notes: '',
      items: [],
      suggestion: suggestion.value,
      library: library.value,
    },
  };
}

export function fromProgram(
  program: Program,
  library: LibraryExercise[],
): Omit<Loaded, 'clientName' | 'assessedOn'> {
  return {
    programId: program.id,
    updatedAt: program.updatedAt,
    title: program.title,
    notes: program.notes,
    suggestion: null,
    library,
    items: program.items.map((item) => ({
      key: newKey(),
      exerciseId: item.exerciseId,
      name: item.exercise?.name ?? item.exerciseId,
      phase: item.exercise?.phase ?? null,
      photoHash: item.exercise?.photoHash ?? null,
      illustration: item.exercise?.illustration ?? null,
      reasons: [],
      dosage: toDraft(item.dosage),
      notes: item.notes,
    })),
  };
}

/** The part of the program that saving keeps, to tell whether anything changed since. */
export function savedShape(title: string, notes: string, items: readonly Item[]): string {
  return JSON.stringify({
    title,
    notes,
    items: items.map((item) => [item.exerciseId, item.dosage, item.notes]),
  });
}

export function dosageText(dosage: DosageDraft): string {
  const pause = dosage.pauseSeconds.trim() ? `, ${dosage.pauseSeconds} s pause` : '';
  const amount =
    dosage.kind === 'hold'
      ? `${dosage.sets} × ${dosage.holdSeconds} s hold`
      : `${dosage.sets} × ${dosage.reps} reps${pause}`;
  return `${amount}${dosage.perSide ? ' each side' : ''}, ${dosage.timesPerDay}× a day, ${dosage.daysPerWeek} days a week`;
}
