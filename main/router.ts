import {
  contract,
  isChannel,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../shared/contract';
import { AppError, type AppErrorShape, type Result } from '../shared/errors';
import { toFieldIssues } from '../shared/validation';

/** One function per channel; it receives the payload only after it passed the channel's schema. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export type Route = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

export interface RouterOptions {
  /** Where unexpected failures are reported; the renderer only ever sees a plain message. */
  logError?: (error: unknown, channel: Channel) => void;
}

/**
 * The trust boundary, free of Electron so it runs under plain Node in tests: every call names a
 * known channel and carries a payload that passes its schema, or it is refused before any
 * handler (and so any write) runs.
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Route {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return failure({
        code: 'unknown-channel',
        message: `Stance has no action called "${describe(channel)}".`,
      });
    }
    const parsed = contract[channel].request.safeParse(payload);
    if (!parsed.success) {
      return failure({
        code: 'invalid-input',
        message: 'Some details are not valid. Please check the fields marked in red.',
        issues: toFieldIssues(parsed.error),
      });
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toShape());
      options.logError?.(error, channel);
      return failure({
        code: 'internal',
        message:
          'Something went wrong inside Stance and this action was not completed. Your saved work is safe.',
      });
    }
  };
}

function failure(error: AppErrorShape): Result<never> {
  return { ok: false, error };
}

function describe(channel: unknown): string {
  const text = typeof channel === 'string' ? channel : typeof channel;
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
