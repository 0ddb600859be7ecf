/**
 * "Move my records to the studio": copies everything in the local data folder to the studio
 * server in one server transaction, then counts it and checks every file there before committing.
 * A failure or a refusal leaves the server as it was. The local file is only read, from one
 * read-only snapshot, so she can keep working while the move runs and nothing here changes it.
 */
import type { Pool, PoolClient } from 'pg';
import { AppError } from '../../shared/errors';
import type { MoveOutcome, MoveProgress } from '../../shared/domain/studio-move';
import type { Db } from '../db/connection';
import { migrateStudioDatabase } from '../db/postgres/migrate';
import { inTransaction } from '../db/postgres/transaction';
import { openMoveSnapshot, rowCount } from '../db/repositories/move-source';
import type { PhotoStore } from '../photos/store';
import { listHeld, recordsAlreadyOnServer } from './move-conflicts';
import { copyFiles, countVerifiedFiles } from './move-files';
import { movedTables } from './move-plan';
import { moveProblem } from './move-problems';
import { copyTable } from './move-rows';

export interface MoveSource {
  /** The local SQLite file. */
  database: string;
  photos: PhotoStore;
}

export interface MoveOptions {
  now: () => Date;
  onProgress?: (progress: MoveProgress) => void;
}

export async function moveRecords(
  source: MoveSource,
  pool: Pool,
  { now, onProgress = () => undefined }: MoveOptions,
): Promise<MoveOutcome> {
  const local = openMoveSnapshot(source.database);
  try {
    await migrateStudioDatabase(pool);
    return await inTransaction(pool, (server) =>
      moveInTransaction(local, server, source.photos, now().toISOString(), onProgress),
    );
  } catch (error) {
    throw moveProblem(error);
  } finally {
    local.close();
  }
}

async function moveInTransaction(
  local: Db,
  server: PoolClient,
  photos: PhotoStore,
  stamp: string,
  onProgress: (progress: MoveProgress) => void,
): Promise<MoveOutcome> {
  // One snapshot of the server too, so the counts before and after see only this move's rows.
  await server.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
  // Tells the audit triggers these are moved records, not signed off today (studio migration 11).
  await server.query("SELECT set_config('stance.arriving', 'move', true)");

  onProgress({ step: 'checking', done: 0, total: 0 });
  const held = await recordsAlreadyOnServer(local, server);
  if (held.held.length > 0)
    throw new AppError(
      'conflict',
      `The studio database already holds ${listHeld(held)} of yours: they were moved before, or a colleague has the same records. Nothing is overwritten.`,
    );

  const before = await serverCounts(server);
  const expected = localCounts(local);
  const total = [...expected.values()].reduce((sum, count) => sum + count, 0);
  let done = 0;
  const files = new Map<string, string>();
  const kept = new Map<string, number>();
  for (const entry of movedTables) {
    const copy = await copyTable(local, server, entry, (rows) => {
      done += rows;
      onProgress({ step: 'records', done, total });
    });
    kept.set(entry.table, copy.kept);
    for (const [hash, mediaType] of copy.files) files.set(hash, mediaType);
  }

  let filesDone = 0;
  await copyFiles(photos, server, files, stamp, () => {
    filesDone += 1;
    onProgress({ step: 'files', done: filesDone, total: files.size });
  });

  onProgress({ step: 'verifying', done: 0, total: files.size });
  const after = await serverCounts(server);
  for (const { table } of movedTables) {
    const arrived = (after.get(table) ?? 0) - (before.get(table) ?? 0);
    const sent = (expected.get(table) ?? 0) - (kept.get(table) ?? 0);
    if (arrived !== sent)
      throw new AppError(
        'internal',
        `The studio database counted ${arrived} new rows in ${table} where ${sent} were sent.`,
      );
  }
  const verified = await countVerifiedFiles(server, [...files.keys()]);
  if (verified !== files.size)
    throw new AppError(
      'internal',
      `Only ${verified} of ${files.size} photo and clip files read back from the studio database matching their fingerprints.`,
    );
  onProgress({ step: 'verifying', done: files.size, total: files.size });

  const arrived = (table: string) => (expected.get(table) ?? 0) - (kept.get(table) ?? 0);
  return {
    moved: {
      clients: arrived('clients'),
      assessments: arrived('assessments'),
      revisions: arrived('assessment_revisions'),
      programs: arrived('programs'),
      exercises: arrived('exercises'),
      photos: arrived('photos'),
      clips: arrived('clips'),
      files: verified,
    },
    keptStudios: {
      settings: kept.get('settings') ?? 0,
      exercisePhotos: kept.get('exercise_photos') ?? 0,
    },
  };
}

function localCounts(local: Db): Map<string, number> {
  return new Map(movedTables.map(({ table, only }) => [table, rowCount(local, table, only)]));
}

async function serverCounts(server: PoolClient): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const { table } of movedTables) {
    const { rows } = await server.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts.set(table, rows[0]?.n ?? 0);
  }
  return counts;
}
