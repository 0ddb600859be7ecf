/**
 * Ten practitioners on one studio server for a minute (STANCE_CONCURRENCY_SECONDS to change it),
 * each signed in as her own role through her own connection pool, as ten copies of Stance would
 * be: saving her own drafts and four drafts the whole team edits, finalizing, searching. Nothing
 * the server acknowledged may be lost or silently saved over, every refused save must say who
 * saved first, and nothing may deadlock or time out.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { openStudioPool } from '../../main/db/postgres/pool';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import {
  lostOrOverwrittenSaves,
  runPractitioners,
  signInStudioTeam,
  type Practitioner,
} from '../helpers/practitioner-workload';

const SECONDS = Number(process.env['STANCE_CONCURRENCY_SECONDS'] ?? 60);
const TEAM = 10;

let cluster: TestCluster;
const pools: pg.Pool[] = [];

function poolAs(url: string, user: string): pg.Pool {
  const address = new URL(url);
  address.username = user;
  // A statement stuck behind a lock for 10 s counts as a deadlock here.
  const pool = openStudioPool({
    connectionString: address.toString(),
    max: 2,
    options: '-c statement_timeout=10000 -c lock_timeout=10000',
  });
  pools.push(pool);
  return pool;
}

let team: Practitioner[];
let admin: pg.Pool;

beforeAll(async () => {
  cluster = await startTestCluster();
  const url = cluster.createDatabase('concurrency');
  admin = poolAs(url, 'stance');
  await migrateStudioDatabase(admin);
  team = await signInStudioTeam(admin, TEAM, (user) => poolAs(url, user));
}, 120_000);

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  cluster?.stop();
});

describe('ten practitioners on one studio server', () => {
  it(
    'lose no acknowledged save, are told of every conflict, and never deadlock',
    async () => {
      const report = await runPractitioners(team, {
        seconds: SECONDS,
        sharedDrafts: 4,
        savesBeforeFinalize: 8,
      });
      expect(report.problems).toEqual([]);
      // The run did real work: hundreds of saves, conflicts on the shared drafts, finalizing.
      expect(report.acknowledged.length).toBeGreaterThan(SECONDS * 20);
      expect(report.conflicts).toBeGreaterThan(0);
      expect(report.finalized.length).toBeGreaterThan(0);
      expect(report.searches).toBeGreaterThan(0);
      expect(await lostOrOverwrittenSaves(report, studioAssessmentStore(admin))).toEqual([]);

      const finalized = await admin.query<{ status: string; finalized_by: string }>(
        'SELECT status, finalized_by FROM assessment_revisions WHERE assessment_id = ANY($1)',
        [report.finalized],
      );
      expect(finalized.rows.every((row) => row.status === 'final' && row.finalized_by)).toBe(true);
    },
    SECONDS * 1000 + 120_000,
  );
});
