export { DosageFields } from './DosageFields';
export type { DosageValues } from './exercise-form';
export { ExerciseFigure } from './ExerciseFigure';
export { Exercises } from './Exercises';
export { ExercisesDetail } from './ExercisesDetail';
export { EditExercise, NewExercise } from './ExercisesForm';
export { illustrationUrl } from './illustrations';
export { PhaseBadge } from './PhaseBadge';
