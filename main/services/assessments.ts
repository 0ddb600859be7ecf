import { randomUUID } from 'node:crypto';
import type { Assessment, SavedDraft } from '../../shared/channels/assessments';
import type { ParsedRequestOf } from '../../shared/contract';
import {
  ASSESSMENT_SCHEMA_VERSION,
  emptyAssessmentBody,
  type AssessmentBody,
} from '../../shared/domain/clinical/assessment-schema';
import type { AssessmentListItem, AssessmentRevisionInfo } from '../../shared/domain/assessments';
import { summaryColumns } from '../../shared/domain/clinical/score-assessment';
import { localToday } from '../../shared/domain/dates';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { hashesOwnedBy } from '../db/file-references';
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
  type RevisionContent,
} from '../db/repositories/assessments';
import { clipHashesOfRevision, copyRevisionClips } from '../db/repositories/clips';
import { findClient } from '../db/repositories/clients';
import { copyRevisionPhotos, hashesOfRevision } from '../db/repositories/photos';
import { removeUnreferencedPhotos } from '../photos/photos';
import type { Session } from '../session';
import { draftChangedElsewhere } from './draft-conflict';

/** Scores the document and stamps it with the rules version the numbers came from. */
function contentOf(assessedOn: string, body: AssessmentBody): RevisionContent {
  const { rulesVersion, ...summary } = summaryColumns(body);
  return { assessedOn, body, bodyVersion: ASSESSMENT_SCHEMA_VERSION, rulesVersion, summary };
}

/** The assessment at its current revision. */
export function requireAssessment(db: Db, id: string): Assessment {
  const found = findCurrentRevision(db, id);
  if (!found)
    throw new AppError(
      'not-found',
      'That assessment could not be found. It may have been discarded.',
    );
  return found as Assessment;
}

/**
 * What a new assessment starts with from the client's latest one: the presenting complaint, for
 * her to edit rather than retype. Nothing measured is ever carried forward.
 */
function carriedForward(db: Db, clientId: string): Pick<AssessmentBody, 'complaint'> {
  // Newest first (by date, then by when it was started).
  const [latest] = listClientAssessments(db, clientId);
  const complaint = latest
    ? (findCurrentRevision(db, latest.assessmentId)?.body as AssessmentBody | undefined)?.complaint
    : undefined;
  return complaint ? { complaint } : {};
}

export function createAssessment(
  { db, now }: Session,
  clientId: string,
  assessedOn: string | undefined,
): Assessment {
  if (!findClient(db, clientId)) throw new AppError('not-found', 'That client could not be found.');
  const id = randomUUID();
  const at = now().toISOString();
  const body = { ...emptyAssessmentBody(), ...carriedForward(db, clientId) };
  db.transaction(() => {
    insertAssessment(db, { id, clientId }, contentOf(assessedOn ?? localToday(now()), body), at);
  })();
  return requireAssessment(db, id);
}

export function getRevision({ db }: Session, id: string, revision: number): Assessment {
  const found = findRevision(db, id, revision);
  if (!found)
    throw new AppError('not-found', `Revision ${revision} of that assessment does not exist.`);
  return found as Assessment;
}

/**
 * A save that started from an `updatedAt` the draft has since moved on from (another window, or in
 * a studio another practitioner) changes nothing and says who and when.
 */
export function saveDraft(
  { db, now }: Session,
  { id, revision, assessedOn, body, expectedUpdatedAt }: ParsedRequestOf<'assessments:saveDraft'>,
): SavedDraft {
  const at = now().toISOString();
  const content = contentOf(assessedOn, body);
  const stamp = db.transaction(() =>
    updateDraftRevision(db, id, revision, content, at, expectedUpdatedAt ?? null),
  )();
  if (stamp === null) {
    const head = requireAssessment(db, id);
    const change = findRevisionChange(db, id, revision);
    if (head.revision === revision && head.status === 'draft' && change) {
      throw draftChangedElsewhere(change, now());
    }
    throw whyNotEditable(head, revision);
  }
  return { revision, updatedAt: stamp, ...content.summary };
}

/**
 * The revision, its photos and landmarks become read-only (the database refuses any change), and
 * it keeps the client's name and date of birth as they are now, so its report never changes.
 */
export function finalizeAssessment({ db, now }: Session, id: string, revision: number): Assessment {
  const head = requireAssessment(db, id);
  if (head.revision !== revision || head.status !== 'draft') throw whyNotEditable(head, revision);
  const client = findClient(db, head.clientId);
  if (!client) throw new AppError('not-found', 'That client could not be found.');
  finalizeRevision(db, id, revision, client, now().toISOString());
  return requireAssessment(db, id);
}

export function amendAssessment({ db, now }: Session, id: string, reason: string): Assessment {
  const head = requireAssessment(db, id);
  if (head.status !== 'final') {
    throw new AppError(
      'conflict',
      'This assessment is still a draft, so it can be edited directly.',
    );
  }
  const next = head.revision + 1;
  const at = now().toISOString();
  db.transaction(() => {
    setCurrentRevision(db, id, next, head.assessedOn);
    insertRevision(db, id, next, contentOf(head.assessedOn, head.body), reason, at);
    copyRevisionPhotos(db, id, head.revision, next, randomUUID);
    copyRevisionClips(db, id, head.revision, next, randomUUID);
  })();
  return requireAssessment(db, id);
}

/**
 * A first draft goes whole, with the files only it used; a later draft gives way to the finalized
 * revision before, which still has its own photos and landmarks exactly as they were.
 */
export function discardDraft(
  { db, photos }: Session,
  id: string,
): { removed: 'assessment' | 'revision' } {
  const head = requireAssessment(db, id);
  if (head.status !== 'draft') {
    throw new AppError(
      'conflict',
      'A finalized assessment is kept for the record and cannot be discarded.',
    );
  }
  if (head.revision === 1) {
    const hashes = hashesOwnedBy(db, { assessmentId: id });
    db.transaction(() => deleteAssessment(db, id))();
    removeUnreferencedPhotos(db, photos, hashes);
    return { removed: 'assessment' };
  }
  const previous = findRevision(db, id, head.revision - 1);
  const hashes = [
    ...hashesOfRevision(db, id, head.revision),
    ...clipHashesOfRevision(db, id, head.revision),
  ];
  db.transaction(() => {
    // The draft's photo rows go with it (they reference the revision row).
    deleteRevision(db, id, head.revision);
    setCurrentRevision(db, id, head.revision - 1, previous?.assessedOn ?? head.assessedOn);
  })();
  removeUnreferencedPhotos(db, photos, hashes);
  return { removed: 'revision' };
}

export function assessmentHistory({ db }: Session, id: string): AssessmentRevisionInfo[] {
  requireAssessment(db, id);
  return listRevisions(db, id);
}

export function assessmentsOfClient({ db }: Session, clientId: string): AssessmentListItem[] {
  if (!findClient(db, clientId)) throw new AppError('not-found', 'That client could not be found.');
  return listClientAssessments(db, clientId);
}

function whyNotEditable(head: Assessment, revision: number): AppError {
  if (head.revision !== revision) {
    return new AppError(
      'conflict',
      'This assessment has changed since it was opened (it was amended or finalized elsewhere). Reopen it to see the latest version.',
    );
  }
  return new AppError(
    'conflict',
    'This assessment is finalized and can no longer be changed. Use "Amend" to correct it.',
  );
}
