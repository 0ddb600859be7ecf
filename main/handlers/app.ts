import type { appChannels, AppStatus } from '../../shared/channels/app';
import type { RouterOptions } from '../router';
import type { HandlerGroup } from './types';

/** What the page sent about a page that failed to draw, kept as an Error for the log. */
export class PageCrash extends Error {
  constructor(page: string, message: string, stack: string) {
    super(`The page ${page} could not be shown: ${message}`);
    this.name = 'PageCrash';
    this.stack = `${this.name}: ${this.message}\n${stack}`;
  }
}

export function appHandlers(
  status: () => AppStatus,
  logError: RouterOptions['logError'] = undefined,
): HandlerGroup<keyof typeof appChannels> {
  return {
    'app:status': () => status(),
    'app:pageCrashed': ({ page, message, stack }) => {
      logError?.(new PageCrash(page, message, stack), 'app:pageCrashed');
      return { logged: true };
    },
  };
}
