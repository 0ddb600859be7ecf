import { useCallback, useEffect, useState } from 'react';
import type { LibraryExercise } from '../../../shared/channels/exercises';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

export type LibraryLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: AppErrorShape }
  | { status: 'ready'; exercises: LibraryExercise[] };

/**
 * The whole library, retired exercises included (the page filters them), so one exercise can be
 * opened by its address, and `reload` after a change brings every view up to date.
 */
export function useLibrary(): { load: LibraryLoad; reload: () => void } {
  const [load, setLoad] = useState<LibraryLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void invoke('exercises:list', { includeRetired: true }).then((result) => {
      if (!current) return;
      setLoad(
        result.ok
          ? { status: 'ready', exercises: result.value }
          : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { load, reload };
}
