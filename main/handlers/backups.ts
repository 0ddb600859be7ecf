import type { backupChannels } from '../../shared/channels/backups';
import {
  backUp,
  exportToChosenFolder,
  listAppBackups,
  restoreByName,
  restoreFromChosenFile,
} from '../backups';
import type { HandlerContext, HandlerGroup } from './types';

/** Every channel here but create and exportTo works while the data cannot be opened. */
export function backupHandlers({
  data,
  host,
}: HandlerContext): HandlerGroup<keyof typeof backupChannels> {
  return {
    'backups:list': () => listAppBackups(data),
    'backups:create': async () => {
      const { backup, photos } = await backUp(data, 'manual');
      return { backup, photos };
    },
    'backups:exportTo': () => exportToChosenFolder(data, host),
    'backups:restore': ({ name }) => restoreByName(data, name),
    'backups:restoreFrom': () => restoreFromChosenFile(data, host),
  };
}
