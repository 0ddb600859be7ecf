import type { LibraryExercise } from '../../../shared/channels/exercises';
import {
  bodyRegions,
  exercisePhases,
  type BodyRegion,
  type ExercisePhase,
} from '../../../shared/domain/exercises';

export type SourceFilter = 'all' | 'built-in' | 'own';

export interface LibraryFilters {
  query: string;
  phase: ExercisePhase | 'all';
  region: BodyRegion | 'all';
  source: SourceFilter;
  showRetired: boolean;
}

export const noFilters: LibraryFilters = {
  query: '',
  phase: 'all',
  region: 'all',
  source: 'all',
  showRetired: false,
};

export const isPhase = (value: string): value is ExercisePhase =>
  (exercisePhases as readonly string[]).includes(value);
export const isRegion = (value: string): value is BodyRegion =>
  (bodyRegions as readonly string[]).includes(value);
export const isSource = (value: string): value is SourceFilter =>
  value === 'all' || value === 'built-in' || value === 'own';

/** What a search word is matched against: the name first, then what the exercise is for. */
function searchableText(exercise: LibraryExercise): string {
  return [exercise.name, exercise.purpose, ...exercise.targets, ...exercise.cues]
    .join(' ')
    .toLowerCase();
}

/** Every word typed must appear somewhere, in any order, so "calf stretch" finds "Stretch the calf". */
export function filterLibrary(
  library: readonly LibraryExercise[],
  filters: LibraryFilters,
): LibraryExercise[] {
  const words = filters.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return library.filter((exercise) => {
    if (!filters.showRetired && exercise.retiredAt !== null) return false;
    if (filters.phase !== 'all' && exercise.phase !== filters.phase) return false;
    if (filters.region !== 'all' && !exercise.regions.includes(filters.region)) return false;
    if (filters.source === 'built-in' && !exercise.builtIn) return false;
    if (filters.source === 'own' && exercise.builtIn) return false;
    if (words.length === 0) return true;
    const text = searchableText(exercise);
    return words.every((word) => text.includes(word));
  });
}
