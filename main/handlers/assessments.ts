import { randomUUID } from 'node:crypto';
import type { Assessment, assessmentChannels } from '../../shared/channels/assessments';
import {
  ASSESSMENT_SCHEMA_VERSION,
  emptyAssessmentBody,
  type AssessmentBody,
} from '../../shared/domain/clinical/assessment-schema';
import { summaryColumns } from '../../shared/domain/clinical/score-assessment';
import { localToday } from '../../shared/domain/dates';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import {
  deleteAssessment,
  deleteRevision,
  finalizeRevision,
  findCurrentRevision,
  findRevision,
  insertAssessment,
  insertRevision,
  listClientAssessments,
  listRevisions,
  setCurrentRevision,
  updateDraftRevision,
  type RevisionContent,
} from '../db/repositories/assessments';
import { findClient } from '../db/repositories/clients';
import { photoHashesOfAssessment } from '../db/repositories/photos';
import { removeUnreferencedPhotos } from '../photos/photos';
import type { HandlerContext, HandlerGroup } from './types';

type AssessmentChannel = keyof typeof assessmentChannels;

/** Scores the document and stamps it with the rules version the numbers came from. */
function contentOf(assessedOn: string, body: AssessmentBody): RevisionContent {
  const { rulesVersion, ...summary } = summaryColumns(body);
  return { assessedOn, body, bodyVersion: ASSESSMENT_SCHEMA_VERSION, rulesVersion, summary };
}

export function assessmentHandlers({ session }: HandlerContext): HandlerGroup<AssessmentChannel> {
  const current = (db: Db, id: string): Assessment => {
    const found = findCurrentRevision(db, id);
    if (!found)
      throw new AppError(
        'not-found',
        'That assessment could not be found. It may have been discarded.',
      );
    return found as Assessment;
  };

  return {
    'assessments:create': ({ clientId, assessedOn }) => {
      const { db, now } = session();
      if (!findClient(db, clientId))
        throw new AppError('not-found', 'That client could not be found.');
      const id = randomUUID();
      const at = now().toISOString();
      db.transaction(() => {
        insertAssessment(
          db,
          { id, clientId },
          contentOf(assessedOn ?? localToday(now()), emptyAssessmentBody()),
          at,
        );
      })();
      return current(db, id);
    },

    'assessments:get': ({ id }) => current(session().db, id),

    'assessments:getRevision': ({ id, revision }) => {
      const found = findRevision(session().db, id, revision);
      if (!found)
        throw new AppError('not-found', `Revision ${revision} of that assessment does not exist.`);
      return found as Assessment;
    },

    'assessments:saveDraft': ({ id, revision, assessedOn, body }) => {
      const { db, now } = session();
      const at = now().toISOString();
      const content = contentOf(assessedOn, body);
      const saved = db.transaction(() => updateDraftRevision(db, id, revision, content, at))();
      if (!saved) throw whyNotEditable(current(db, id), revision);
      return { revision, updatedAt: at, ...content.summary };
    },

    'assessments:finalize': ({ id, revision }) => {
      const { db, now } = session();
      const head = current(db, id);
      if (head.revision !== revision || head.status !== 'draft')
        throw whyNotEditable(head, revision);
      finalizeRevision(db, id, revision, now().toISOString());
      return current(db, id);
    },

    'assessments:amend': ({ id, reason }) => {
      const { db, now } = session();
      const head = current(db, id);
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
      })();
      return current(db, id);
    },

    'assessments:discardDraft': ({ id }) => {
      const { db, photos } = session();
      const head = current(db, id);
      if (head.status !== 'draft') {
        throw new AppError(
          'conflict',
          'A finalized assessment is kept for the record and cannot be discarded.',
        );
      }
      if (head.revision === 1) {
        const hashes = photoHashesOfAssessment(db, id);
        db.transaction(() => deleteAssessment(db, id))();
        removeUnreferencedPhotos(db, photos, hashes);
        return { removed: 'assessment' };
      }
      const previous = findRevision(db, id, head.revision - 1);
      db.transaction(() => {
        deleteRevision(db, id, head.revision);
        setCurrentRevision(db, id, head.revision - 1, previous?.assessedOn ?? head.assessedOn);
      })();
      return { removed: 'revision' };
    },

    'assessments:history': ({ id }) => {
      const { db } = session();
      current(db, id);
      return listRevisions(db, id);
    },

    'assessments:listForClient': ({ clientId }) => {
      const { db } = session();
      if (!findClient(db, clientId))
        throw new AppError('not-found', 'That client could not be found.');
      return listClientAssessments(db, clientId);
    },
  };
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
