import {
  contract,
  isChannel,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../shared/contract';
import { AppError, type AppErrorShape, type Result } from '../shared/errors';
import { lostConnectionError } from './db/postgres/lost-connection';
import { nulCharacterIssues, toFieldIssues } from '../shared/validation';

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
    const definition = contract[channel];
    const binaryField = 'binary' in definition ? definition.binary.field : undefined;
    const shapeProblem = plainDataProblem(payload, binaryField);
    if (shapeProblem) {
      const message = `This request could not be read: ${shapeProblem}.`;
      return failure({ code: 'invalid-input', message, issues: [{ path: '', message }] });
    }
    const parsed = contract[channel].request.safeParse(payload);
    if (!parsed.success) {
      return failure({
        code: 'invalid-input',
        message: 'Some details are not valid. Please check the fields marked in red.',
        issues: toFieldIssues(parsed.error).slice(0, MAX_ISSUES),
      });
    }
    const nulIssues = nulCharacterIssues(parsed.data);
    if (nulIssues.length > 0) {
      return failure({
        code: 'invalid-input',
        message: 'Some details are not valid. Please check the fields marked in red.',
        issues: nulIssues.slice(0, MAX_ISSUES),
      });
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toShape());
      const unreachable = lostConnectionError(error);
      if (unreachable) return failure(unreachable.toShape());
      options.logError?.(error, channel);
      return failure({
        code: 'internal',
        message:
          'Something went wrong inside Stance and this action was not completed. Your saved work is safe.',
      });
    }
  };
}

/** Enough for every field of the largest form; more would only make the answer huge. */
const MAX_ISSUES = 50;
/** The largest legitimate payload (a full assessment) has under a thousand values. */
const MAX_VALUES = 20_000;
const MAX_DEPTH = 24;

/**
 * Payloads are JSON-like data: plain objects, arrays and primitives. Anything else (a typed array,
 * a Date, a Map) and anything absurdly large or deep is refused before a schema looks at it, so a
 * crafted payload cannot make validation itself slow or its answer enormous. The one exception is
 * a channel that declares a `binaryField`: a Uint8Array there, at the top level, passes as one
 * value, and the channel's schema limits its size.
 */
function plainDataProblem(payload: unknown, binaryField?: string): string | null {
  if (binaryField !== undefined && isPlainObject(payload)) {
    const bytes: unknown = Object.getOwnPropertyDescriptor(payload, binaryField)?.value;
    if (bytes instanceof Uint8Array) {
      const rest = { ...payload };
      delete rest[binaryField];
      return plainDataProblem(rest);
    }
  }
  const pending: { value: unknown; depth: number }[] = [{ value: payload, depth: 0 }];
  let visited = 0;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    visited += 1;
    if (visited > MAX_VALUES) return 'it holds far more data than any form sends';
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return 'it is nested far deeper than any form';
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) pending.push({ value: item, depth: depth + 1 });
      continue;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null)
      return 'it contains something other than plain data';
    for (const item of Object.values(value)) pending.push({ value: item, depth: depth + 1 });
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function failure(error: AppErrorShape): Result<never> {
  return { ok: false, error };
}

function describe(channel: unknown): string {
  const text = typeof channel === 'string' ? channel : typeof channel;
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
