/**
 * Where she chose to keep her client records, in the data folder (`records-place.json`): this
 * computer's file (the default, also when the file is absent) or the studio database. Kept apart
 * from the connection details, so saving or testing a connection never moves her records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../exports/atomic-file';

export const RECORDS_CHOICE_FILE = 'records-place.json';

export type RecordsChoice = 'file' | 'studio';

const choiceSchema = z.strictObject({
  format: z.literal(1),
  use: z.enum(['file', 'studio']),
});

export type ChoiceOutcome =
  { state: 'chosen'; use: RecordsChoice } | { state: 'unreadable'; message: string };

export function recordsChoiceFile(dataDir: string): string {
  return path.join(dataDir, RECORDS_CHOICE_FILE);
}

export function readRecordsChoice(dataDir: string): ChoiceOutcome {
  const file = recordsChoiceFile(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'chosen', use: 'file' };
    return { state: 'unreadable', message: unreadable(file) };
  }
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: 'chosen', use: parsed.data.use };
  } catch {
    // Not JSON: answered below like any other file this version cannot read.
  }
  return { state: 'unreadable', message: unreadable(file) };
}

export function saveRecordsChoice(dataDir: string, use: RecordsChoice): void {
  writeFileAtomically(recordsChoiceFile(dataDir), (sink) =>
    sink.write(`${JSON.stringify({ format: 1, use }, null, 2)}\n`),
  );
}

// Guessing "this computer's file" here could split her records between two places, so she is asked.
function unreadable(file: string): string {
  return `Stance could not read whether your records are on the studio database or on this computer (${file}). Choose again below.`;
}
