import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../../shared/contract';
import { invoke, onEvent } from '../../api';

export type AppStatusState = { state: 'loading' } | AppStatus;

/**
 * Asked at start: every other screen assumes the data folder opened cleanly. `recheck` asks again
 * after a restore replaced data that could not be opened; the old answer stays until the new one.
 * Main also tells the window when the status changes later: its full check of the file runs after
 * the window opens, and damage it finds turns the app into the recovery screen.
 */
export function useAppStatus(): [AppStatusState, () => void] {
  const [status, setStatus] = useState<AppStatusState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Listening before asking, so a change between the answer and the listener is not missed.
  useEffect(() => onEvent('app:status', setStatus), []);
  useEffect(() => {
    let current = true;
    void invoke('app:status', {}).then((result) => {
      if (!current) return;
      setStatus(
        result.ok
          ? result.value
          : {
              state: 'problem',
              kind: 'unavailable',
              message: result.error.message,
              dataDir: '',
              details: `${result.error.code}: ${result.error.message}`,
            },
      );
    });
    return () => {
      current = false;
    };
  }, [attempt]);
  const recheck = useCallback(() => setAttempt((count) => count + 1), []);
  return [status, recheck];
}
