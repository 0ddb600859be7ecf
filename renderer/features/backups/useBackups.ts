import type { BackupSummary } from '../../../shared/channels/backups';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export type BackupsLoad =
  | { status: 'loading' }
  | { status: 'ready'; backups: BackupSummary[] }
  | { status: 'failed'; error: AppErrorShape };

/** The backups in the app's backups folder, newest first; `reload` after making or restoring one. */
export function useBackups(): { load: BackupsLoad; reload: () => void } {
  const { load, reload } = useLoad('backups', () => invoke('backups:list', {}));
  return {
    load: load.status === 'ready' ? { status: 'ready', backups: load.value } : load,
    reload,
  };
}
