import { z } from 'zod';
import type { ProgressVisit } from '../domain/progress/visit-values';
import { channel, entityId } from './define';

export const progressChannels = {
  /**
   * The values the progress charts draw, one entry per assessment at its current revision, oldest
   * first (drafts included: they are what she recorded that day).
   */
  'progress:forClient': channel<ProgressVisit[]>()(
    z.strictObject({ clientId: entityId('client') }),
  ),
};
