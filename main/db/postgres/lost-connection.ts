/**
 * A studio server that restarts, or a network that drops, fails whatever query was in flight.
 * That is not a fault in Stance: the practitioner is told the server cannot be reached and that
 * her typing is kept, never "something went wrong inside Stance". node-postgres reports it in
 * three ways: the server's own SQLSTATE as it shuts down, Node's socket error codes, and a few
 * errors of its own known only by their text.
 */
import { AppError } from '../../../shared/errors';

/** admin_shutdown, crash_shutdown, cannot_connect_now; class 08 is every connection exception. */
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03']);
const SOCKET_LOST = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
]);
const LOST_TEXT = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
];

export const STUDIO_UNREACHABLE_MESSAGE =
  'The studio database cannot be reached just now. What you typed is kept on this computer ' +
  'and will be saved when the server is back.';

export function isLostConnection(error: unknown): boolean {
  return causes(error).some((each) => {
    const code = (each as { code?: unknown }).code;
    if (typeof code === 'string' && (SERVER_GOING_AWAY.has(code) || code.startsWith('08')))
      return true;
    if (typeof code === 'string' && SOCKET_LOST.has(code)) return true;
    return each instanceof Error && LOST_TEXT.some((text) => text.test(each.message));
  });
}

/** The answer for a lost connection, or null for any other failure. */
export function lostConnectionError(error: unknown): AppError | null {
  return isLostConnection(error) ? new AppError('unavailable', STUDIO_UNREACHABLE_MESSAGE) : null;
}

/**
 * The error and what it wraps: connecting to a name with several addresses fails with an
 * AggregateError, and a few callers rethrow with `cause`.
 */
function causes(error: unknown, depth = 0): object[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const inner: unknown[] = error instanceof AggregateError ? [...(error.errors as unknown[])] : [];
  if ('cause' in error) inner.push(error.cause);
  return [error, ...inner.flatMap((each) => causes(each, depth + 1))];
}
