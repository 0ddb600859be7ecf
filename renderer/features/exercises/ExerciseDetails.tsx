import type { LibraryExercise } from '../../../shared/channels/exercises';
import { equipmentLabels } from '../../../shared/domain/exercises';
import { describeDosage } from './dosage-words';

/** Everything the handout and the practitioner need to know about one exercise, in reading order. */
export function ExerciseDetails({ exercise }: { exercise: LibraryExercise }) {
  return (
    <div className="exercise-details">
      <section aria-labelledby="exercise-purpose">
        <h2 className="exercise-section-title" id="exercise-purpose">
          Purpose
        </h2>
        <p>{exercise.purpose}</p>
      </section>
      <section aria-labelledby="exercise-steps">
        <h2 className="exercise-section-title" id="exercise-steps">
          Steps
        </h2>
        <ol className="exercise-steps">
          {exercise.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="exercise-cues">
        <h2 className="exercise-section-title" id="exercise-cues">
          Cues
        </h2>
        <ul className="exercise-bullets">
          {exercise.cues.map((cue, index) => (
            <li key={index}>{cue}</li>
          ))}
        </ul>
      </section>
      {exercise.cautions && (
        <section aria-labelledby="exercise-cautions" className="exercise-cautions">
          <h2 className="exercise-section-title" id="exercise-cautions">
            Take care
          </h2>
          <ul className="exercise-bullets">
            {exercise.cautions.map((caution, index) => (
              <li key={index}>{caution}</li>
            ))}
          </ul>
        </section>
      )}
      <dl className="exercise-facts">
        <div>
          <dt>Default dosage</dt>
          <dd>{describeDosage(exercise.dosage)}</dd>
        </div>
        <div>
          <dt>Muscles it works</dt>
          <dd>{exercise.targets.join(', ')}</dd>
        </div>
        <div>
          <dt>Equipment</dt>
          <dd>{exercise.equipment.map((item) => equipmentLabels[item]).join(', ')}</dd>
        </div>
      </dl>
    </div>
  );
}
