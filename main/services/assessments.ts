import { randomUUID } from 'node:crypto';
import type { Assessment, SavedDraft } from '../../shared/channels/assessments';
import type { ParsedRequestOf } from '../../shared/contract';
import {
  ASSESSMENT_SCHEMA_VERSION,
  emptyAssessmentBody,
  type AssessmentBody,
} from '../../shared/domain/clinical/assessment-schema';
import type { AssessmentHistoryEntry, AssessmentListItem } from '../../shared/domain/assessments';
import { summaryColumns } from '../../shared/domain/clinical/score-assessment';
import { localToday } from '../../shared/domain/dates';
import { AppError } from '../../shared/errors';
import { isLostConnection } from '../db/postgres/lost-connection';
import type { RevisionContent } from '../db/stores/assessment-rows';
import { stampAfter } from '../db/stores/draft-stamp';
import type { Records, Stores } from '../db/stores/stores';
import { draftChangedElsewhere, finalizedByColleague } from './draft-conflict';
import { uncertainSavesOf } from './uncertain-saves';

/** Scores the document and stamps it with the rules version the numbers came from. */
function contentOf(assessedOn: string, body: AssessmentBody): RevisionContent {
  const { rulesVersion, ...summary } = summaryColumns(body);
  return { assessedOn, body, bodyVersion: ASSESSMENT_SCHEMA_VERSION, rulesVersion, summary };
}

const clientNotFound = () => new AppError('not-found', 'That client could not be found.');

