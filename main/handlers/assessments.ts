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
  records,
}: HandlerContext): HandlerGroup<keyof typeof assessmentChannels> {
  return {
    'assessments:create': ({ clientId, assessedOn }) =>
      createAssessment(records(), clientId, assessedOn),
    'assessments:get': ({ id }) => requireAssessment(records().stores, id),
    'assessments:getRevision': ({ id, revision }) => getRevision(records(), id, revision),
    'assessments:saveDraft': (request) => saveDraft(records(), request),
    'assessments:finalize': ({ id, revision }) => finalizeAssessment(records(), id, revision),
    'assessments:amend': ({ id, reason }) => amendAssessment(records(), id, reason),
    'assessments:discardDraft': ({ id }) => discardDraft(records(), id),
    'assessments:history': ({ id }) => assessmentHistory(records(), id),
    'assessments:listForClient': ({ clientId }) => assessmentsOfClient(records(), clientId),
  };
}
