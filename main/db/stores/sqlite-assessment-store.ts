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
import { answered } from './answered';
import type { AssessmentStore } from './assessment-store';

/** The embedded file's assessments behind the engine-neutral contract. */
export function sqliteAssessmentStore(db: Db): AssessmentStore {
  return {
    insert: (ids, content, at) => answered(() => insertAssessment(db, ids, content, at)),
    insertRevision: (assessmentId, revision, content, reason, at) =>
      answered(() => insertRevision(db, assessmentId, revision, content, reason, at)),
    updateDraft: (assessmentId, revision, content, at, expectedUpdatedAt) =>
      answered(() =>
        updateDraftRevision(db, assessmentId, revision, content, at, expectedUpdatedAt ?? null),
      ),
    lastChange: (assessmentId, revision) =>
      answered(() => findRevisionChange(db, assessmentId, revision)),
    finalize: (assessmentId, revision, client, at) =>
      answered(() => finalizeRevision(db, assessmentId, revision, client, at)),
    setCurrentRevision: (assessmentId, revision, assessedOn) =>
      answered(() => setCurrentRevision(db, assessmentId, revision, assessedOn)),
    deleteDraftRevision: (assessmentId, revision) =>
      answered(() => deleteRevision(db, assessmentId, revision)),
    delete: (assessmentId) => answered(() => deleteAssessment(db, assessmentId)),
    findCurrent: (assessmentId) => answered(() => findCurrentRevision(db, assessmentId)),
    find: (assessmentId, revision) => answered(() => findRevision(db, assessmentId, revision)),
    listRevisions: (assessmentId) => answered(() => listRevisions(db, assessmentId)),
    listForClient: (clientId) => answered(() => listClientAssessments(db, clientId)),
  };
}
