/**
 * `npm run bench -- studio`: client search on a studio's PostgreSQL server, with the 10,000
 * clients and 50,000 visits of the SQLite bench copied into a throwaway local server, beside the
 * bare PostgreSQL statement and beside the same search on the embedded SQLite file.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { studioClientStore } from '../../main/db/postgres/client-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { sqliteClientStore } from '../../main/db/stores/sqlite-client-store';
import { dataPaths } from '../../main/session';
import { startTestCluster } from '../../tests/helpers/postgres-cluster';
import { keystrokes } from './data';
import type { SeededData } from './seed';
import { printTable, summarize, timeEachFastest } from './stats';

const PAGE = { archived: false, limit: 200 };

export async function benchStudio(seeded: SeededData): Promise<boolean> {
  const cluster = await startTestCluster();
  const pool = new pg.Pool({ connectionString: cluster.createDatabase('bench'), max: 2 });
  const file = new Database(dataPaths(seeded.dataDir).database, { readonly: true });
  try {
    await migrateStudioDatabase(pool);
    await copyClients(file, pool);
    await pool.query('ANALYZE');

    const studio = studioClientStore(pool);
    const embedded = sqliteClientStore(file);
    await timeEachFastest(keystrokes.slice(0, 20), (typed) => studio.search(typed, PAGE), 1);
    const onServer = await timeEachFastest(keystrokes, (typed) => studio.search(typed, PAGE));
    const onFile = await timeEachFastest(keystrokes, (typed) => embedded.search(typed, PAGE));
    // The bare baseline: one tier's match on the names vector, cut at the page, nothing read.
    const bare = await timeEachFastest(keystrokes, (typed) =>
      pool.query(
        `SELECT seq FROM clients WHERE search_names @@ to_tsquery('simple', $1)
         AND archived_at IS NULL ORDER BY seq DESC LIMIT 200`,
        [bareQuery(typed)],
      ),
    );
    const met = printTable('Studio database (PostgreSQL, local server): 10,000 clients', [
      {
        operation: `client search as you type (${keystrokes.length} keys, best of 5)`,
        stance: summarize(onServer),
        bare: summarize(bare),
        measure: 'p95',
        targetMs: 10,
      },
    ]);
    const file95 = summarize(onFile).p95;
    console.log(
      `The same search on the embedded SQLite file: p95 ${file95.toFixed(2)} ms ` +
        `(the server takes ${(summarize(onServer).p95 / file95).toFixed(1)}× as long, a round trip per key included).`,
    );
    console.log(
      'Not yet measured here: draft save with synchronous_commit on, and ten practitioners at once (the services do not run on the server yet).',
    );
    return met;
  } finally {
    file.close();
    await pool.end();
    cluster.stop();
  }
}

function bareQuery(typed: string): string {
  const words = typed
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? ['']).map((word) => `${word}:*`).join(' & ');
}

async function copyClients(file: Database.Database, pool: pg.Pool): Promise<void> {
  const clients = file
    .prepare(
      `SELECT id, first_name, last_name, date_of_birth, email, phone, occupation, notes,
              created_at, updated_at, archived_at FROM clients ORDER BY rowid`,
    )
    .all() as Record<string, string | null>[];
  const visits = file
    .prepare('SELECT id, client_id, assessed_on, created_at FROM assessments')
    .all() as Record<string, string>[];
  const column = (rows: Record<string, string | null>[], name: string) =>
    rows.map((row) => row[name] ?? null);
  await pool.query(
    `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation, notes,
       created_at, updated_at, archived_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`,
    [
      'id',
      'first_name',
      'last_name',
      'date_of_birth',
      'email',
      'phone',
      'occupation',
      'notes',
      'created_at',
      'updated_at',
      'archived_at',
    ].map((name) => column(clients, name)),
  );
  await pool.query(
    `INSERT INTO assessments (id, client_id, assessed_on, created_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    ['id', 'client_id', 'assessed_on', 'created_at'].map((name) => column(visits, name)),
  );
}
