import { z } from 'zod';
import { channel, noArguments } from './define';

/** Why the data folder could not be opened. */
export type FolderProblemKind = 'database-from-future' | 'database-damaged' | 'unavailable';

export type ProblemKind =
  | FolderProblemKind
  /** She chose the studio database and it could not be opened; the file is kept, unused. */
  | 'studio-unreachable';

/** Where the client records are read and saved: this computer's file, or a studio's server. */
export type RecordsPlace =
  | { place: 'file' }
  | { place: 'studio'; host: string; port: number; database: string; user: string };

interface ReadyFolder {
  state: 'ready';
  dataDir: string;
  appVersion: string;
  schemaVersion: number;
}

interface Problem<Kind extends ProblemKind> {
  state: 'problem';
  kind: Kind;
  message: string;
  dataDir: string;
  details: string;
}

/** What the data folder's own opening reports, before the studio choice is added to it. */
export type FolderStatus = ReadyFolder | Problem<FolderProblemKind>;

export type AppStatus = (ReadyFolder & { records: RecordsPlace }) | Problem<ProblemKind>;

export const appChannels = {
  /** Whether the data folder opened cleanly; the renderer asks this first. */
  'app:status': channel<AppStatus>()(noArguments),

  /**
   * A page failed to draw and showed the calm message instead; main writes it to its log so the
   * fault can be found later. Nothing is stored in her records.
   */
  'app:pageCrashed': channel<{ logged: true }>()(
    z.strictObject({
      page: z.string().max(500),
      message: z.string().max(2_000),
      stack: z.string().max(20_000).default(''),
    }),
  ),
};
