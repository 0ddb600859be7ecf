import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/channels/backups';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

export type BackupsLoad =
  | { status: 'loading' }
  | { status: 'ready'; backups: BackupSummary[] }
  | { status: 'failed'; error: AppErrorShape };

/** The backups in the app's backups folder, newest first; `reload` after making or restoring one. */
export function useBackups(): { load: BackupsLoad; reload: () => void } {
  const [load, setLoad] = useState<BackupsLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void invoke('backups:list', {}).then((result) => {
      if (!current) return;
      setLoad(
        result.ok
          ? { status: 'ready', backups: result.value }
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
