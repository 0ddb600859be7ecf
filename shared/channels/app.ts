import { channel, noArguments } from './define';

export type ProblemKind = 'database-from-future' | 'database-damaged' | 'unavailable';

export type AppStatus =
  | { state: 'ready'; dataDir: string; appVersion: string; schemaVersion: number }
  | { state: 'problem'; kind: ProblemKind; message: string; dataDir: string; details: string };

export const appChannels = {
  /** Whether the data folder opened cleanly; the renderer asks this first. */
  'app:status': channel<AppStatus>()(noArguments),
};
