import type { programChannels } from '../../shared/channels/programs';
import {
  loadProgram,
  programsOfClient,
  removeProgram,
  saveProgram,
  suggestForAssessment,
} from '../services/programs';
import type { HandlerContext, HandlerGroup } from './types';

export function programHandlers({
  session,
}: HandlerContext): HandlerGroup<keyof typeof programChannels> {
  return {
    'programs:suggest': ({ assessmentId }) => suggestForAssessment(session(), assessmentId),
    'programs:save': (request) => saveProgram(session(), request),
    'programs:get': ({ id }) => loadProgram(session(), id),
    'programs:listForClient': ({ clientId }) => programsOfClient(session(), clientId),
    'programs:delete': ({ id }) => removeProgram(session(), id),
  };
}