/** The assessment at its current revision. */
export async function requireAssessment(stores: Stores, id: string): Promise<Assessment> {
  const found = await stores.assessments.findCurrent(id);
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
async function carriedForward(
  stores: Stores,
  clientId: string,
): Promise<Pick<AssessmentBody, 'complaint'>> {
  // Newest first (by date, then by when it was started).
  const [latest] = await stores.assessments.listForClient(clientId);
  const revision = latest && (await stores.assessments.findCurrent(latest.assessmentId));
  const complaint = (revision?.body as AssessmentBody | undefined)?.complaint;
  return complaint ? { complaint } : {};
}

export async function createAssessment(
  { stores, now }: Records,
  clientId: string,
  assessedOn: string | undefined,
): Promise<Assessment> {
  if (!(await stores.clients.find(clientId))) throw clientNotFound();
  const id = randomUUID();
  const at = now().toISOString();
  const body = { ...emptyAssessmentBody(), ...(await carriedForward(stores, clientId)) };
  const content = contentOf(assessedOn ?? localToday(now()), body);
  await stores.transaction((inside) => inside.assessments.insert({ id, clientId }, content, at));
  return requireAssessment(stores, id);
}

export async function getRevision(
  { stores }: Records,
  id: string,
  revision: number,
): Promise<Assessment> {
  const found = await stores.assessments.find(id, revision);
  if (!found)
    throw new AppError('not-found', `Revision ${revision} of that assessment does not exist.`);
  return found as Assessment;
}

/**
 * A save that started from an `updatedAt` the draft has since moved on from (another window, or in
 * a studio another practitioner) changes nothing and says who and when. One exception: the draft
 * moved on by a save of her own whose answer the connection lost (see uncertain-saves.ts).
 */
export async function saveDraft(
  { stores, now }: Records,
  { id, revision, assessedOn, body, expectedUpdatedAt }: ParsedRequestOf<'assessments:saveDraft'>,
): Promise<SavedDraft> {
  const at = now().toISOString();
  const content = contentOf(assessedOn, body);
  const uncertain = uncertainSavesOf(stores);
  const saveOnTopOf = async (onTopOf: string | undefined) => {
    try {
      return await stores.transaction((inside) =>
        inside.assessments.updateDraft(id, revision, content, at, onTopOf),
      );
    } catch (error) {
      if (onTopOf !== undefined && isLostConnection(error))
        uncertain.remember(id, revision, onTopOf, stampAfter(at, onTopOf));
      throw error;
    }
  };
  let stamp = await saveOnTopOf(expectedUpdatedAt);
  if (stamp === null && expectedUpdatedAt !== undefined) {
    const change = await stores.assessments.lastChange(id, revision);
    const own =
      change && uncertain.ownStampAfter(id, revision, expectedUpdatedAt, change.updatedAt);
    if (own) stamp = await saveOnTopOf(own);
  }
  if (stamp === null) {
    const head = await requireAssessment(stores, id);
    const change = await stores.assessments.lastChange(id, revision);
    if (head.revision === revision && head.status === 'draft' && change) {
      throw draftChangedElsewhere(change, now());
    }
    throw whyNotEditable(head, revision);
  }
  uncertain.forget(id, revision);
  return { revision, updatedAt: stamp, ...content.summary };
}

/**
 * The revision, its photos and landmarks become read-only (the database refuses any change), and
 * it keeps the client's name and date of birth as they are now, so its report never changes.
 * Finalizing a revision that is already final answers as if it had just been done (a retry whose
 * first answer the connection lost) unless a colleague finalized it: then it says who.
 */
export async function finalizeAssessment(
  { stores, now }: Records,
  id: string,
  revision: number,
): Promise<Assessment> {
  const head = await requireAssessment(stores, id);
  if (isFinalRevision(head, revision)) return alreadyFinalized(stores, head, now());
  if (head.revision !== revision || head.status !== 'draft') throw whyNotEditable(head, revision);
  const client = await stores.clients.find(head.clientId);
  if (!client) throw clientNotFound();
  const done = await stores.assessments.finalize(id, revision, client, now().toISOString());
  const after = await requireAssessment(stores, id);
  if (done) return after;
  if (isFinalRevision(after, revision)) return alreadyFinalized(stores, after, now());
  throw whyNotEditable(after, revision);
}

const isFinalRevision = (head: Assessment, revision: number) =>
  head.revision === revision && head.status === 'final';

async function alreadyFinalized(stores: Stores, head: Assessment, now: Date): Promise<Assessment> {
  const colleague = await stores.assessments.finalizedByColleague(head.assessmentId, head.revision);
  if (colleague !== null) throw finalizedByColleague(colleague, head.finalizedAt, now);
  return head;
}

export async function amendAssessment(
  { stores, now }: Records,
  id: string,
  reason: string,
): Promise<Assessment> {
  const head = await requireAssessment(stores, id);
  if (head.status !== 'final') {
    throw new AppError(
      'conflict',
      'This assessment is still a draft, so it can be edited directly.',
    );
  }
  const next = head.revision + 1;
  const at = now().toISOString();
  await stores.transaction(async (inside) => {
    await inside.assessments.setCurrentRevision(id, next, head.assessedOn);
    await inside.assessments.insertRevision(
      id,
      next,
      contentOf(head.assessedOn, head.body),
      reason,
      at,
    );
    await inside.revisionFiles.copy(id, head.revision, next);
  });
  return requireAssessment(stores, id);
}

/**
 * A first draft goes whole, with the files only it used; a later draft gives way to the finalized
 * revision before, which still has its own photos and landmarks exactly as they were.
 */
export async function discardDraft(
  { stores }: Records,
  id: string,
): Promise<{ removed: 'assessment' | 'revision' }> {
  const head = await requireAssessment(stores, id);
  if (head.status !== 'draft') {
    throw new AppError(
      'conflict',
      'A finalized assessment is kept for the record and cannot be discarded.',
    );
  }
  if (head.revision === 1) {
    const hashes = await stores.revisionFiles.ownedBy({ assessmentId: id });
    await stores.assessments.delete(id);
    await stores.revisionFiles.removeUnreferenced(hashes);
    return { removed: 'assessment' };
  }
  const previous = await stores.assessments.find(id, head.revision - 1);
  const hashes = await stores.revisionFiles.hashesOf(id, head.revision);
  await stores.transaction(async (inside) => {
    // The draft's photo rows go with it (they reference the revision row).
    await inside.assessments.deleteDraftRevision(id, head.revision);
    await inside.assessments.setCurrentRevision(
      id,
      head.revision - 1,
      previous?.assessedOn ?? head.assessedOn,
    );
  });
  await stores.revisionFiles.removeUnreferenced(hashes);
  return { removed: 'revision' };
}

export async function assessmentHistory(
  { stores }: Records,
  id: string,
): Promise<AssessmentHistoryEntry[]> {
  await requireAssessment(stores, id);
  return stores.assessments.listRevisions(id);
}

export async function assessmentsOfClient(
  { stores }: Records,
  clientId: string,
): Promise<AssessmentListItem[]> {
  if (!(await stores.clients.find(clientId))) throw clientNotFound();
  return stores.assessments.listForClient(clientId);
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
