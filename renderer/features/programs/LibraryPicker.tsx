import type { LibraryExercise } from '../../../shared/channels/exercises';
import { type ExercisePhase, exercisePhases, phaseLabels } from '../../../shared/domain/exercises';
import { useMemo, useState } from 'react';
import { ExerciseFigure } from '../exercises';

/**
 * A search box and a phase filter narrowing the library (some two hundred exercises), the matches
 * grouped by phase, a picture of the one chosen, and an Add button.
 */
export function LibraryPicker({
  library,
  chosen,
  onAdd,
}: {
  library: LibraryExercise[];
  chosen: Set<string>;
  onAdd: (exercise: LibraryExercise) => void;
}) {
  const [query, setQuery] = useState('');
  const [phaseShown, setPhaseShown] = useState<ExercisePhase | 'all'>('all');
  const [selected, setSelected] = useState('');
  const matches = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return library.filter(
      (exercise) =>
        !chosen.has(exercise.id) &&
        (phaseShown === 'all' || exercise.phase === phaseShown) &&
        words.every((word) => exercise.name.toLowerCase().includes(word)),
    );
  }, [library, chosen, query, phaseShown]);
  const current = matches.find((exercise) => exercise.id === selected) ?? matches[0];

  return (
    <div className="library-picker" role="group" aria-labelledby="library-picker-title">
      <h3 className="library-picker-title" id="library-picker-title">
        Add from the library
      </h3>
      <div className="library-picker-row">
        <div className="field">
          <label className="field-label" htmlFor="library-search">
            Search the library
          </label>
          <input
            id="library-search"
            type="search"
            className="input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="library-phase">
            Phase
          </label>
          <select
            id="library-phase"
            className="input"
            value={phaseShown}
            onChange={(event) => setPhaseShown(event.target.value as ExercisePhase | 'all')}
          >
            <option value="all">Every phase</option>
            {exercisePhases.map((phase) => (
              <option key={phase} value={phase}>
                {phaseLabels[phase]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="library-exercise">
            Exercise ({matches.length} found)
          </label>
          <select
            id="library-exercise"
            className="input"
            value={current?.id ?? ''}
            disabled={matches.length === 0}
            onChange={(event) => setSelected(event.target.value)}
          >
            {matches.length === 0 && <option value="">No exercise matches</option>}
            {exercisePhases.map((phase) => {
              const inPhase = matches.filter((exercise) => exercise.phase === phase);
              if (inPhase.length === 0) return null;
              return (
                <optgroup key={phase} label={phaseLabels[phase]}>
                  {inPhase.map((exercise) => (
                    <option key={exercise.id} value={exercise.id}>
                      {exercise.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
        <div className="library-picker-preview">
          {current && <ExerciseFigure exercise={current} size="card" />}
        </div>
        <button
          type="button"
          className="button"
          disabled={!current}
          onClick={() => {
            if (!current) return;
            onAdd(current);
            setQuery('');
            setSelected('');
          }}
        >
          Add to the program
        </button>
      </div>
    </div>
  );
}
