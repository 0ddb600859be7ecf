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
  session,
}: HandlerContext): HandlerGroup<keyof typeof photoChannels> {
  return {
    'photos:add': (request) => addPhotoToAssessment(session(), request),
    'photos:listForAssessment': ({ assessmentId, revision }) =>
      photosOfAssessment(session(), assessmentId, revision),
    'photos:thumbnail': ({ id }) => ({
      mediaType: 'image/jpeg',
      dataBase64: thumbnailOf(session(), id).toString('base64'),
    }),
    'photos:setView': ({ id, view }) => setPhotoView(session(), id, view),
    'photos:saveLandmarks': ({ id, landmarks }) => saveLandmarks(session(), id, landmarks),
    'photos:remove': ({ id }) => removePhoto(session(), id),
  };
}
