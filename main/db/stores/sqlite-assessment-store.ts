import type { Db } from '../connection';
import {
  deleteAssessment,
  deleteRevision,
  finalizeRevision,
  findCurrentRevision,
  findRevision,
  findRevisionChange,
  insertAssessment,
  insertRevision,
  listClientAssessments,
  listRevisions,
  setCurrentRevision,
  updateDraftRevision,
} from '../repositories/assessments';
import { answered, type Run } from './answered';
import type { AssessmentStore } from './assessment-store';

/** The embedded file's assessments behind the engine-neutral contract. */
export function sqliteAssessmentStore(db: Db, run: Run = answered): AssessmentStore {
  return {
    insert: (ids, content, at) => run(() => insertAssessment(db, ids, content, at)),
    insertRevision: (assessmentId, revision, content, reason, at) =>
      run(() => insertRevision(db, assessmentId, revision, content, reason, at)),
    updateDraft: (assessmentId, revision, content, at, expectedUpdatedAt) =>
      run(() =>
        updateDraftRevision(db, assessmentId, revision, content, at, expectedUpdatedAt ?? null),
      ),
    lastChange: (assessmentId, revision) =>
      run(() => findRevisionChange(db, assessmentId, revision)),
    finalize: (assessmentId, revision, client, at) =>
      run(() => finalizeRevision(db, assessmentId, revision, client, at)),
    // The file has one practitioner: whoever finalized it, it was her.
    finalizedByColleague: () => Promise.resolve(null),
    setCurrentRevision: (assessmentId, revision, assessedOn) =>
      run(() => setCurrentRevision(db, assessmentId, revision, assessedOn)),
    deleteDraftRevision: (assessmentId, revision) =>
      run(() => deleteRevision(db, assessmentId, revision)),
    delete: (assessmentId) => run(() => deleteAssessment(db, assessmentId)),
    findCurrent: (assessmentId) => run(() => findCurrentRevision(db, assessmentId)),
    holdCurrent: (assessmentId) => run(() => findCurrentRevision(db, assessmentId)),
    find: (assessmentId, revision) => run(() => findRevision(db, assessmentId, revision)),
    listRevisions: (assessmentId) => run(() => listRevisions(db, assessmentId)),
    listForClient: (clientId) => run(() => listClientAssessments(db, clientId)),
  };
}
