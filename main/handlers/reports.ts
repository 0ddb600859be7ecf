import type { reportChannels } from '../../shared/channels/reports';
import { clientReport, handout } from '../services/reports';
import type { HandlerContext, HandlerGroup } from './types';

export function reportHandlers(
  { session }: HandlerContext,
  locale?: string,
): HandlerGroup<keyof typeof reportChannels> {
  return {
    'reports:clientReport': ({ clientId, assessmentId, revision }) =>
      clientReport(session(), locale, clientId, assessmentId, revision),
    'reports:handout': ({ programId }) => handout(session(), locale, programId),
  };
}
