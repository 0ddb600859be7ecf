import type { Db } from '../connection';
import {
  findOwnExercise,
  findOwnExercises,
  insertOwnExercise,
  listOwnExercises,
  setExerciseRetired,
  updateOwnExercise,
} from '../repositories/exercises';
import {
  allExercisePhotoHashes,
  copyExercisePhoto,
  deleteExercisePhoto,
  exercisePhotoHashes,
  upsertExercisePhoto,
} from '../repositories/exercises-photos';
import { answered, type Run } from './answered';
import type { ExercisePhotoStore, ExerciseStore } from './exercise-store';

/** The embedded file's own exercises behind the engine-neutral contract. */
export function sqliteExerciseStore(db: Db, run: Run = answered): ExerciseStore {
  return {
    insert: (exercise, at) => run(() => insertOwnExercise(db, exercise, at)),
    update: (id, fields, at) => run(() => updateOwnExercise(db, id, fields, at)),
    setRetired: (id, retiredAt, at) => run(() => setExerciseRetired(db, id, retiredAt, at)),
    find: (id) => run(() => findOwnExercise(db, id)),
    findMany: (ids) => run(() => findOwnExercises(db, ids)),
    list: (includeRetired) => run(() => listOwnExercises(db, includeRetired)),
  };
}

/** The embedded file's exercise photo rows behind the engine-neutral contract. */
export function sqliteExercisePhotoStore(db: Db, run: Run = answered): ExercisePhotoStore {
  return {
    set: (photo) => run(() => upsertExercisePhoto(db, photo)),
    remove: (exerciseId) => run(() => deleteExercisePhoto(db, exerciseId)),
    hashes: (ids) =>
      run(() => (ids === undefined ? allExercisePhotoHashes(db) : exercisePhotoHashes(db, ids))),
    copy: (fromId, toId, at) => run(() => copyExercisePhoto(db, fromId, toId, at)),
  };
}
