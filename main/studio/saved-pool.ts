/**
 * A pool on the studio server named by the saved connection, for everything that works on the
 * server for real (running Stance on it, moving records to it, the owner's audit view). The
 * details and the password come only from what was saved, never from the page.
 */
import fs from 'node:fs';
import type pg from 'pg';
import { AppError } from '../../shared/errors';
import { openStudioPool } from '../db/postgres/pool';
import type { SecretBox } from '../host';
import { requireSavedConnection, savedPassword, type SavedConnection } from './saved-connection';

export interface SavedPoolOptions {
  /** Most connections the pool keeps; node-postgres' default (10) when not given. */
  max?: number;
  /** Shown in the server's activity view, so the studio can tell what each connection is. */
  applicationName?: string;
}

export async function openSavedStudioPool(
  dataDir: string,
  secrets: SecretBox,
  options: SavedPoolOptions = {},
): Promise<pg.Pool> {
  return openPoolOn(requireSavedConnection(dataDir), secrets, options);
}

/** The same on saved details already read (the caller needs them for more than the pool). */
export async function openPoolOn(
  saved: SavedConnection,
  secrets: SecretBox,
  options: SavedPoolOptions = {},
): Promise<pg.Pool> {
  return openStudioPool(await poolConfig(saved, secrets, options));
}

async function poolConfig(
  saved: SavedConnection,
  secrets: SecretBox,
  options: SavedPoolOptions,
): Promise<pg.PoolConfig> {
  const password = await savedPassword(saved, secrets);
  return {
    host: saved.host,
    port: saved.port,
    database: saved.database,
    user: saved.user,
    // A function, so node-postgres never falls back to PGPASSWORD or a .pgpass file.
    password: () => password ?? '',
    ssl: saved.tls === 'verified' ? { ca: readCa(saved.caFile), rejectUnauthorized: true } : false,
    application_name: options.applicationName ?? 'Stance',
    ...(options.max === undefined ? {} : { max: options.max }),
  };
}

function readCa(caFile: string | null): Buffer {
  try {
    return fs.readFileSync(caFile ?? '');
  } catch {
    throw new AppError(
      'unavailable',
      `The studio server’s CA certificate file could not be read (${caFile ?? 'none chosen'}). Choose it again in Settings → Studio database.`,
    );
  }
}
