import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrateDatabase } from '../../main/db/migrate';
import { latestSchemaVersion, migrations } from '../../main/db/migrations';
import type { Migration } from '../../main/db/migrations/types';
import { fileBytes, makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let file: string;
let backupsDir: string;

beforeEach(() => {
  temp = makeTempDir();
  file = path.join(temp.dir, 'stance.db');
  backupsDir = path.join(temp.dir, 'backups');
});
afterEach(() => temp.cleanup());

const addPhoneIndex: Migration = {
  version: 2,
  name: 'test: add an index',
  up: (db) => db.exec('CREATE INDEX clients_by_phone ON clients (phone)'),
};
const broken: Migration = {
  version: 2,
  name: 'test: fails half way',
  up: (db) => {
    db.exec('ALTER TABLE clients ADD COLUMN nickname TEXT');
    db.exec('THIS IS NOT SQL');
  },
};

function seedVersionOne(): void {
  const db = openDatabase(file);
  db.transaction(() => {
    migrations[0]?.up(db);
    db.pragma('user_version = 1');
  })();
  db.prepare(
    "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('c1', 'Ada', 'Lovelace', 't', 't')",
  ).run();
  db.close();
}

describe('migrations', () => {
  it('numbers every migration 1, 2, 3… in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      migrations.map((_, index) => index + 1),
    );
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('builds a new database to the latest version without a backup (there is nothing to keep)', async () => {
    const db = openDatabase(file);
    const outcome = await migrateDatabase(db, { file, backupsDir });
    expect(outcome).toEqual({ from: 0, to: latestSchemaVersion, backupFile: null });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });

  it('takes a verified backup holding the old rows before migrating existing data', async () => {
    seedVersionOne();
    const db = openDatabase(file);
    const outcome = await migrateDatabase(db, {
      file,
      backupsDir,
      migrations: [migrations[0]!, addPhoneIndex],
    });
    db.close();

    expect(outcome.from).toBe(1);
    expect(outcome.to).toBe(2);
    expect(outcome.backupFile).toMatch(/pre-migration-v1-.*\.stance\.db$/);
    const backup = new Database(outcome.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT first_name FROM clients').all()).toEqual([{ first_name: 'Ada' }]);
    backup.close();
    expect(fs.readdirSync(backupsDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('rolls a failing migration back completely and keeps the backup', async () => {
    seedVersionOne();
    const db = openDatabase(file);
    await expect(
      migrateDatabase(db, { file, backupsDir, migrations: [migrations[0]!, broken] }),
    ).rejects.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const columns = (db.pragma('table_info(clients)') as { name: string }[]).map(
      (column) => column.name,
    );
    expect(columns).not.toContain('nickname');
    expect(db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 1 });
    db.close();
    expect(fs.readdirSync(backupsDir)).toHaveLength(1);
  });

  it('refuses a database written by a newer Stance, names the file, and leaves it untouched', async () => {
    seedVersionOne();
    const setup = new Database(file);
    setup.pragma('user_version = 999');
    setup.close();
    const before = fileBytes(file);

    const db = openDatabase(file);
    const attempt = migrateDatabase(db, { file, backupsDir });
    await expect(attempt).rejects.toMatchObject({ code: 'database-from-future' });
    await expect(attempt).rejects.toThrow(file);
    db.close();
    expect(fileBytes(file).equals(before)).toBe(true);
    expect(fs.existsSync(backupsDir)).toBe(false);
  });
});
