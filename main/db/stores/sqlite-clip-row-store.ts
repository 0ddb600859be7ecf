import type { Db } from '../connection';
import { deleteClip, findClip, insertClip, listClipsOfRevision } from '../repositories/clips';
import { answered, type Run } from './answered';
import type { ClipRowStore } from './clip-row-store';

/** The embedded file's clip rows behind the engine-neutral contract. */
export function sqliteClipRowStore(db: Db, run: Run = answered): ClipRowStore {
  return {
    insert: (row) => run(() => insertClip(db, row)),
    find: (id) => run(() => findClip(db, id)),
    listOfRevision: (assessmentId, revision) =>
      run(() => listClipsOfRevision(db, assessmentId, revision)),
    delete: (id) => run(() => deleteClip(db, id)),
  };
}
