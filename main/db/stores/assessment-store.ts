/**
 * Assessments and their revisions as the services will see them on either engine. A finalized
 * revision is refused by the database itself on both (triggers), so a store bug cannot change it.
 */
import type {
  AssessmentHistoryEntry,
  AssessmentListItem,
  AssessmentRevision,
  ClientSnapshot,
} from '../../../shared/domain/assessments';
import type { RevisionChange, RevisionContent } from './assessment-rows';

export interface AssessmentStore {
  /** A new assessment with its first revision, a draft. */
  insert(
    ids: { id: string; clientId: string },
    content: RevisionContent,
    at: string,
  ): Promise<void>;
  /** A further revision (an amendment), a draft. */
  insertRevision(
    assessmentId: string,
    revision: number,
    content: RevisionContent,
    amendmentReason: string,
    at: string,
  ): Promise<void>;
  /**
   * The stamp written: `at`, or just past the stamp it replaces when `at` is not later (see
   * `stampAfter`). Null when the revision is not a draft (finalized meanwhile, or gone), or,
   * given `expectedUpdatedAt`, when it has been saved since that stamp: then nothing changes.
   */
  updateDraft(
    assessmentId: string,
    revision: number,
    content: RevisionContent,
    at: string,
    expectedUpdatedAt?: string,
  ): Promise<string | null>;
  /** Who last saved the revision and when, to say why a save was refused. */
  lastChange(assessmentId: string, revision: number): Promise<RevisionChange | undefined>;
  /** The client's details go in with the status change; false when it was not a draft. */
  finalize(
    assessmentId: string,
    revision: number,
    client: ClientSnapshot,
    at: string,
  ): Promise<boolean>;
  /**
   * Who finalized the revision when it was not the practitioner signed in now; null when it was
   * her, when it is not final, and always on an engine with one practitioner.
   */
  finalizedByColleague(assessmentId: string, revision: number): Promise<string | null>;
  setCurrentRevision(assessmentId: string, revision: number, assessedOn: string): Promise<void>;
  /** Removes a draft revision; a final one stays. */
  deleteDraftRevision(assessmentId: string, revision: number): Promise<void>;
  delete(assessmentId: string): Promise<void>;
  findCurrent(assessmentId: string): Promise<AssessmentRevision | undefined>;
  /**
   * The current revision, held as it is until the transaction this runs in ends: no colleague can
   * finalize, amend or discard it meanwhile, so what is added to it lands on what was checked.
   * Only meaningful inside `Stores.transaction` (SQLite's holds the whole file already).
   */
  holdCurrent(assessmentId: string): Promise<AssessmentRevision | undefined>;
  find(assessmentId: string, revision: number): Promise<AssessmentRevision | undefined>;
  /** Newest revision first, with who started and finalized each where the engine records it. */
  listRevisions(assessmentId: string): Promise<AssessmentHistoryEntry[]>;
  /** A client's assessments at their current revision, newest visit first. */
  listForClient(clientId: string): Promise<AssessmentListItem[]>;
}
