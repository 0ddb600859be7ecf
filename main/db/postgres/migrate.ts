/**
 * Brings a studio database to the newest schema. Several computers may start Stance at once
 * against one server, so the whole run holds a transaction-scoped advisory lock: the first to
 * arrive migrates, the others wait and then find nothing to do. PostgreSQL's DDL is
 * transactional, so a failure or a lost connection leaves the old schema whole.
 */
import type { Pool, PoolClient } from 'pg';
import { AppError } from '../../../shared/errors';
import { studioMigrations } from './migrations';
import { inTransaction } from './transaction';
import type { StudioMigration } from './migrations/types';

/** An arbitrary constant naming Stance's migration lock among the server's advisory locks. */
const MIGRATION_LOCK = 7_384_129_005;

export interface StudioMigrationOutcome {
  readonly from: number;
  readonly to: number;
}

export async function migrateStudioDatabase(
  pool: Pool,
  migrations: readonly StudioMigration[] = studioMigrations,
): Promise<StudioMigrationOutcome> {
  const latest = migrations.at(-1)?.version ?? 0;
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // A practitioner's role may not create tables (or change the version), so a computer that
    // finds the schema current writes nothing.
    const existing = await client.query<{ made: boolean }>(
      "SELECT to_regclass('stance_schema') IS NOT NULL AS made",
    );
    if (existing.rows[0]?.made !== true)
      await client.query(
        'CREATE TABLE stance_schema (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), version integer NOT NULL)',
      );
    const from = await schemaVersion(client);
    if (from > latest) {
      throw new AppError(
        'database-from-future',
        `The studio database was set up by a newer version of Stance (data version ${from}; ` +
          `this version reads up to ${latest}). Install the latest Stance on this computer. ` +
          'Nothing has been changed.',
      );
    }
    for (const migration of migrations.filter((step) => step.version > from)) {
      await client.query(migration.sql);
    }
    if (from === latest) return { from, to: latest };
    await client.query(
      'INSERT INTO stance_schema (version) VALUES ($1) ON CONFLICT (only_row) DO UPDATE SET version = excluded.version',
      [latest],
    );
    return { from, to: latest };
  });
}

async function schemaVersion(client: PoolClient): Promise<number> {
  const result = await client.query<{ version: number }>('SELECT version FROM stance_schema');
  return result.rows[0]?.version ?? 0;
}
