/**
 * Where a program she pressed Save on waits on this computer while the studio server is away:
 * one copy per client and visit, since a visit has one program (new or already saved).
 */
import type { Program } from '../../../shared/channels/programs';
import { hasStringFields, readKeptCopy, type KeptCopy } from '../../lib/kept-copy';
import { fromDraft, newKey, toDraft, type Item } from './program-draft';

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

/** True when the saved program already holds these values, as saving would store them. */
export function holdsProgram(program: Program, values: ProgramValues): boolean {
  const saved = program.items.map((item) => [
    item.exerciseId,
    fromDraft(toDraft(item.dosage)),
    item.notes,
  ]);
  const hers = values.items.map((item) => [item.exerciseId, fromDraft(item.dosage), item.notes]);
  return (
    canonical([program.title, program.notes, saved]) ===
    canonical([values.title, values.notes, hers])
  );
}

/** JSON with every object's keys in one order, so equal values compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
