import { activateBodyExercises } from './phases/activate-body';
import { activateFootExercises } from './phases/activate-foot';
import { integrateExercises } from './phases/integrate';
import { lengthenLowerExercises } from './phases/lengthen-lower';
import { lengthenUpperExercises } from './phases/lengthen-upper';
import { releaseExercises } from './phases/release';
import type { BuiltInExercise } from './types';

/**
 * The built-in library in continuum order (release → lengthen → activate → integrate), feet first
 * within each phase. Ids are stored in saved programs, so never rename or remove one.
 */
export const library: readonly BuiltInExercise[] = [
  ...releaseExercises,
  ...lengthenLowerExercises,
  ...lengthenUpperExercises,
  ...activateFootExercises,
  ...activateBodyExercises,
  ...integrateExercises,
];
