import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrateDatabase } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type { CreatedBackup } from '../../shared/channels/backups';
import { addClient, addPhotoOf, clientNames, value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

let temp: ReturnType<typeof makeTempDir>;
let crafted: ReturnType<typeof makeTempDir>;
let host: TestHost;
let core: StanceCore;
/** A real backup of a real migrated database with clients, an assessment and a photo. */
let genuine: string;

beforeAll(async () => {
  temp = makeTempDir();
  crafted = makeTempDir('stance-crafted-');
  host = createTestHost();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', host });
  const ada = await addClient(core, 'Ada', 'Left knee valgus');
  await addClient(core, 'Grace', 'Flat feet');
  addPhotoOf(core, ada.id, new Uint8Array([137, 80, 78, 71, 1]));
  const backup = value<CreatedBackup>(await core.route('backups:create', {})).backup;
  genuine = path.join(dataDirPaths().backups, backup.name);
});
afterAll(() => {
  core.close();
  temp.cleanup();
  crafted.cleanup();
});

const dataDirPaths = () => dataPaths(temp.dir);

/** Everything of hers a restore could touch: the database with its WAL, the photos, the folder. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const { database, photos, dataDir } = dataDirPaths();
  for (const file of [database, `${database}-wal`]) {
    hash.update(file);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  const walk = (dir: string): void => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      hash.update(full);
      if (entry.isDirectory()) walk(full);
      else hash.update(fs.readFileSync(full));
    }
  };
  if (fs.existsSync(photos)) walk(photos);
  hash.update(fs.readdirSync(dataDir).sort().join('\n'));
  return hash.digest('hex');
}

/** A copy of the genuine backup, changed by `tamper` on a connection with every guard off. */
function craft(name: string, tamper: (db: Database.Database) => void): string {
  const file = path.join(crafted.dir, `${name}.stance.db`);
  fs.copyFileSync(genuine, file);
  const db = new Database(file);
  db.unsafeMode(true);
  db.pragma('foreign_keys = OFF');
  try {
    tamper(db);
  } finally {
    db.close();
  }
  return file;
}

/** Rewrites one schema entry's SQL in place, as an editor of the raw file could. */
function rewriteSchema(db: Database.Database, name: string, edit: (sql: string) => string): void {
  const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name);
  if (typeof sql !== 'string') throw new Error(`no schema entry ${name}`);
  const changed = edit(sql);
  expect(changed).not.toBe(sql);
  db.pragma('writable_schema = ON');
  db.prepare('UPDATE sqlite_schema SET sql = ? WHERE name = ?').run(changed, name);
  db.pragma('writable_schema = OFF');
}

/** A real database made by the migrations up to `version`, with one client. */
async function migratedTo(name: string, version: number): Promise<string> {
  const file = path.join(crafted.dir, `${name}.stance.db`);
  const db = openDatabase(file);
  await migrateDatabase(db, {
    file,
    backupsDir: crafted.dir,
    migrations: migrations.slice(0, version),
  });
  db.prepare(
    "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('c9', 'Old', 'Test', 't', 't')",
  ).run();
  db.pragma('journal_mode = DELETE');
  db.close();
  return file;
}

interface HostileFile {
  /** What the practitioner would notice if Stance took the file in. */
  notice: string;
  make: () => string | Promise<string>;
  /** What the refusal must name. */
  says: RegExp;
  code?: string;
}

