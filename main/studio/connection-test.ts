/**
 * "Test connection": one connection with the details on the form, a look at the server, and
 * goodbye. Nothing on the server is changed; the Stance tables are read if they are there, and
 * otherwise only the rights to make them are checked.
 */
import fs from 'node:fs';
import pg from 'pg';
import { latestStudioSchemaVersion } from '../db/postgres/migrations';
import { readServerFacts, type ServerFacts } from '../db/postgres/server-facts';
import type {
  StudioProblem,
  StudioTestResult,
  StudioTlsMode,
} from '../../shared/domain/studio-connection';
import { describeConnectionProblem, type ConnectionTarget } from './connection-problems';

export interface ConnectionDetails {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: StudioTlsMode;
  caFile: string | null;
  /** Null: none entered or saved; the server may not ask for one. */
  password: string | null;
}

/** The oldest server a studio should run (the decisions in docs/studio-database.md). */
export const SUPPORTED_SERVER = 16;
/** Accepted for trying Stance out and for its tests, which run on Debian 12's PostgreSQL 15. */
export const OLDEST_ACCEPTED_SERVER = 15;

/** Long enough for a laptop waking its Wi-Fi, short enough that she is not left wondering. */
const TIMEOUT_MS = 10_000;

export async function testStudioConnection(details: ConnectionDetails): Promise<StudioTestResult> {
  const target: ConnectionTarget = { ...details, withPassword: details.password !== null };
  let ca: Buffer | undefined;
  if (details.tls === 'verified') {
    try {
      ca = fs.readFileSync(details.caFile ?? '');
    } catch {
      return {
        connected: false,
        problem: 'no-ca-file',
        message: `The CA certificate file could not be read (${details.caFile ?? 'none chosen'}). Choose it again.`,
      };
    }
  }
  const client = new pg.Client({
    host: details.host,
    port: details.port,
    database: details.database,
    user: details.user,
    // A function, so node-postgres never falls back to PGPASSWORD or a .pgpass file.
    password: () => details.password ?? '',
    ssl: ca ? { ca, rejectUnauthorized: true } : false,
    application_name: 'Stance (connection test)',
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  // A connection that drops after connecting reports here as well as to the query in flight.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return judgeServer(await readServerFacts(client), details);
  } catch (error) {
    const { problem, message } = describeConnectionProblem(error, target);
    return { connected: false, problem, message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** What she is told about a server that let her in. */
export function judgeServer(
  { major, version, schema }: ServerFacts,
  details: Pick<ConnectionDetails, 'user' | 'database'>,
): StudioTestResult {
  if (major < OLDEST_ACCEPTED_SERVER)
    return {
      connected: false,
      problem: 'too-old',
      message: `The server runs PostgreSQL ${version}; Stance needs PostgreSQL ${SUPPORTED_SERVER} or newer.`,
    };
  const versionNote =
    major < SUPPORTED_SERVER
      ? ` PostgreSQL ${major} is accepted for trying Stance out; a studio should run ${SUPPORTED_SERVER} or newer.`
      : '';
  const connected = `Connected to PostgreSQL ${version} as “${details.user}”.${versionNote}`;
  const ready = (state: string): StudioTestResult => ({
    connected: true,
    serverVersion: version,
    message: `${connected} ${state}`,
  });
  const refused = (problem: StudioProblem, state: string): StudioTestResult => ({
    connected: false,
    problem,
    message: `${connected} ${state}`,
  });

  switch (schema.state) {
    case 'absent':
      return schema.canMake
        ? ready(
            `Stance’s tables are not on “${details.database}” yet; “${details.user}” may create them.`,
          )
        : refused(
            'schema-missing',
            `Stance’s tables are not on “${details.database}” yet, and “${details.user}” may not create them. The studio’s owner sets the database up first.`,
          );
    case 'unreadable':
      return refused(
        'not-allowed',
        'Stance’s tables are there, but this user is not one of the studio’s practitioners. Ask the studio’s owner to add you.',
      );
    case 'present':
      if (schema.version > latestStudioSchemaVersion)
        return refused(
          'schema-newer',
          `Stance’s tables there were set up by a newer version of Stance (data version ${schema.version}; this version reads up to ${latestStudioSchemaVersion}). Install the latest Stance on this computer.`,
        );
      return ready(
        schema.version === latestStudioSchemaVersion
          ? 'Stance’s tables are there and up to date.'
          : `Stance’s tables are there, from an earlier version of Stance (data version ${schema.version}; this version uses ${latestStudioSchemaVersion}).`,
      );
  }
}
