/**
 * Opens the saved studio connection for running Stance on it: a pool, a look at the server (its
 * version, and Stance's tables at exactly this version's data version), then the studio's stores.
 * Anything that stops her working there is an AppError in plain words, with the pool closed.
 */
import type pg from 'pg';
import type { RecordsPlace } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { latestStudioSchemaVersion } from '../db/postgres/migrations';
import { readServerFacts, type ServerFacts } from '../db/postgres/server-facts';
import { studioStores } from '../db/postgres/stores';
import type { Records } from '../db/stores/stores';
import type { SecretBox } from '../host';
import { describeConnectionProblem } from './connection-problems';
import { judgeServer } from './connection-test';
import { requireSavedConnection, type SavedConnection } from './saved-connection';
import { openPoolOn } from './saved-pool';

export type StudioPlace = Extract<RecordsPlace, { place: 'studio' }>;

export interface OpenedStudio {
  readonly place: StudioPlace;
  readonly records: Records;
  /** Ends every connection once the queries in flight have finished. */
  close(): Promise<void>;
}

export async function openStudioRecords(
  dataDir: string,
  secrets: SecretBox,
  now: () => Date,
): Promise<OpenedStudio> {
  const saved = requireSavedConnection(dataDir);
  const pool = await openPoolOn(saved, secrets, { applicationName: 'Stance' });
  try {
    assertUsable(await serverFacts(pool, saved), saved);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const { host, port, database, user } = saved;
  return {
    place: { place: 'studio', host, port, database, user },
    records: { stores: studioStores(pool), now },
    close: () => pool.end().catch(() => undefined),
  };
}

async function serverFacts(pool: pg.Pool, saved: SavedConnection): Promise<ServerFacts> {
  try {
    const client = await pool.connect();
    try {
      return await readServerFacts(client);
    } finally {
      client.release();
    }
  } catch (error) {
    const target = { ...saved, withPassword: saved.encryptedPassword !== null };
    throw new AppError('unavailable', describeConnectionProblem(error, target).message);
  }
}

/** The connection test's verdict, and then only tables at this version's data version will do. */
function assertUsable(facts: ServerFacts, saved: SavedConnection): void {
  const verdict = judgeServer(facts, saved);
  if (!verdict.connected) throw new AppError('unavailable', verdict.message);
  const { schema } = facts;
  if (schema.state === 'absent')
    throw new AppError(
      'unavailable',
      `Stance’s tables are not on “${saved.database}” yet. The studio’s owner sets the database up first (npm run studio:setup); until then your records stay on this computer.`,
    );
  if (schema.state === 'present' && schema.version < latestStudioSchemaVersion)
    throw new AppError(
      'unavailable',
      `Stance’s tables on “${saved.database}” were set up by an earlier version of Stance (data version ${schema.version}; this version uses ${latestStudioSchemaVersion}). Ask the studio’s owner to bring them up to date (npm run studio:setup) before working there.`,
    );
}
