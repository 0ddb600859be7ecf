import { randomUUID } from 'node:crypto';
import type { AssessmentSuggestion, Program, ProgramSummary } from '../../shared/channels/programs';
import type { ParsedRequestOf } from '../../shared/contract';
import type { AssessmentBody } from '../../shared/domain/clinical/assessment-schema';
import { ageOn } from '../../shared/domain/dates';
import { bodyWithPhotoValues } from '../../shared/domain/photo-checkpoint-values';
import { suggestProgram } from '../../shared/domain/programs/suggest';
import type { FieldIssue } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { findCurrentRevision } from '../db/repositories/assessments';
import { findClient } from '../db/repositories/clients';
import {
  deleteProgram,
  findProgram,
  findProgramItems,
  insertProgram,
  listClientPrograms,
  replaceProgramItems,
  updateProgram,
} from '../db/repositories/programs';
import type { Session } from '../session';
import { resolveExercises } from './exercises';
import { photosOfAssessment } from './photos';

const programNotFound = () =>
  new AppError('not-found', 'That program could not be found. It may have been deleted.');

const clientNotFound = () =>
  new AppError('not-found', 'That client could not be found. They may have been erased.');

/** The program with each item's exercise as the library holds it now. */
export function loadProgram(db: Db, id: string): Program {
  const stored = findProgram(db, id);
  if (!stored) throw programNotFound();
  const items = findProgramItems(db, id);
  const exercises = resolveExercises(
    db,
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
function exerciseIssues(
  db: Db,
  exerciseIds: readonly string[],
  alreadyUsed: ReadonlySet<string>,
): FieldIssue[] {
  const library = resolveExercises(db, exerciseIds);
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

export function suggestForAssessment(session: Session, assessmentId: string): AssessmentSuggestion {
  const { db } = session;
  const revision = findCurrentRevision(db, assessmentId);
  if (!revision) {
    throw new AppError(
      'not-found',
      'That assessment could not be found. It may have been discarded.',
    );
  }
  const dateOfBirth = findClient(db, revision.clientId)?.dateOfBirth ?? '';
  // Children's foot-progression bands differ, so the client's age on the day matters.
  const ageYears = dateOfBirth === '' ? null : ageOn(dateOfBirth, revision.assessedOn);
  return {
    assessmentId,
    revision: revision.revision,
    // What the photos measure counts where she typed nothing, as the form shows it.
    ...suggestProgram(
      bodyWithPhotoValues(
        revision.body as AssessmentBody,
        photosOfAssessment(session, assessmentId, revision.revision),
      ),
      { ageYears },
    ),
  };
}

export function saveProgram(
  { db, now }: Session,
  { id, clientId, assessmentId, title, notes, items }: ParsedRequestOf<'programs:save'>,
): Program {
  if (!findClient(db, clientId)) throw clientNotFound();
  const existing = id === undefined ? undefined : findProgram(db, id);
  if (id !== undefined && !existing) throw programNotFound();
  if (existing && existing.clientId !== clientId) {
    throw new AppError('invalid-input', 'This program belongs to another client.', [
      { path: 'clientId', message: 'This program belongs to another client.' },
    ]);
  }
  const linked = assessmentId === undefined ? (existing?.assessmentId ?? null) : assessmentId;
  if (linked !== null && findCurrentRevision(db, linked)?.clientId !== clientId) {
    const message = 'That assessment is not one of this client’s.';
    throw new AppError('invalid-input', message, [{ path: 'assessmentId', message }]);
  }
  const alreadyUsed = new Set(
    existing ? findProgramItems(db, existing.id).map((item) => item.exerciseId) : [],
  );
  const issues = exerciseIssues(
    db,
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
  const at = now().toISOString();
  const fields = { assessmentId: linked, title, notes };
  db.transaction(() => {
    if (existing) updateProgram(db, programId, fields, at);
    else insertProgram(db, { id: programId, clientId }, fields, at);
    replaceProgramItems(db, programId, items);
  })();
  return loadProgram(db, programId);
}

export function programsOfClient({ db }: Session, clientId: string): ProgramSummary[] {
  if (!findClient(db, clientId)) throw clientNotFound();
  return listClientPrograms(db, clientId);
}

export function removeProgram({ db }: Session, id: string): { id: string } {
  if (!db.transaction(() => deleteProgram(db, id))()) throw programNotFound();
  return { id };
}
