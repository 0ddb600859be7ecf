/**
 * The exercise library: the built-in exercises and the practitioner's own, searched as she types
 * and narrowed by phase, body region and source; each opens its own page.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { exercisePhases, phaseLabels } from '../../../shared/domain/exercises';
import { AlertBanner } from '../../components/AlertBanner';
import { EmptyState } from '../../components/EmptyState';
import { ExerciseCard } from './ExerciseCard';
import { LibraryFiltersBar } from './LibraryFiltersBar';
import { filterLibrary, noFilters, type LibraryFilters } from './library-filters';
import { useLibrary } from './useLibrary';
import { PageHeader } from '../../components/PageHeader';

/** Kept while the app is open, so coming back from an exercise finds the list as it was left. */
let rememberedFilters: LibraryFilters = noFilters;

export function Exercises() {
  const { load, reload } = useLibrary();
  const [filters, setFilters] = useState(rememberedFilters);
  const changeFilters = (next: LibraryFilters) => {
    rememberedFilters = next;
    setFilters(next);
  };

  return (
    <div className="page exercises-page">
      <PageHeader
        title="Exercises"
        subtitle="The built-in library and your own exercises. Open one to read it, add a photo or copy it."
        actions={
          <Link href="/exercises/new" className="button button-primary">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path
                d="M8 3v10M3 8h10"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            </svg>
            New exercise
          </Link>
        }
      />
      <LibraryFiltersBar filters={filters} onChange={changeFilters} />
      {load.status === 'failed' && (
        <AlertBanner
          title="The exercise library could not be loaded."
          actions={
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
          }
        >
          <p>{load.error.message}</p>
        </AlertBanner>
      )}
      {load.status === 'ready' && (
        <LibraryResults
          shown={filterLibrary(load.exercises, filters)}
          total={
            load.exercises.filter((exercise) => filters.showRetired || !exercise.retiredAt).length
          }
          onClear={() => changeFilters(noFilters)}
        />
      )}
    </div>
  );
}

function LibraryResults({
  shown,
  total,
  onClear,
}: {
  shown: ReturnType<typeof filterLibrary>;
  total: number;
  onClear: () => void;
}) {
  return (
    <>
      <p className="list-count" role="status">
        {shown.length === total
          ? `${total} exercises`
          : `${shown.length} of ${total} exercises shown`}
      </p>
      {shown.length === 0 ? (
        <EmptyState
          title="No exercise matches"
          actions={
            <button type="button" className="button" onClick={onClear}>
              Clear the search and filters
            </button>
          }
        >
          <p>Try fewer words, or another phase or body region.</p>
        </EmptyState>
      ) : (
        exercisePhases.map((phase) => {
          const inPhase = shown.filter((exercise) => exercise.phase === phase);
          if (inPhase.length === 0) return null;
          return (
            <section key={phase} className="exercise-group" aria-labelledby={`phase-${phase}`}>
              <h2 className="exercise-group-title" id={`phase-${phase}`}>
                {phaseLabels[phase]} <span className="muted">({inPhase.length})</span>
              </h2>
              <ul className="exercise-grid">
                {inPhase.map((exercise) => (
                  <ExerciseCard key={exercise.id} exercise={exercise} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
