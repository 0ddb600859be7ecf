import { library } from './library';
import type { BuiltInExercise } from './types';

export {
  bodyRegions,
  dosageSchema,
  equipmentKinds,
  equipmentLabels,
  exercisePhases,
  exerciseSchema,
  phaseLabels,
  regionLabels,
} from './types';
export type {
  BodyRegion,
  BuiltInExercise,
  Dosage,
  Equipment,
  Exercise,
  ExercisePhase,
  HoldDosage,
  RepsDosage,
} from './types';

export const builtInExercises: readonly BuiltInExercise[] = library;

const byId = new Map(library.map((exercise) => [exercise.id, exercise]));

export function findExercise(id: string): BuiltInExercise | undefined {
  return byId.get(id);
}
