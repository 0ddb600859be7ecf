import type { Db } from '../connection';
import {
  insertStoredAssessment,
  listStoredAssessments,
  listStoredRevisions,
} from '../repositories/assessments';
import { listClipsOfClient } from '../repositories/clips';
import { insertExerciseIfMissing, listStoredExercises } from '../repositories/exercises';
import { listPhotosOfClient } from '../repositories/photos';
import {
  findProgramItems,
  insertStoredProgram,
  listStoredPrograms,
} from '../repositories/programs';
import { existingRecordIds } from '../repositories/record-ids';
import { answered, type Run } from './answered';
import type { ClientRecordStore, StoredRecord } from './record-store';

/** The embedded file's client records behind the engine-neutral contract. */
export function sqliteClientRecordStore(db: Db, run: Run = answered): ClientRecordStore {
  return {
    // A transaction of its own (a savepoint inside one already open) reads one snapshot.
    read: (clientId) => run(() => db.transaction(() => readRecord(db, clientId))()),
    existingIds: (ids) => run(() => existingRecordIds(db, ids)),
    insertAssessment: (clientId, assessment, revisions) =>
      run(() => insertStoredAssessment(db, clientId, assessment, revisions)),
    insertProgram: (program, items) => run(() => insertStoredProgram(db, program, items)),
    insertExerciseIfMissing: (exercise) => run(() => insertExerciseIfMissing(db, exercise)),
    labelAsImport: () => Promise.resolve(),
  };
}

function readRecord(db: Db, clientId: string): StoredRecord {
  const programs = listStoredPrograms(db, clientId).map((program) => ({
    ...program,
    items: findProgramItems(db, program.id),
  }));
  const exerciseIds = [...new Set(programs.flatMap((p) => p.items.map((i) => i.exerciseId)))];
  return {
    assessments: listStoredAssessments(db, clientId).map((assessment) => ({
      ...assessment,
      revisions: listStoredRevisions(db, assessment.id),
    })),
    programs,
    exercises: listStoredExercises(db, exerciseIds),
    photos: listPhotosOfClient(db, clientId),
    clips: listClipsOfClient(db, clientId),
  };
}
