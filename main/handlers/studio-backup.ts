import type { studioBackupChannels } from '../../shared/channels/studio-backup';
import { findPgDump } from '../studio/pg-dump';
import { studioBackupsFolder, takeStudioBackup } from '../studio/studio-backup';
import type { HandlerContext, HandlerGroup } from './types';

export function studioBackupHandlers({
  data,
  host,
}: HandlerContext): HandlerGroup<keyof typeof studioBackupChannels> {
  const { backups, dataDir } = data.paths;
  return {
    'studioBackup:status': () =>
      Promise.resolve({
        pgDumpFound: findPgDump() !== null,
        folder: studioBackupsFolder(backups),
      }),
    'studioBackup:take': () => takeStudioBackup(backups, dataDir, host.secrets, new Date()),
  };
}
