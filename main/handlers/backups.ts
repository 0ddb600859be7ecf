import type { backupChannels } from '../../shared/channels/backups';
import {
  backUp,
  exportToChosenFolder,
  listAppBackups,
  restoreByName,
  restoreFromChosenFile,
  type BackupProblemLog,
} from '../backups';
import type { HandlerContext, HandlerGroup } from './types';

/** Every channel here but create and exportTo works while the data cannot be opened. */
export function backupHandlers(
  { data, host }: HandlerContext,
  problems: BackupProblemLog,
): HandlerGroup<keyof typeof backupChannels> {
  return {
    'backups:list': () => listAppBackups(data),
    'backups:lastProblem': () => problems.last(),
    'backups:create': async () => {
      const { backup, photos } = await backUp(data, 'manual');
      problems.clear();
      return { backup, photos };
    },
    'backups:exportTo': () => exportToChosenFolder(data, host),
    'backups:restore': ({ name }) => restoreByName(data, name),
    'backups:restoreFrom': () => restoreFromChosenFile(data, host),
  };
}
