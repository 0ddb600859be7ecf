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
  records,
}: HandlerContext): HandlerGroup<keyof typeof programChannels> {
  return {
    'programs:suggest': ({ assessmentId }) => suggestForAssessment(records(), assessmentId),
    'programs:save': (request) => saveProgram(records(), request),
    'programs:get': ({ id }) => loadProgram(records(), id),
    'programs:listForClient': ({ clientId }) => programsOfClient(records(), clientId),
    'programs:delete': ({ id }) => removeProgram(records(), id),
  };
}
