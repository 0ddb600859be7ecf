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
  records,
}: HandlerContext): HandlerGroup<keyof typeof exerciseChannels> {
  return {
    'exercises:list': ({ includeRetired }) => listLibrary(records(), includeRetired),
    'exercises:create': (fields) => createExercise(records(), fields),
    'exercises:update': ({ id, ...fields }) => updateExercise(records(), id, fields),
    'exercises:copy': ({ id }) => copyExercise(records(), id),
    'exercises:retire': ({ id }) => retireExercise(records(), id),
    'exercises:restore': ({ id }) => restoreExercise(records(), id),
    'exercises:setPhoto': (request) => setExercisePhoto(records(), request),
    'exercises:removePhoto': ({ id }) => removeExercisePhoto(records(), id),
  };
}
