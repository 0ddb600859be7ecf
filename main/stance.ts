import fs from 'node:fs';
import path from 'node:path';
import type { AppStatus } from '../shared/contract';
import { AppError } from '../shared/errors';
import {
  assertHealthy,
  closeDatabase,
  openDatabase,
  schemaVersionOf,
  type Db,
} from './db/connection';
import { migrateDatabase } from './db/migrate';
import { createRouter, type Handlers, type Route, type RouterOptions } from './router';
import { createClientsService } from './services/clients';

/** Where everything Stance owns lives inside the data folder. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    database: path.join(dataDir, 'stance.db'),
    backups: path.join(dataDir, 'backups'),
  };
}

export interface StanceCore {
  route: Route;
  status: AppStatus;
  close(): void;
}

export interface OpenOptions extends RouterOptions {
  dataDir: string;
  appVersion: string;
}

/**
 * The composition root, shared by the Electron app, the end-to-end fixture and the benchmark:
 * open and check the database, migrate it, and build the router on the real services. When the
 * data cannot be opened the router still answers, with the problem, so the window can explain it.
 */
export async function openStance(options: OpenOptions): Promise<StanceCore> {
  const paths = dataPaths(options.dataDir);
  fs.mkdirSync(paths.dataDir, { recursive: true });

  let db: Db | undefined;
  try {
    db = openDatabase(paths.database);
    assertHealthy(db, paths.database);
    await migrateDatabase(db, { file: paths.database, backupsDir: paths.backups });
  } catch (error) {
    if (db?.open) db.close();
    return unavailableCore(paths.dataDir, error, options);
  }

  const openDb = db;
  const status: AppStatus = {
    state: 'ready',
    dataDir: paths.dataDir,
    appVersion: options.appVersion,
    schemaVersion: schemaVersionOf(openDb),
  };
  const route = createRouter(
    buildHandlers(openDb, () => status),
    options,
  );
  return { route, status, close: () => closeDatabase(openDb) };
}

function buildHandlers(db: Db, status: () => AppStatus): Handlers {
  const clients = createClientsService(db);
  return {
    'app:status': status,
    'clients:create': (fields) => clients.create(fields),
    'clients:list': ({ query, limit }) => clients.list(query, limit),
    'clients:get': ({ id }) => clients.get(id),
  };
}

function unavailableCore(dataDir: string, error: unknown, options: RouterOptions): StanceCore {
  const known =
    error instanceof AppError &&
    (error.code === 'database-from-future' || error.code === 'database-damaged');
  if (!known) options.logError?.(error, 'app:status');
  const status: AppStatus = {
    state: 'problem',
    kind: known ? error.code : 'unavailable',
    message: known
      ? error.message
      : `Stance could not open its data folder at ${dataDir}. Nothing has been changed or deleted.`,
    dataDir,
    details: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
  const refuse = (): never => {
    throw new AppError('unavailable', 'Your client data is not open, so this cannot be done yet.');
  };
  const route = createRouter(
    {
      'app:status': () => status,
      'clients:create': refuse,
      'clients:list': refuse,
      'clients:get': refuse,
    },
    options,
  );
  return { route, status, close: () => undefined };
}
