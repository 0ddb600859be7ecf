import type { LibraryExercise } from '../../../shared/channels/exercises';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export type LibraryLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: AppErrorShape }
  | { status: 'ready'; exercises: LibraryExercise[] };

/**
 * The whole library, retired exercises included (the page filters them), so one exercise can be
 * opened by its address, and `reload` after a change brings every view up to date.
 */
export function useLibrary(): { load: LibraryLoad; reload: () => void } {
  const { load, reload } = useLoad('library', () =>
    invoke('exercises:list', { includeRetired: true }),
  );
  return {
    load: load.status === 'ready' ? { status: 'ready', exercises: load.value } : load,
    reload,
  };
}
