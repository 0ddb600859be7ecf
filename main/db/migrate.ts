import path from 'node:path';
import { AppError } from '../../shared/errors';
import { createVerifiedBackup } from './backup';
import { schemaVersionOf, type Db } from './connection';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

export interface MigrationOutcome {
  from: number;
  to: number;
  backupFile: string | null;
}

export interface MigrateOptions {
  /** The database file, named in messages so the practitioner can find it. */
  file: string;
  backupsDir: string;
  migrations?: readonly Migration[];
  now?: () => Date;
}

/**
 * Brings the database to the newest schema: refuses a file from a newer Stance, takes a verified
 * backup of existing data, then applies every pending step and the new user_version in a single
 * transaction so a crash leaves either the old schema or the new one, never a mix.
 */
export async function migrateDatabase(db: Db, options: MigrateOptions): Promise<MigrationOutcome> {
  const migrations = options.migrations ?? allMigrations;
  assertOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersionOf(db);

  if (from > latest) {
    throw new AppError(
      'database-from-future',
      `The client database at ${options.file} was saved by a newer version of Stance ` +
        `(data version ${from}; this version reads up to ${latest}). ` +
        'Install the latest Stance to open it. Nothing has been changed.',
    );
  }
  if (from === latest) return { from, to: from, backupFile: null };

  const backupFile = hasUserTables(db) ? await backupBeforeMigrating(db, options, from) : null;

  const pending = migrations.filter((migration) => migration.version > from);
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0)
      throw new Error(`migration left ${violations.length} broken references`);
  }).immediate();

  return { from, to: latest, backupFile };
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
}

/** A brand-new file has nothing worth backing up. */
function hasUserTables(db: Db): boolean {
  return (
    db
      .prepare(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1",
      )
      .get() !== undefined
  );
}

async function backupBeforeMigrating(
  db: Db,
  options: MigrateOptions,
  from: number,
): Promise<string> {
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const destination = path.join(options.backupsDir, `pre-migration-v${from}-${stamp}.stance.db`);
  const backup = await createVerifiedBackup(db, destination);
  return backup.file;
}
