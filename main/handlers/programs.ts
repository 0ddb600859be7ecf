import type { programChannels } from '../../shared/channels/programs';
import {
  loadProgram,
  programsOfClient,
  removeProgram,
  saveProgram,
  suggestForAssessment,
} from '../services/programs';
import type { Session } from '../session';
import type { HandlerContext, HandlerGroup } from './types';

export function programHandlers({
  session,
  records,
}: HandlerContext): HandlerGroup<keyof typeof programChannels> {
  // Programs, clients, assessments and photos are on the engine's stores (a studio's server or
  // the file); the exercise library has no store yet and stays in the session's file.
  const onRecords = (): Session => ({ ...session(), ...records() });
  return {
    'programs:suggest': ({ assessmentId }) => suggestForAssessment(onRecords(), assessmentId),
    'programs:save': (request) => saveProgram(onRecords(), request),
    'programs:get': ({ id }) => loadProgram(onRecords(), id),
    'programs:listForClient': ({ clientId }) => programsOfClient(onRecords(), clientId),
    'programs:delete': ({ id }) => removeProgram(onRecords(), id),
  };
}
