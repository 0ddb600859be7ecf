/**
 * The studio owner's view of the audit trail, read on the saved studio connection. Stance still
 * keeps its records in the local file, so this is the one place that reads the server for real;
 * the connection is opened for the page asked for and closed after it.
 */
import type { ParsedRequestOf } from '../../shared/contract';
import type { AuditTrailPage } from '../../shared/domain/audit-trail';
import { AppError } from '../../shared/errors';
import { olderSchema, readAuditTrail } from '../db/postgres/audit-trail';
import type { Host } from '../host';
import { describeConnectionProblem } from '../studio/connection-problems';
import { readSavedConnection } from '../studio/saved-connection';
import { openSavedStudioPool } from '../studio/saved-pool';

export async function readStudioAuditTrail(
  dataDir: string,
  host: Host,
  request: ParsedRequestOf<'audit:trail'>,
): Promise<AuditTrailPage> {
  const pool = await openSavedStudioPool(dataDir, host.secrets, {
    max: 1,
    applicationName: 'Stance (audit trail)',
  });
  try {
    return await readAuditTrail(pool, request);
  } catch (error) {
    throw inPlainWords(error, dataDir);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

/** The server's code for a table that is not there (undefined_table). */
const NO_SUCH_TABLE = '42P01';

/** Connection failures in the words Test connection uses; our own refusals pass unchanged. */
export function inPlainWords(error: unknown, dataDir: string): AppError {
  if (error instanceof AppError) return error;
  // Roles belong to the whole server: another studio database on it may have made stance_owner
  // while this one was set up by a Stance from before the trail.
  if ((error as { code?: unknown }).code === NO_SUCH_TABLE) return olderSchema();
  const outcome = readSavedConnection(dataDir);
  if (outcome.state !== 'saved')
    return new AppError('unavailable', 'The studio database could not be reached.');
  const { saved } = outcome;
  const { message } = describeConnectionProblem(error, {
    host: saved.host,
    port: saved.port,
    database: saved.database,
    user: saved.user,
    withPassword: saved.encryptedPassword !== null,
  });
  return new AppError('unavailable', message);
}
