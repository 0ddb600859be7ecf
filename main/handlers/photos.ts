import type { photoChannels } from '../../shared/channels/photos';
import {
  addPhotoToAssessment,
  photosOfAssessment,
  removePhoto,
  saveLandmarks,
  setPhotoView,
  thumbnailOf,
} from '../services/photos';
import type { HandlerContext, HandlerGroup } from './types';

export function photoHandlers({
  records,
}: HandlerContext): HandlerGroup<keyof typeof photoChannels> {
  return {
    'photos:add': (request) => addPhotoToAssessment(records(), request),
    'photos:listForAssessment': ({ assessmentId, revision }) =>
      photosOfAssessment(records(), assessmentId, revision),
    'photos:thumbnail': async ({ id }) => ({
      mediaType: 'image/jpeg',
      dataBase64: (await thumbnailOf(records(), id)).toString('base64'),
    }),
    'photos:setView': ({ id, view }) => setPhotoView(records(), id, view),
    'photos:saveLandmarks': ({ id, landmarks }) => saveLandmarks(records(), id, landmarks),
    'photos:remove': ({ id }) => removePhoto(records(), id),
  };
}
