import type { clipChannels } from '../../shared/channels/clips';
import { addClip, clipsOfAssessment, keepFrame, removeClip } from '../services/clips';
import type { HandlerContext, HandlerGroup } from './types';

export function clipHandlers({ session }: HandlerContext): HandlerGroup<keyof typeof clipChannels> {
  return {
    'clips:add': (request) => addClip(session(), request),
    'clips:listForAssessment': ({ assessmentId, revision }) =>
      clipsOfAssessment(session(), assessmentId, revision),
    'clips:keepFrame': (request) => keepFrame(session(), request),
    'clips:remove': ({ id }) => removeClip(session(), id),
  };
}
