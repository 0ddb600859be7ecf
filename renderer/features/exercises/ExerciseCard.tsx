import { Link } from 'wouter';
import type { LibraryExercise } from '../../../shared/channels/exercises';
import { regionLabels } from '../../../shared/domain/exercises';
import { PhaseBadge } from './PhaseBadge';
import { ExerciseFigure } from './ExerciseFigure';

/** One exercise in the library grid; the whole card is the link to its page. */
export function ExerciseCard({ exercise }: { exercise: LibraryExercise }) {
  return (
    <li className={exercise.retiredAt ? 'library-card library-card-retired' : 'library-card'}>
      <Link href={`/exercises/${exercise.id}`} className="library-card-link">
        <ExerciseFigure exercise={exercise} size="card" />
        <span className="library-card-text">
          <span className="library-card-name">{exercise.name}</span>
          <span className="library-card-meta">
            <PhaseBadge phase={exercise.phase} />
            {!exercise.builtIn && <span className="badge badge-own">Your own</span>}
            {exercise.retiredAt && <span className="badge badge-retired">Retired</span>}
          </span>
          <span className="library-card-regions">
            {exercise.regions.map((region) => regionLabels[region]).join(', ')}
          </span>
        </span>
      </Link>
    </li>
  );
}
