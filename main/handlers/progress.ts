import type { progressChannels } from '../../shared/channels/progress';
import { clientProgress } from '../services/progress';
import type { HandlerContext, HandlerGroup } from './types';

export function progressHandlers({
  session,
}: HandlerContext): HandlerGroup<keyof typeof progressChannels> {
  return {
    'progress:forClient': ({ clientId }) => clientProgress(session(), clientId),
  };
}
