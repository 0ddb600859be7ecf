import { z } from 'zod';
import type { Dosage } from '../domain/exercises';
import { dosageSchema } from '../domain/exercises';
import type { ProgramSuggestion } from '../domain/programs/suggest';
import { channel, entityId, expectedUpdatedAt } from './define';
import type { LibraryExercise } from './exercises';
import { exerciseIdSchema } from './exercises';

/** A long list is followed less well (clinical-reference §1e); 20 leaves room for a full session. */
export const MAX_PROGRAM_ITEMS = 20;

const programId = entityId('program');

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} is too long (at most ${max} characters).` })
    .default('');

const programItemSchema = z.strictObject({
  exerciseId: exerciseIdSchema,
  dosage: dosageSchema,
  notes: optionalText('The exercise note', 300),
});

export const programInputSchema = z.strictObject({
  /** Absent for a new program; present to replace a saved one. */
  id: programId.optional(),
  clientId: entityId('client'),
  /** The assessment it was built from. Left out on a resave keeps the link; null removes it. */
  assessmentId: entityId('assessment').nullish(),
  title: z
    .string({ error: 'Give the program a title.' })
    .trim()
    .min(1, { error: 'Give the program a title, e.g. "Home exercises, weeks 1–4".' })
    .max(120, { error: 'The title is too long (at most 120 characters).' }),
  notes: optionalText('The program notes', 2000),
  /** With `id`: the `updatedAt` the builder loaded the program at (see `expectedUpdatedAt`). */
  expectedUpdatedAt,
  /** In the order the client does them. */
  items: z
    .array(programItemSchema, { error: 'The exercises must be a list.' })
    .max(MAX_PROGRAM_ITEMS, {
      error: `Keep a program to ${MAX_PROGRAM_ITEMS} exercises at most; shorter programs are followed better.`,
    }),
});

export type ProgramInput = z.input<typeof programInputSchema>;

export interface ProgramItem {
  /** 0-based place in the program. */
  position: number;
  exerciseId: string;
  dosage: Dosage;
  notes: string;
  /**
   * The exercise as the library holds it now (retired ones included), so the builder and the
   * handout need no second lookup. null only if it has vanished from the library entirely.
   */
  exercise: LibraryExercise | null;
}

export interface Program {
  id: string;
  clientId: string;
  assessmentId: string | null;
  title: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  items: ProgramItem[];
}

export interface ProgramSummary {
  id: string;
  clientId: string;
  assessmentId: string | null;
  title: string;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export type AssessmentSuggestion = ProgramSuggestion & {
  assessmentId: string;
  /** The revision the suggestions were made from: always the current one. */
  revision: number;
};

const byId = z.strictObject({ id: programId });

export const programChannels = {
  /** Suggestions for the assessment's current revision, with the reason for each. */
  'programs:suggest': channel<AssessmentSuggestion>()(
    z.strictObject({ assessmentId: entityId('assessment') }),
  ),

  /**
   * Creates a program, or replaces a saved one's details and exercise list in one step. Every
   * exercise must be in the library; a retired one only if the program already used it.
   */
  'programs:save': channel<Program>()(programInputSchema),

  'programs:get': channel<Program>()(byId),

  /** Newest first. */
  'programs:listForClient': channel<ProgramSummary[]>()(
    z.strictObject({ clientId: entityId('client') }),
  ),

  /** Deletes the program and its exercise list; the exercises stay in the library. */
  'programs:delete': channel<{ id: string }>()(byId),
};
