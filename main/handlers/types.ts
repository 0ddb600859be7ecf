import type { Channel } from '../../shared/contract';
import type { DataAccess } from '../data-access';
import type { Host } from '../host';
import type { Handlers } from '../router';
import type { Session } from '../session';

/** The handlers for one domain's channels. */
export type HandlerGroup<K extends Channel> = Pick<Handlers, K>;

export interface HandlerContext {
  /** The open session; throws a plain-words "not open" error while the data is unavailable. */
  session: () => Session;
  data: DataAccess;
  host: Host;
}
