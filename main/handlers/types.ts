import type { Channel } from '../../shared/contract';
import type { DataAccess } from '../data-access';
import type { Host } from '../host';
import type { Handlers } from '../router';
import type { Records } from '../db/stores/stores';
import type { Session } from '../session';
import type { Workplace } from '../studio/workplace';

/** The handlers for one domain's channels. */
export type HandlerGroup<K extends Channel> = Pick<Handlers, K>;

export interface HandlerContext {
  /** The open session; throws a plain-words "not open" error while the data is unavailable. */
  session: () => Session;
  /** The records the store-backed services use: the session's file, or a studio's server. */
  records: () => Records;
  data: DataAccess;
  host: Host;
  /** Where the records are (file or studio), and the switch between them. */
  workplace: Workplace;
}
