/**
 * Where a program she pressed Save on waits on this computer while the studio server is away:
 * one copy per client and visit, since a visit has one program (new or already saved).
 */
import { hasStringFields, readKeptCopy, type KeptCopy } from '../../lib/kept-copy';
import { newKey, type Item } from './program-draft';

export interface ProgramValues {
  /** The saved program it changes; null for one not saved yet. */
  readonly programId: string | null;
  readonly title: string;
  readonly notes: string;
  readonly items: readonly Item[];
}

export const keptProgramKey = (clientId: string, assessmentId: string): string =>
  `stance:kept:program:${clientId}:${assessmentId}`;

const isItem = (value: unknown): value is Item =>
  hasStringFields(value, ['key', 'exerciseId', 'name', 'notes']) &&
  typeof (value as { dosage?: unknown }).dosage === 'object' &&
  Array.isArray((value as { reasons?: unknown }).reasons);

const isProgramValues = (value: unknown): value is ProgramValues => {
  if (!hasStringFields(value, ['title', 'notes'])) return false;
  const { programId, items } = value as Partial<ProgramValues>;
  return (
    (programId === null || typeof programId === 'string') &&
    Array.isArray(items) &&
    items.every(isItem)
  );
};

export function readKeptProgram(
  clientId: string,
  assessmentId: string,
): KeptCopy<ProgramValues> | null {
  const copy = readKeptCopy(keptProgramKey(clientId, assessmentId), isProgramValues);
  if (!copy) return null;
  // Row keys live only as long as a page; this page hands out its own.
  const items = copy.values.items.map((item) => ({ ...item, key: newKey() }));
  return { ...copy, values: { ...copy.values, items } };
}
