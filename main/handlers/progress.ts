import type { progressChannels } from '../../shared/channels/progress';
import { clientProgress } from '../services/progress';
import type { HandlerContext, HandlerGroup } from './types';

export function progressHandlers({
  records,
}: HandlerContext): HandlerGroup<keyof typeof progressChannels> {
  return {
    'progress:forClient': ({ clientId }) => clientProgress(records(), clientId),
  };
}
