import { z } from 'zod';
import { channel, noArguments } from './define';

export type ProblemKind = 'database-from-future' | 'database-damaged' | 'unavailable';

export type AppStatus =
  | { state: 'ready'; dataDir: string; appVersion: string; schemaVersion: number }
  | { state: 'problem'; kind: ProblemKind; message: string; dataDir: string; details: string };

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
