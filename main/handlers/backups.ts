import type { backupChannels } from '../../shared/channels/backups';
import type { BackupProblemLog } from '../backups';
import {
  backUpNow,
  exportToChosenFolder,
  listAppBackups,
  restoreByName,
  restoreFromChosenFile,
} from '../services/backups';
import type { HandlerContext, HandlerGroup } from './types';

/** Every channel here but create and exportTo works while the data cannot be opened. */
export function backupHandlers(
  { data, host }: HandlerContext,
  problems: BackupProblemLog,
): HandlerGroup<keyof typeof backupChannels> {
  return {
    'backups:list': () => listAppBackups(data),
    'backups:lastProblem': () => problems.last(),
    'backups:create': () => backUpNow(data, problems),
    'backups:exportTo': () => exportToChosenFolder(data, host),
    'backups:restore': ({ name }) => restoreByName(data, name),
    'backups:restoreFrom': () => restoreFromChosenFile(data, host),
  };
}
