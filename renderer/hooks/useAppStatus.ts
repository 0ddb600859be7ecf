import { useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/contract';
import { invoke } from '../api';

export type AppStatusState = { state: 'loading' } | AppStatus;

/** Asked once at start: every other screen assumes the data folder opened cleanly. */
export function useAppStatus(): AppStatusState {
  const [status, setStatus] = useState<AppStatusState>({ state: 'loading' });
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
  }, []);
  return status;
}
