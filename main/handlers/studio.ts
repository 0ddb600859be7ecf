import type { studioChannels } from '../../shared/channels/studio';
import {
  chooseCaFile,
  readStudioConnection,
  saveStudioConnection,
  testStudioSettings,
} from '../services/studio';
import { moveRecordsToStudio } from '../services/studio-move';
import type { HandlerContext, HandlerGroup } from './types';

export function studioHandlers({
  session,
  data,
  host,
  workplace,
}: HandlerContext): HandlerGroup<keyof typeof studioChannels> {
  const { dataDir } = data.paths;
  return {
    'studio:get': () => readStudioConnection(dataDir, host),
    'studio:save': (input) => saveStudioConnection(dataDir, input, host),
    'studio:test': (input) => testStudioSettings(dataDir, input, host),
    'studio:chooseCaFile': () => chooseCaFile(host),
    'studio:moveRecords': () => moveRecordsToStudio(session(), host),
    'studio:use': () => workplace.useStudio(),
    'studio:useFile': () => workplace.useFile(),
  };
}