const corpus: HostileFile[] = [
  {
    notice: 'each new client’s notes copied into another client’s record',
    make: () =>
      craft('notes-spreader', (db) =>
        db.exec(`CREATE TRIGGER spread_notes AFTER INSERT ON clients BEGIN
          UPDATE clients SET notes = new.notes WHERE id <> new.id; END`),
      ),
    says: /has a trigger Stance does not make: spread_notes \(on clients\)/,
  },
  {
    notice: 'an assessment’s photos deleted when it is finalized',
    make: () =>
      craft('photo-eater', (db) =>
        db.exec(`CREATE TRIGGER eat_photos AFTER UPDATE OF status ON assessment_revisions
          WHEN new.status = 'final' BEGIN
          DELETE FROM photos WHERE assessment_id = new.assessment_id; END`),
      ),
    says: /has a trigger Stance does not make: eat_photos \(on assessment_revisions\)/,
  },
  {
    notice: 'a client list that never answers (assessments replaced by an endless view)',
    make: () =>
      craft('endless-view', (db) =>
        db.exec(`DROP TABLE assessments;
          CREATE VIEW assessments AS WITH RECURSIVE forever(n) AS
            (SELECT 1 UNION ALL SELECT n + 1 FROM forever)
          SELECT n AS id, '' AS client_id, '' AS assessed_on, '' AS created_at FROM forever`),
      ),
    says: /has a view where Stance keeps a table: assessments/,
  },
  {
    notice: 'programs that fail later with "internal" (a table missing)',
    make: () => craft('no-programs', (db) => db.exec('DROP TABLE program_items')),
    says: /The table program_items is missing/,
  },
  {
    notice: 'photos that fail later (the photos table missing)',
    make: () => craft('no-photos', (db) => db.exec('DROP TABLE photos')),
    says: /The table photos is missing/,
  },
  {
    notice: 'a stash of data Stance never shows (an extra table)',
    make: () => craft('extra-table', (db) => db.exec('CREATE TABLE stash (payload BLOB)')),
    says: /has a table Stance does not make: stash/,
  },
  {
    notice: 'an index Stance does not make',
    make: () =>
      craft('extra-index', (db) => db.exec('CREATE INDEX clients_by_notes ON clients (notes)')),
    says: /has an index Stance does not make: clients_by_notes \(on clients\)/,
  },
  {
    notice: 'a slow client list (its index dropped)',
    make: () => craft('dropped-index', (db) => db.exec('DROP INDEX clients_by_name')),
    says: /The index clients_by_name is missing/,
  },
  {
    notice: 'an index on the wrong columns under Stance’s name',
    make: () =>
      craft('moved-index', (db) =>
        db.exec('DROP INDEX photos_by_hash; CREATE INDEX photos_by_hash ON photos (view)'),
      ),
    says: /The index photos_by_hash is not made the way Stance makes it/,
  },
  {
    notice: 'names stored as something other than text (a column type changed)',
    make: () =>
      craft('blob-names', (db) =>
        rewriteSchema(db, 'clients', (sql) => sql.replace(/first_name\s+TEXT/, 'first_name BLOB')),
      ),
    says: /The table clients is not made the way Stance makes it/,
  },
  {
    notice: 'a column Stance does not know about',
    make: () =>
      craft('extra-column', (db) => db.exec('ALTER TABLE clients ADD COLUMN secret TEXT')),
    says: /The table clients is not made the way Stance makes it/,
  },
  {
    notice: 'a finalized assessment that can be edited (its guard trigger dropped)',
    make: () => craft('unguarded', (db) => db.exec('DROP TRIGGER final_revisions_are_read_only')),
    says: /The trigger final_revisions_are_read_only is missing/,
  },
  {
    notice: 'search that also writes elsewhere (Stance’s search trigger rewritten)',
    make: () =>
      craft('search-trigger-rewritten', (db) =>
        db.exec(`DROP TRIGGER clients_fts_insert;
          CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
            INSERT INTO clients_fts (rowid, first_name) VALUES (new.rowid, new.first_name);
            UPDATE clients SET notes = '' WHERE id <> new.id;
          END`),
      ),
    says: /The trigger clients_fts_insert is not made the way Stance makes it/,
  },
  {
    notice: 'a view Stance does not make',
    make: () =>
      craft('extra-view', (db) =>
        db.exec('CREATE VIEW every_note AS SELECT first_name, notes FROM clients'),
      ),
    says: /has a view Stance does not make: every_note/,
  },
  {
    notice: 'a trigger on the search index’s own storage',
    make: () =>
      craft('fts-shadow-trigger', (db) =>
        db.exec(`CREATE TRIGGER watch_search AFTER INSERT ON clients_fts_data BEGIN
          DELETE FROM clients; END`),
      ),
    // Defensive mode will not even load a schema with a trigger on FTS storage.
    says: /list of tables cannot be read.*cannot create triggers on shadow tables/,
  },
  {
    notice: 'a search index defined differently (FTS table definition changed)',
    make: () =>
      craft('fts-definition', (db) =>
        rewriteSchema(db, 'clients_fts', (sql) => sql.replace(/,\s*notes/, '')),
      ),
    says: /The table clients_fts is not made the way Stance makes it/,
  },
  {
    notice: 'a search index whose settings table is laid out differently',
    make: () =>
      craft('fts-config-layout', (db) =>
        rewriteSchema(db, 'clients_fts_config', (sql) => sql.replace('v)', 'v, w)')),
      ),
    says: /The table clients_fts_config is not made the way Stance makes it/,
  },
  {
    notice: 'a search index whose settings were altered',
    make: () =>
      craft('fts-config-values', (db) =>
        db.exec("UPDATE clients_fts_config SET v = 99 WHERE k = 'version'"),
      ),
    says: /could not be read.*fts5/,
    code: 'database-damaged',
  },
  {
    notice: 'a search index whose stored pages were altered',
    make: () =>
      craft('fts-data', (db) =>
        db.exec('UPDATE clients_fts_data SET block = zeroblob(length(block)) WHERE id = 1'),
      ),
    says: /The search index clients_fts does not match the data it indexes/,
  },
  {
    notice: 'search that finds clients who are not there (index sizes altered)',
    make: () => craft('fts-docsize', (db) => db.exec('DELETE FROM clients_fts_docsize')),
    says: /The search index clients_fts does not match the data it indexes/,
  },
  {
    notice: 'a file with no Stance data version (user_version 0)',
    make: () => craft('version-zero', (db) => db.pragma('user_version = 0')),
    says: /is not a Stance backup/,
  },
  {
    notice: 'a file that claims to be from a newer Stance',
    make: () =>
      craft('version-future', (db) => db.pragma(`user_version = ${migrations.length + 1}`)),
    says: new RegExp(`newer version of Stance \\(data version ${migrations.length + 1}`),
    code: 'database-from-future',
  },
  {
    notice: 'a file whose version says newest but whose tables are an older Stance’s',
    make: async () => {
      const file = await migratedTo('old-tables-new-version', 4);
      const db = new Database(file);
      db.pragma(`user_version = ${migrations.length}`);
      db.close();
      return file;
    },
    says: /The table exercises is missing/,
  },
  {
    notice: 'a file whose version says older but whose tables are the newest',
    make: () => craft('new-tables-old-version', (db) => db.pragma('user_version = 4')),
    says: /has a table Stance does not make: exercises/,
  },
  {
    notice: 'a file that is not a database at all',
    make: () => {
      const file = path.join(crafted.dir, 'notes.stance.db');
      fs.writeFileSync(file, 'Dear colleague, here are the notes for Ada.\n'.repeat(200));
      return file;
    },
    says: /could not be read/,
    code: 'database-damaged',
  },
  {
    notice: 'an empty file',
    make: () => {
      const file = path.join(crafted.dir, 'empty.stance.db');
      fs.writeFileSync(file, '');
      return file;
    },
    says: /is not a Stance backup/,
  },
  {
    notice: 'a trigger hidden in the -wal file beside a clean-looking database',
    make: () => {
      const dir = path.join(crafted.dir, 'wal-carrier');
      fs.mkdirSync(dir);
      const working = path.join(dir, 'working.db');
      fs.copyFileSync(genuine, working);
      const db = new Database(working);
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.exec(`CREATE TRIGGER wal_spy AFTER UPDATE ON clients BEGIN
        UPDATE clients SET notes = old.notes WHERE id <> new.id; END`);
      const file = path.join(dir, 'stance.db');
      fs.copyFileSync(working, file);
      fs.copyFileSync(`${working}-wal`, `${file}-wal`);
      db.close();
      return file;
    },
    says: /has a trigger Stance does not make: wal_spy/,
  },
  {
    notice: 'a table renamed away from where Stance looks',
    make: () => craft('renamed', (db) => db.exec('ALTER TABLE settings RENAME TO settings_old')),
    says: /has a table Stance does not make: settings_old.*The table settings is missing/,
  },
];

