import type { exerciseChannels } from '../../shared/channels/exercises';
import {
  copyExercise,
  createExercise,
  listLibrary,
  removeExercisePhoto,
  restoreExercise,
  retireExercise,
  setExercisePhoto,
  updateExercise,
} from '../services/exercises';
import type { HandlerContext, HandlerGroup } from './types';

export function exerciseHandlers({
  session,
}: HandlerContext): HandlerGroup<keyof typeof exerciseChannels> {
  return {
    'exercises:list': ({ includeRetired }) => listLibrary(session(), includeRetired),
    'exercises:create': (fields) => createExercise(session(), fields),
    'exercises:update': ({ id, ...fields }) => updateExercise(session(), id, fields),
    'exercises:copy': ({ id }) => copyExercise(session(), id),
    'exercises:retire': ({ id }) => retireExercise(session(), id),
    'exercises:restore': ({ id }) => restoreExercise(session(), id),
    'exercises:setPhoto': (request) => setExercisePhoto(session(), request),
    'exercises:removePhoto': ({ id }) => removeExercisePhoto(session(), id),
  };
}
