import fs from 'node:fs';
import path from 'node:path';
import { assertHealthy, closeDatabase, openDatabase, type Db } from './db/connection';
import { migrateDatabase } from './db/migrate';
import { assertStanceSchema } from './db/schema-check';
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
export interface Session {
  db: Db;
  paths: DataPaths;
  photos: PhotoStore;
  now: () => Date;
}

export async function openSession(paths: DataPaths, now: () => Date): Promise<Session> {
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const db = openDatabase(paths.database);
  try {
    assertHealthy(db, paths.database);
    assertStanceSchema(db, paths.database);
    await migrateDatabase(db, { file: paths.database, backupsDir: paths.backups, now });
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, paths, photos: createPhotoStore(paths.photos), now };
}

/** Never throws; returns what could not be tidied before closing, or null. */
export function closeSession(session: Session): string | null {
  return closeDatabase(session.db);
}
