import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { AssessmentSuggestion, Program, ProgramSummary } from '../../shared/channels/programs';
import type { ParsedRequestOf } from '../../shared/contract';
import type { AssessmentBody } from '../../shared/domain/clinical/assessment-schema';
import { ageOn } from '../../shared/domain/dates';
import { bodyWithPhotoValues } from '../../shared/domain/photo-checkpoint-values';
import { suggestProgram } from '../../shared/domain/programs/suggest';
import type { FieldIssue } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { NewItem } from '../db/repositories/programs';
import type { Records, Stores } from '../db/stores/stores';
import { stampAfter } from '../db/stores/draft-stamp';
import { recordChangedElsewhere } from './draft-conflict';
import { resolveExercises } from './exercises';
import { photosOfAssessment } from './photos';

const programNotFound = () =>
  new AppError('not-found', 'That program could not be found. It may have been deleted.');

const clientNotFound = () =>
  new AppError('not-found', 'That client could not be found. They may have been erased.');

/** The program with each item's exercise as the library holds it now. */
export async function loadProgram({ stores }: Records, id: string): Promise<Program> {
  const stored = await stores.programs.find(id);
  if (!stored) throw programNotFound();
  const items = await stores.programs.findItems(id);
  const exercises = await resolveExercises(
    stores,
    items.map((item) => item.exerciseId),
  );
  return {
    ...stored,
    items: items.map((item) => ({ ...item, exercise: exercises.get(item.exerciseId) ?? null })),
  };
}

/**
 * Every exercise must be in the library. A retired one may stay in a program that already had
 * it, so old programs keep working, but it cannot be added anew.
 */
async function exerciseIssues(
  stores: Stores,
  exerciseIds: readonly string[],
  alreadyUsed: ReadonlySet<string>,
): Promise<FieldIssue[]> {
  const library = await resolveExercises(stores, exerciseIds);
  const issues: FieldIssue[] = [];
  exerciseIds.forEach((exerciseId, index) => {
    const path = `items.${index}.exerciseId`;
    const exercise = library.get(exerciseId);
    if (!exercise) {
      issues.push({ path, message: 'That exercise is not in the library.' });
    } else if (exercise.retiredAt !== null && !alreadyUsed.has(exerciseId)) {
      issues.push({
        path,
        message: `“${exercise.name}” is retired. Restore it in the library to add it to a program.`,
      });
    }
  });
  return issues;
}

export async function suggestForAssessment(
  session: Records,
  assessmentId: string,
): Promise<AssessmentSuggestion> {
  const { stores } = session;
  const revision = await stores.assessments.findCurrent(assessmentId);
  if (!revision) {
    throw new AppError(
      'not-found',
      'That assessment could not be found. It may have been discarded.',
    );
  }
  const dateOfBirth = (await stores.clients.find(revision.clientId))?.dateOfBirth ?? '';
  // Children's foot-progression bands differ, so the client's age on the day matters.
  const ageYears = dateOfBirth === '' ? null : ageOn(dateOfBirth, revision.assessedOn);
  return {
    assessmentId,
    revision: revision.revision,
    // What the photos measure counts where she typed nothing, as the form shows it.
    ...suggestProgram(
      bodyWithPhotoValues(
        revision.body as AssessmentBody,
        await photosOfAssessment(session, assessmentId, revision.revision),
      ),
      { ageYears },
    ),
  };
}

export async function saveProgram(
  session: Records,
  {
    id,
    clientId,
    assessmentId,
    title,
    notes,
    items,
    expectedUpdatedAt,
  }: ParsedRequestOf<'programs:save'>,
): Promise<Program> {
  const { stores, now } = session;
  if (!(await stores.clients.find(clientId))) throw clientNotFound();
  const existing = id === undefined ? undefined : await stores.programs.find(id);
  if (id !== undefined && !existing) throw programNotFound();
  if (existing && existing.clientId !== clientId) {
    throw new AppError('invalid-input', 'This program belongs to another client.', [
      { path: 'clientId', message: 'This program belongs to another client.' },
    ]);
  }
  const linked = assessmentId === undefined ? (existing?.assessmentId ?? null) : assessmentId;
  if (linked !== null && (await stores.assessments.findCurrent(linked))?.clientId !== clientId) {
    const message = 'That assessment is not one of this client’s.';
    throw new AppError('invalid-input', message, [{ path: 'assessmentId', message }]);
  }
  const alreadyUsed = new Set(
    existing ? (await stores.programs.findItems(existing.id)).map((item) => item.exerciseId) : [],
  );
  const issues = await exerciseIssues(
    stores,
    items.map((item) => item.exerciseId),
    alreadyUsed,
  );
  const [first] = issues;
  if (first) {
    const message =
      issues.length === 1
        ? first.message
        : 'Some exercises in this program cannot be used. Please check the marked ones.';
    throw new AppError('invalid-input', message, issues);
  }

  const programId = existing?.id ?? randomUUID();
  const clock = now();
  const at = clock.toISOString();
  // The version check only means something for a program already saved.
  const expected = existing ? expectedUpdatedAt : undefined;
  const stamp = expected === undefined ? at : stampAfter(at, expected);
  const fields = { assessmentId: linked, title, notes };
  const saved = await stores.transaction(async (inside) => {
    if (existing) {
      if (!(await inside.programs.update(programId, fields, stamp, expected))) return false;
    } else await inside.programs.insert({ id: programId, clientId }, fields, at);
    await inside.programs.replaceItems(programId, items);
    return true;
  });
  if (!saved) {
    const change = await stores.programs.lastChange(programId);
    if (!change) throw programNotFound();
    // Her own save retried after its answer was lost finds her program already stored.
    if (!(await holdsProgram(stores, programId, fields, items)))
      throw recordChangedElsewhere('program', change, clock);
  }
  return loadProgram(session, programId);
}

async function holdsProgram(
  stores: Stores,
  programId: string,
  { assessmentId, title, notes }: { assessmentId: string | null; title: string; notes: string },
  items: readonly NewItem[],
): Promise<boolean> {
  const stored = await stores.programs.find(programId);
  if (!stored) return false;
  const storedItems = (await stores.programs.findItems(programId)).map(
    ({ exerciseId, dosage, notes }) => ({ exerciseId, dosage, notes }),
  );
  const sent = items.map(({ exerciseId, dosage, notes }) => ({ exerciseId, dosage, notes }));
  // Through JSON, as the items are stored: a key left undefined is the same as one left out.
  const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  return (
    stored.assessmentId === assessmentId &&
    stored.title === title &&
    stored.notes === notes &&
    isDeepStrictEqual(plain(storedItems), plain(sent))
  );
}

export async function programsOfClient(
  { stores }: Records,
  clientId: string,
): Promise<ProgramSummary[]> {
  if (!(await stores.clients.find(clientId))) throw clientNotFound();
  return stores.programs.listForClient(clientId);
}

export async function removeProgram({ stores }: Records, id: string): Promise<{ id: string }> {
  if (!(await stores.programs.delete(id))) throw programNotFound();
  return { id };
}
