/**
 * A move that failed, in words she can act on. Whatever went wrong, the server's transaction was
 * rolled back, so every message ends by saying that nothing changed.
 */
import { AppError } from '../../shared/errors';

const UNCHANGED =
  'Nothing was moved: the studio database is as it was, and your records on this computer are unchanged.';

const CONNECTION_LOST = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08003',
  '08001',
]);

export function moveProblem(error: unknown): AppError {
  if (error instanceof AppError) return new AppError(error.code, `${error.message} ${UNCHANGED}`);
  const code = codeOf(error);
  const text = error instanceof Error ? error.message : '';
  if ((code !== undefined && CONNECTION_LOST.has(code)) || /Connection terminated/i.test(text))
    return new AppError(
      'unavailable',
      `The connection to the studio server was lost during the move. ${UNCHANGED} Try again when the server is back.`,
    );
  if (code === '42501')
    return new AppError(
      'unavailable',
      `Your sign-in on the studio server may not add records. Ask whoever runs the server to add you as a practitioner. ${UNCHANGED}`,
    );
  if (code === '23505')
    return new AppError(
      'conflict',
      `Some of the same records reached the studio database from elsewhere while moving. ${UNCHANGED}`,
    );
  if (code === '53100' || code === '54000')
    return new AppError(
      'unavailable',
      `The studio server ran out of room for the records. Ask whoever runs it to free disk space. ${UNCHANGED}`,
    );
  return new AppError(
    'internal',
    `The studio server could not take the records${code ? ` (its code ${code})` : ''}. ${UNCHANGED}`,
  );
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' ? code : undefined;
}
