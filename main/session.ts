import fs from 'node:fs';
import path from 'node:path';
import {
  assertHealthy,
  closeDatabase,
  openDatabase,
  openReadOnly,
  schemaVersionOf,
  type Db,
} from './db/connection';
import { migrateDatabase } from './db/migrate';
import { latestSchemaVersion } from './db/migrations';
import { assertStanceSchema } from './db/schema-check';
import { sqliteStores } from './db/stores/sqlite-stores';
import type { Records, Stores } from './db/stores/stores';
import { createPhotoStore, type PhotoStore } from './photos/store';

export interface DataPaths {
  dataDir: string;
  database: string;
  backups: string;
  photos: string;
}

/** Where everything Stance owns lives inside the data folder. */
export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    database: path.join(dataDir, 'stance.db'),
    backups: path.join(dataDir, 'backups'),
    photos: path.join(dataDir, 'photos'),
  };
}

/** An open, checked, migrated database and the files beside it. */
export interface Session extends Records {
  db: Db;
  paths: DataPaths;
  photos: PhotoStore;
  now: () => Date;
  /** The same file's records as every engine offers them; the services use these. */
  stores: Stores;
}

export interface OpenedSession {
  session: Session;
  /**
   * True when only the cheap checks have run: `session.db` is then read-only, and the full check
   * (`integrityFindings`) must pass before `writableSession` may be called.
   */
  unchecked: boolean;
}

/**
 * Opens the data folder's database. An existing file at the current schema gets the cheap checks
 * only (its header, user_version and schema, all read from the first pages) and is opened
 * read-only, so the window can show it at once whatever its size. A new file, or one to be
 * migrated, is checked whole first, as before: a migration writes, and only to a sound file.
 * Anything unusual in the quick path (a journal left by a crash that needs a writer) takes the
 * thorough path too.
 */
export async function openSession(paths: DataPaths, now: () => Date): Promise<OpenedSession> {
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const reader = fs.existsSync(paths.database) ? openCheapChecked(paths.database) : null;
  if (reader) return { session: sessionOn(reader, paths, now), unchecked: true };
  return { session: sessionOn(await openChecked(paths, now), paths, now), unchecked: false };
}

/** The read-write session that replaces a read-only one once the full check has passed. */
export function writableSession(session: Session): Session {
  const db = openDatabase(session.paths.database);
  return { ...session, db, stores: sqliteStores(db, session.photos) };
}

/** Never throws; returns what could not be tidied before closing, or null. */
export function closeSession(session: Session): string | null {
  if (session.db.readonly) {
    session.db.close();
    return null;
  }
  return closeDatabase(session.db);
}

function sessionOn(db: Db, paths: DataPaths, now: () => Date): Session {
  const photos = createPhotoStore(paths.photos);
  return { db, paths, photos, now, stores: sqliteStores(db, photos) };
}

/**
 * Null when the file needs more than reading: a pending migration, a newer Stance's file (whose
 * refusal the migration step words), or a state a read-only connection cannot open. A file whose
 * schema was changed outside Stance is refused here, as on the thorough path.
 */
function openCheapChecked(file: string): Db | null {
  let reader: Db;
  try {
    reader = openReadOnly(file);
    if (schemaVersionOf(reader) !== latestSchemaVersion) {
      reader.close();
      return null;
    }
  } catch {
    return null;
  }
  try {
    assertStanceSchema(reader, file);
    return reader;
  } catch (error) {
    reader.close();
    throw error;
  }
}

async function openChecked(paths: DataPaths, now: () => Date): Promise<Db> {
  const db = openDatabase(paths.database);
  try {
    assertHealthy(db, paths.database);
    assertStanceSchema(db, paths.database);
    await migrateDatabase(db, { file: paths.database, backupsDir: paths.backups, now });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