describe('a crafted file picked for restore is refused, and her data stays exactly as it was', () => {
  it('has a corpus of at least 20 crafted files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus)('refuses a file that would bring $notice', async (hostile) => {
    const file = await hostile.make();
    const before = fingerprint();
    host.answers.openFile = file;

    const answer = await core.route('backups:restoreFrom', {});

    expect(answer).toMatchObject({ ok: false, error: { code: hostile.code ?? 'invalid-input' } });
    if (!answer.ok) {
      expect(answer.error.message).toMatch(hostile.says);
      expect(answer.error.message).toMatch(/nothing was changed/i);
    }
    expect(fingerprint()).toBe(before);
    expect(core.status.state).toBe('ready');
    expect(await clientNames(core)).toEqual(['Ada', 'Grace']);
  });

  it('refuses a crafted file placed in the backups list, as from the list', async () => {
    const file = craft('listed', (db) =>
      db.exec(`CREATE TRIGGER spread_notes AFTER INSERT ON clients BEGIN
        UPDATE clients SET notes = new.notes WHERE id <> new.id; END`),
    );
    const name = 'manual-v6-2026-01-01T08-00-00-000Z.stance.db';
    fs.copyFileSync(file, path.join(dataDirPaths().backups, name));
    const before = fingerprint();

    const answer = await core.route('backups:restore', { name });

    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/trigger Stance does not make/);
    expect(fingerprint()).toBe(before);
    fs.rmSync(path.join(dataDirPaths().backups, name));
  });

  it('still restores a genuine file whose schema text differs only in spacing, quoting and case', async () => {
    const file = craft('reformatted', (db) =>
      rewriteSchema(db, 'clients_by_name', (sql) =>
        sql
          .replace(
            'CREATE INDEX clients_by_name ON clients',
            'create   index "clients_by_name"\n on [clients]',
          )
          .replace('COLLATE NOCASE', 'collate nocase'),
      ),
    );
    host.answers.openFile = file;
    value(await core.route('backups:restoreFrom', {}));
    expect(core.status.state).toBe('ready');
    expect(await clientNames(core)).toEqual(['Ada', 'Grace']);
  });
});

