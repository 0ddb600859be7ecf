/**
 * The studio database's schema on a real PostgreSQL server: it has every table and column the
 * SQLite file has (so one set of services can run on both), several computers starting at once
 * migrate it once, a newer schema is refused untouched, finalized records are read-only in SQL,
 * and search folds case and accents as the SQLite search does.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../main/db/migrations';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { latestStudioSchemaVersion, studioMigrations } from '../../main/db/postgres/migrations';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';

let cluster: TestCluster;
const pools: pg.Pool[] = [];

function poolFor(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pools.push(pool);
  return pool;
}

let databases = 0;
function freshDatabase(): pg.Pool {
  databases += 1;
  return poolFor(cluster.createDatabase(`schema_${databases}`));
}

beforeAll(async () => {
  cluster = await startTestCluster();
}, 60_000);

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  cluster?.stop();
});

/** Columns of every table the app itself made, by table, from the embedded database. */
function sqliteColumns(): Map<string, string[]> {
  const db = new Database(':memory:');
  for (const migration of migrations) migration.up(db);
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'clients_fts%' AND name NOT LIKE 'sqlite_%'",
    )
    .pluck()
    .all() as string[];
  const columns = new Map(
    tables.map((table) => [
      table,
      (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).sort(),
    ]),
  );
  db.close();
  return columns;
}

/** Columns only the studio database has, each for a reason given in its schema. */
const STUDIO_ONLY: Record<string, readonly string[]> = {
  // Who saved a draft last, for the conflict message; SQLite has one practitioner.
  assessment_revisions: ['created_by', 'finalized_by', 'updated_by'],
  assessments: ['created_by'],
  audit_events: ['action', 'actor', 'assessment_id', 'client_id', 'happened_at', 'id', 'revision'],
  // Who saved a client's details or a program last, for the same message; her last visit, kept
  // by the server so search need not look it up (SQLite looks it up: it is fast enough there).
  clients: ['created_by', 'last_visit_on', 'search_all', 'search_names', 'seq', 'updated_by'],
  clips: ['created_by'],
  exercises: ['created_by'],
  photo_files: ['content', 'created_at', 'hash', 'media_type'],
  photos: ['created_by'],
  programs: ['created_by', 'seq', 'updated_by'],
  stance_schema: ['only_row', 'version'],
};

