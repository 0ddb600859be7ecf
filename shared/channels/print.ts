import { z } from 'zod';
import { channel, entityId } from './define';

export const printKinds = ['report', 'handout'] as const;
export type PrintKind = (typeof printKinds)[number];

export const printRequestSchema = z
  .strictObject({
    kind: z.enum(printKinds, { error: 'Choose the report or the handout.' }),
    clientId: entityId('client'),
    assessmentId: entityId('assessment').optional(),
    /** An earlier revision of the assessment to print as it was; the current one when left out. */
    revision: z.int({ error: 'Choose a revision.' }).min(1).max(1_000_000).optional(),
    programId: entityId('program').optional(),
  })
  .refine((request) => request.kind !== 'handout' || request.programId !== undefined, {
    error: 'Choose the program to print.',
    path: ['programId'],
  });

export type PrintRequest = z.output<typeof printRequestSchema>;

export type SavePdfOutcome = { saved: false } | { saved: true; path: string; bytes: number };

export const printChannels = {
  /** Renders the document to PDF and saves it where the practitioner chooses. */
  'print:savePdf': channel<SavePdfOutcome>()(printRequestSchema),

  /** Opens the system print dialog for the document; false when it was cancelled. */
  'print:print': channel<{ printed: boolean }>()(printRequestSchema),
};
