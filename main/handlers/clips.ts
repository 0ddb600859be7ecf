import type { clipChannels } from '../../shared/channels/clips';
import { addClip, clipsOfAssessment, keepFrame, removeClip } from '../services/clips';
import type { HandlerContext, HandlerGroup } from './types';

export function clipHandlers({ records }: HandlerContext): HandlerGroup<keyof typeof clipChannels> {
  return {
    'clips:add': (request) => addClip(records(), request),
    'clips:listForAssessment': ({ assessmentId, revision }) =>
      clipsOfAssessment(records(), assessmentId, revision),
    'clips:keepFrame': (request) => keepFrame(records(), request),
    'clips:remove': ({ id }) => removeClip(records(), id),
  };
}
