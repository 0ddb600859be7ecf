import type { LibraryExercise } from '../../../shared/channels/exercises';
import { photoUrl } from '../../../shared/domain/photos';
import { illustrationUrl } from './illustrations';

/**
 * The picture of an exercise: the practitioner's photo when she added one, otherwise the line
 * drawing, otherwise a quiet placeholder so every card keeps the same shape.
 */
export function ExerciseFigure({
  exercise,
  size,
}: {
  exercise: Pick<LibraryExercise, 'name' | 'photoHash' | 'illustration'>;
  size: 'card' | 'large';
}) {
  const drawing = illustrationUrl(exercise.illustration);
  const className = `exercise-figure exercise-figure-${size}`;
  // On a card the name is written right beside the picture, so the picture is not named twice.
  const alt = (kind: string) => (size === 'card' ? '' : `${kind} of ${exercise.name}`);
  if (exercise.photoHash) {
    return (
      <img
        className={`${className} exercise-photo`}
        src={photoUrl(exercise.photoHash)}
        alt={alt('Photo')}
        loading="lazy"
      />
    );
  }
  if (drawing) {
    return (
      <img
        className={`${className} exercise-drawing`}
        src={drawing}
        alt={alt('Line drawing')}
        loading="lazy"
      />
    );
  }
  return (
    <div className={`${className} exercise-figure-empty`} aria-hidden={size === 'card'}>
      <FigureOutline />
      {size === 'large' && <span>No drawing or photo yet</span>}
    </div>
  );
}

/** A plain standing figure, drawn faintly where an exercise has no picture of its own. */
function FigureOutline() {
  return (
    <svg viewBox="0 0 60 80" aria-hidden="true">
      <circle cx="30" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="3" />
      <path
        d="M30 20v28M30 27l-13 12M30 27l13 12M30 48l-9 25M30 48l9 25"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