describe('the connections Stance opens', () => {
  it('refuse edits to the schema table and to the search index’s storage (defensive mode), and trust no schema', () => {
    const db = openDatabase(path.join(crafted.dir, 'defensive.db'));
    try {
      db.exec('CREATE TABLE t (x); CREATE VIRTUAL TABLE f USING fts5(x)');
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
      db.pragma('writable_schema = ON');
      expect(() =>
        db.exec("UPDATE sqlite_schema SET sql = 'CREATE TABLE t (y)' WHERE name = 't'"),
      ).toThrow();
      expect(() => db.exec('DELETE FROM f_data')).toThrow();
    } finally {
      db.close();
    }
  });
});

describe('a live database changed outside Stance', () => {
  it('opens on the recovery screen instead of hanging, and restoring a backup brings her data back', async () => {
    const own = makeTempDir();
    try {
      let live = await openStance({ dataDir: own.dir, appVersion: 'test', host });
      await addClient(live, 'Ada');
      await live.backups.atStart();
      live.close();
      const tampered = new Database(dataPaths(own.dir).database);
      tampered.unsafeMode(true);
      tampered.pragma('foreign_keys = OFF');
      tampered.exec(`DROP TABLE assessments;
        CREATE VIEW assessments AS WITH RECURSIVE forever(n) AS
          (SELECT 1 UNION ALL SELECT n + 1 FROM forever)
        SELECT n AS id, '' AS client_id, '' AS assessed_on, '' AS created_at FROM forever`);
      tampered.close();
      const tamperedBytes = fs.readFileSync(dataPaths(own.dir).database);

      live = await openStance({ dataDir: own.dir, appVersion: 'test', host });
      expect(live.status).toMatchObject({ state: 'problem', kind: 'database-damaged' });
      if (live.status.state === 'problem')
        expect(live.status.message).toMatch(
          /changed outside Stance.*view where Stance keeps a table: assessments/,
        );
      expect(await live.route('clients:list', {})).toMatchObject({
        ok: false,
        error: { code: 'unavailable' },
      });
      expect(fs.readFileSync(dataPaths(own.dir).database).equals(tamperedBytes)).toBe(true);

      const [newest] = value<{ name: string }[]>(await live.route('backups:list', {}));
      value(await live.route('backups:restore', { name: newest!.name }));
      expect(live.status.state).toBe('ready');
      expect(await clientNames(live)).toEqual(['Ada']);
      live.close();
    } finally {
      own.cleanup();
    }
  });
});