describe('the studio database schema', () => {
  it('has every table and column of the embedded database, and only the studio’s own extras', async () => {
    const pool = freshDatabase();
    await migrateStudioDatabase(pool);
    const rows = await pool.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const studio = new Map<string, string[]>();
    for (const row of rows.rows)
      studio.set(row.table_name, [...(studio.get(row.table_name) ?? []), row.column_name]);

    const embedded = sqliteColumns();
    for (const [table, columns] of embedded) {
      const extras = STUDIO_ONLY[table] ?? [];
      expect(
        (studio.get(table) ?? []).filter((column) => !extras.includes(column)).sort(),
        `columns of ${table}`,
      ).toEqual(columns);
    }
    const studioTables = Object.keys(STUDIO_ONLY).filter((table) => !embedded.has(table));
    expect([...studio.keys()].filter((table) => !embedded.has(table)).sort()).toEqual(
      studioTables.sort(),
    );
  });

  it('is migrated once when several computers start at the same moment', async () => {
    const pool = freshDatabase();
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => migrateStudioDatabase(pool)));
    const latest = studioMigrations.at(-1)!.version;
    expect(outcomes.filter((outcome) => outcome.from === 0)).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.to === latest)).toBe(true);
    const version = await pool.query('SELECT version FROM stance_schema');
    expect(version.rows).toEqual([{ version: latest }]);
  });

  it('refuses a schema from a newer Stance and changes nothing', async () => {
    const pool = freshDatabase();
    await migrateStudioDatabase(pool);
    await pool.query('UPDATE stance_schema SET version = 99');
    await expect(migrateStudioDatabase(pool)).rejects.toThrow(/newer version of Stance/);
    const version = await pool.query('SELECT version FROM stance_schema');
    expect(version.rows).toEqual([{ version: 99 }]);
  });

  it('leaves the old schema whole when a step fails half way', async () => {
    const pool = freshDatabase();
    const broken = {
      version: studioMigrations.length + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_done (id int); SELECT 1/0;',
    };
    await expect(migrateStudioDatabase(pool, [...studioMigrations, broken])).rejects.toThrow();
    const tables = await pool.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.rows).toEqual([]);
  });

  it('keeps stored files uncompressed (migration 8), also those stored before it, so a range read of a long clip reads only its own bytes', async () => {
    const pool = freshDatabase();
    await migrateStudioDatabase(
      pool,
      studioMigrations.filter((step) => step.version < 8),
    );
    // Text-like bytes compress well, so the server compresses them while the default allows it.
    const compressible = Buffer.from('stance '.repeat(40_000));
    const insertFile = (hash: string) =>
      pool.query(
        `INSERT INTO photo_files (hash, media_type, content, created_at)
         VALUES ($1, 'video/mp4', $2, '2026-12-06T10:00:00.000Z')`,
        [hash, compressible],
      );
    await insertFile('c'.repeat(64));
    const compression = async () =>
      (
        await pool.query<{ hash: string; compression: string | null }>(
          'SELECT hash, pg_column_compression(content) AS compression FROM photo_files ORDER BY hash',
        )
      ).rows;
    expect((await compression())[0]?.compression).not.toBeNull();

    await expect(migrateStudioDatabase(pool)).resolves.toMatchObject({
      from: 7,
      to: latestStudioSchemaVersion,
    });
    const storage = await pool.query<{ attstorage: string }>(
      `SELECT attstorage FROM pg_attribute
       WHERE attrelid = 'photo_files'::regclass AND attname = 'content'`,
    );
    expect(storage.rows).toEqual([{ attstorage: 'e' }]);
    await insertFile('d'.repeat(64));
    expect(await compression()).toEqual([
      { hash: 'c'.repeat(64), compression: null },
      { hash: 'd'.repeat(64), compression: null },
    ]);
    const stored = await pool.query<{ content: Buffer }>('SELECT content FROM photo_files');
    for (const row of stored.rows) expect(row.content.equals(compressible)).toBe(true);
  });

  describe('with records', () => {
    let pool: pg.Pool;
    const stamp = '2026-12-05T10:00:00.000Z';

    beforeAll(async () => {
      pool = freshDatabase();
      await migrateStudioDatabase(pool);
      await pool.query(
        `INSERT INTO clients (id, first_name, last_name, notes, created_at, updated_at)
         VALUES ('c1', 'Zoë', 'Ångström', 'runs on Sundays', $1, $1),
                ('c2', 'Tomasz', 'Nowak', 'knee pain after Zoe''s class', $1, $1)`,
        [stamp],
      );
      await pool.query(
        `INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ('a1', 'c1', '2026-12-05', $1)`,
        [stamp],
      );
      await pool.query(
        `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
           body_version, rules_version, created_at, updated_at, finalized_at)
         VALUES ('a1', 1, 'final', '2026-12-05', '{"schemaVersion":1}', 1, 'r1', $1, $1, $1)`,
        [stamp],
      );
      await pool.query(
        `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height, bytes, created_at)
         VALUES ('p1', 'a1', 1, $1, 'anterior', 'image/jpeg', 10, 10, 100, $2)`,
        ['a'.repeat(64), stamp],
      );
    });

    it('keeps a finalized revision and its photos as they are', async () => {
      await expect(
        pool.query("UPDATE assessment_revisions SET body = '{}' WHERE assessment_id = 'a1'"),
      ).rejects.toThrow(/finalized assessment cannot be changed/);
      await expect(pool.query("DELETE FROM photos WHERE id = 'p1'")).rejects.toThrow(
        /cannot be changed or removed/,
      );
      await expect(
        pool.query("UPDATE photos SET landmarks = '{}' WHERE id = 'p1'"),
      ).rejects.toThrow(/cannot be changed or removed/);
    });

    it('still lets the whole client be erased, photos and all', async () => {
      const other = freshDatabase();
      await migrateStudioDatabase(other);
      await other.query(
        `INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('c9', 'A', 'B', $1, $1)`,
        [stamp],
      );
      await other.query(
        `INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ('a9', 'c9', '2026-12-05', $1)`,
        [stamp],
      );
      await other.query(
        `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
           body_version, rules_version, created_at, updated_at)
         VALUES ('a9', 1, 'final', '2026-12-05', '{}', 1, 'r1', $1, $1)`,
        [stamp],
      );
      await other.query(
        `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height, bytes, created_at)
         VALUES ('p9', 'a9', 1, $1, 'anterior', 'image/jpeg', 10, 10, 100, $2)`,
        ['b'.repeat(64), stamp],
      );
      await other.query("DELETE FROM clients WHERE id = 'c9'");
      const left = await other.query('SELECT count(*)::int AS n FROM photos');
      expect(left.rows).toEqual([{ n: 0 }]);
    });

    it('finds names regardless of case and accents, names apart from notes', async () => {
      const search = async (column: 'search_names' | 'search_all', typed: string) => {
        const result = await pool.query<{ id: string }>(
          `SELECT id FROM clients WHERE ${column} @@ to_tsquery('simple', stance_words($1) || ':*') ORDER BY id`,
          [typed],
        );
        return result.rows.map((row) => row.id);
      };
      expect(await search('search_names', 'zoe')).toEqual(['c1']);
      expect(await search('search_names', 'ANGS')).toEqual(['c1']);
      expect(await search('search_all', 'zoe')).toEqual(['c1', 'c2']);
      expect(await search('search_names', 'sund')).toEqual([]);
    });
  });
});
