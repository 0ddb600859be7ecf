import type { reportChannels } from '../../shared/channels/reports';
import { clientReport, handout } from '../services/reports';
import { settingsPlacesOf } from '../services/settings';
import type { HandlerContext, HandlerGroup } from './types';

export function reportHandlers(
  { records, session }: HandlerContext,
  locale?: string,
): HandlerGroup<keyof typeof reportChannels> {
  const places = settingsPlacesOf(records, session);
  return {
    'reports:clientReport': ({ clientId, assessmentId, revision }) =>
      clientReport(places(), locale, clientId, assessmentId, revision),
    'reports:handout': ({ programId }) => handout(places(), locale, programId),
  };
}
