import type { assessmentChannels } from '../../shared/channels/assessments';
import {
  amendAssessment,
  assessmentHistory,
  assessmentsOfClient,
  createAssessment,
  discardDraft,
  finalizeAssessment,
  getRevision,
  requireAssessment,
  saveDraft,
} from '../services/assessments';
import type { HandlerContext, HandlerGroup } from './types';

export function assessmentHandlers({
  session,
}: HandlerContext): HandlerGroup<keyof typeof assessmentChannels> {
  return {
    'assessments:create': ({ clientId, assessedOn }) =>
      createAssessment(session(), clientId, assessedOn),
    'assessments:get': ({ id }) => requireAssessment(session().stores, id),
    'assessments:getRevision': ({ id, revision }) => getRevision(session(), id, revision),
    'assessments:saveDraft': (request) => saveDraft(session(), request),
    'assessments:finalize': ({ id, revision }) => finalizeAssessment(session(), id, revision),
    'assessments:amend': ({ id, reason }) => amendAssessment(session(), id, reason),
    'assessments:discardDraft': ({ id }) => discardDraft(session(), id),
    'assessments:history': ({ id }) => assessmentHistory(session(), id),
    'assessments:listForClient': ({ clientId }) => assessmentsOfClient(session(), clientId),
  };
}
