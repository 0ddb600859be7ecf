import type { studioChannels } from '../../shared/channels/studio';
import {
  chooseCaFile,
  readStudioConnection,
  saveStudioConnection,
  testStudioSettings,
} from '../services/studio';
import { moveRecordsToStudio } from '../services/studio-move';
import { findPgDump } from '../studio/pg-dump';
import { studioBackupsFolder, takeStudioBackup } from '../studio/studio-backup';
import type { HandlerContext, HandlerGroup } from './types';

export function studioHandlers({
  session,
  data,
  host,
  workplace,
}: HandlerContext): HandlerGroup<keyof typeof studioChannels> {
  const { dataDir, backups } = data.paths;
  return {
    'studio:get': () => readStudioConnection(dataDir, host),
    'studio:save': (input) => saveStudioConnection(dataDir, input, host),
    'studio:test': (input) => testStudioSettings(dataDir, input, host),
    'studio:chooseCaFile': () => chooseCaFile(host),
    'studio:moveRecords': () => moveRecordsToStudio(session(), host),
    'studio:use': () => workplace.useStudio(),
    'studio:useFile': () => workplace.useFile(),
    'studio:backupStatus': () =>
      Promise.resolve({ pgDumpFound: findPgDump() !== null, folder: studioBackupsFolder(backups) }),
    'studio:backup': () => takeStudioBackup(backups, dataDir, host.secrets, new Date()),
  };
}
