import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../main/db/connection';
import { migrateDatabase } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { findOwnExercise } from '../../main/db/repositories/exercises';
import {
  isHashReferenced,
  referencedHashes,
  referencedHashesIn,
  referencedMediaType,
} from '../../main/db/file-references';
import { openStance } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { LibraryExercise } from '../../shared/channels/exercises';
import type { ClientSummary } from '../../shared/domain/clients';
import { value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * One test per migration: a database built by the real migrations up to N-1, filled with the rows
 * a practitioner would have had at that version, migrated to N. The rows must come through
 * unchanged, the new structures must work with them, and the backup taken first must hold them.
 */

let temp: ReturnType<typeof makeTempDir>;
let file: string;
let backupsDir: string;

beforeEach(() => {
  temp = makeTempDir('stance-migration-');
  file = path.join(temp.dir, 'stance.db');
  backupsDir = path.join(temp.dir, 'backups');
});
afterEach(() => temp.cleanup());

const ids = {
  ada: 'c0000000-0000-4000-8000-000000000001',
  zoe: 'c0000000-0000-4000-8000-000000000002',
  seun: 'c0000000-0000-4000-8000-000000000003',
  grace: 'c0000000-0000-4000-8000-000000000004',
  amended: 'a0000000-0000-4000-8000-000000000001',
  draft: 'a0000000-0000-4000-8000-000000000002',
  program: 'p0000000-0000-4000-8000-000000000001',
};
const hashes = {
  front: 'a'.repeat(64),
  side: '0123456789abcdef'.repeat(4),
  exercise: 'e'.repeat(64),
  clip: 'c1'.repeat(32),
};
const body = (notes: string) =>
  JSON.stringify({
    schemaVersion: 1,
    pain: { nprsNow: 6, nprsBestLastWeek: 3, nprsWorstLastWeek: 8 },
    feet: { left: { fpi6: { items: [0, 0, 1, 0, 1, 0] } }, right: { arch: 'low' } },
    notes,
  });

/** The rows each version adds, written in that version's own columns. */
const seeds: Record<number, (db: Db) => void> = {
  1: (db) => {
    const insert = db.prepare(
      `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(
      ids.ada,
      'Ada',
      'Lovelace',
      '1985-12-10',
      'ada@example.com',
      '+44 20 7946 0000',
      'Mathematician',
      'Stiff neck after long sessions at the desk.',
      '2025-01-02T09:00:00.000Z',
      '2025-01-03T09:00:00.000Z',
    );
    insert.run(
      ids.zoe,
      'Zoë',
      'Sørensen',
      '1990-06-01',
      'zoe@example.dk',
      '(555) 123-4567',
      'Dancer',
      'Right ankle sprain in 2019; runs three times a week.',
      '2025-02-02T09:00:00.000Z',
      '2025-02-02T09:00:00.000Z',
    );
    insert.run(
      ids.seun,
      'Oluwaseun',
      'Okonkwo',
      '',
      '',
      '',
      '',
      '',
      '2025-03-02T09:00:00.000Z',
      '2025-03-02T09:00:00.000Z',
    );
  },
  2: (db) => {
    db.prepare("UPDATE clients SET archived_at = '2025-04-01T10:00:00.000Z' WHERE id = ?").run(
      ids.seun,
    );
    db.prepare(
      `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation, notes, created_at, updated_at, archived_at)
       VALUES (?, 'Grace', 'Hopper', '1970-12-09', 'grace@example.com', '+1 555 010 0000', 'Admiral', 'Archived on moving away.',
               '2025-04-01T09:00:00.000Z', '2025-04-01T09:00:00.000Z', '2025-04-02T09:00:00.000Z')`,
    ).run(ids.grace);
  },
  3: (db) => {
    const header = db.prepare(
      'INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const revision = db.prepare(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version, rules_version,
         pain_now, disability_score, disability_instrument, fpi_left, fpi_right, amendment_reason, created_at, updated_at, finalized_at)
       VALUES (@id, @revision, @status, '2025-05-01', @body, 1, '2025.1', 6, 40, 'odi', 2, 8, @reason, 't1', 't2', @finalizedAt)`,
    );
    header.run(ids.amended, ids.ada, 2, '2025-05-01', '2025-05-01T09:00:00.000Z');
    revision.run({
      id: ids.amended,
      revision: 1,
      status: 'final',
      body: body('Final as first signed.'),
      reason: '',
      finalizedAt: '2025-05-01T10:00:00.000Z',
    });
    revision.run({
      id: ids.amended,
      revision: 2,
      status: 'draft',
      body: body('Amended: heel angle corrected.'),
      reason: 'Heel angle was entered for the wrong side.',
      finalizedAt: null,
    });
    header.run(ids.draft, ids.grace, 1, '2025-05-01', '2025-05-02T09:00:00.000Z');
    revision.run({
      id: ids.draft,
      revision: 1,
      status: 'draft',
      body: body('Draft for an archived client.'),
      reason: '',
      finalizedAt: null,
    });
  },
  4: (db) => {
    const photo = db.prepare(
      `INSERT INTO photos (id, assessment_id, hash, view, media_type, width, height, bytes, landmarks, thumbnail, created_at)
       VALUES (?, ?, ?, ?, 'image/jpeg', 3024, 4032, 2481152, ?, ?, '2025-05-01T09:30:00.000Z')`,
    );
    photo.run(
      'ph-1',
      ids.amended,
      hashes.front,
      'anterior',
      '{"leftAsis":[0.41,0.52]}',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    );
    photo.run('ph-2', ids.amended, hashes.side, 'lateral-right', '{}', null);
  },
  5: (db) => {
    db.prepare(
      `INSERT INTO exercises (id, copied_from, name, phase, body, created_at, updated_at)
       VALUES ('custom-1', 'glute-bridge', 'Glute bridge, slow', 'activate', '{"steps":["Lie down.","Lift.","Lower."]}', 't', 't')`,
    ).run();
    db.prepare(
      `INSERT INTO programs (id, client_id, assessment_id, title, notes, created_at, updated_at)
       VALUES (?, ?, ?, 'Home exercises, weeks 1–4', 'Twice a day.', 't', 't')`,
    ).run(ids.program, ids.ada, ids.amended);
    db.prepare(
      `INSERT INTO program_items (program_id, position, exercise_id, dosage, notes)
       VALUES (?, 0, 'custom-1', '{"sets":2,"reps":10}', 'Slowly')`,
    ).run(ids.program);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('studioName', '"Align Studio"')`).run();
  },
  6: (db) => {
    const photo = db.prepare(
      `INSERT INTO exercise_photos (exercise_id, hash, media_type, width, height, bytes, created_at)
       VALUES (?, ?, 'image/jpeg', 1200, 1600, 183004, 't')`,
    );
    photo.run('short-foot', hashes.exercise);
    photo.run('custom-1', hashes.front);
  },
  7: (db) => {
    db.prepare(
      `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height, bytes, landmarks, created_at)
       VALUES ('ph-3', ?, 1, ?, 'posterior', 'image/png', 10, 10, 100, '{}', 't')`,
    ).run(ids.draft, hashes.side);
  },
  8: (db) => {
    db.prepare(
      `INSERT INTO clips (id, assessment_id, revision, hash, media_type, screen, view, side, width,
         height, duration_ms, frame_rate, bytes, created_at)
       VALUES ('cl-1', ?, 1, ?, 'video/webm', 'overhead-squat', 'front', NULL, 640, 480, 4000, 30, 9000, 't')`,
    ).run(ids.draft, hashes.clip);
  },
};

/**
 * Tables a migration adds rows to (007 gives a finalized revision its own copies of the photos an
 * open amendment shares with it); the rows that were there still come first, unchanged.
 */
const addsRows: Record<number, string[]> = { 7: ['photos'] };

type Tables = Map<string, string[]>;

/** Every ordinary table with its columns (the search index is checked through queries). */
function tablesOf(db: Db): Tables {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE 'clients_fts%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return new Map(
    names.map((table) => [
      table,
      (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name),
    ]),
  );
}

/** The rows of `tables`, only their listed columns, in rowid order. */
function dump(db: Db, tables: Tables = tablesOf(db)): Map<string, unknown[]> {
  const rows = new Map<string, unknown[]>();
  for (const [table, columns] of tables) {
    const list = columns.map((column) => `"${column}"`).join(', ');
    rows.set(table, db.prepare(`SELECT ${list} FROM "${table}" ORDER BY rowid`).all());
  }
  return rows;
}

function search(db: Db, query: string): string[] {
  return db
    .prepare(
      `SELECT c.first_name FROM clients_fts JOIN clients c ON c.rowid = clients_fts.rowid
       WHERE clients_fts MATCH ? ORDER BY c.first_name`,
    )
    .pluck()
    .all(query) as string[];
}

const count = (db: Db, sql: string, ...params: unknown[]): number =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** What each migration must make possible with the rows that were already there. */
const checks: Record<number, (db: Db) => void> = {
  2: (db) => {
    expect(db.prepare('SELECT archived_at FROM clients').pluck().all()).toEqual([null, null, null]);
    // The 'rebuild' indexed the rows written before the index existed.
    expect(search(db, 'lovelace')).toEqual(['Ada']);
    expect(search(db, 'zoe')).toEqual(['Zoë']);
    expect(search(db, 'oluw*')).toEqual(['Oluwaseun']);
    expect(search(db, 'ankle')).toEqual(['Zoë']);
    expect(search(db, 'example')).toEqual(['Ada', 'Zoë']);
    db.prepare("INSERT INTO clients_fts (clients_fts) VALUES ('integrity-check')").run();
    // The triggers keep old rows in step too.
    db.prepare("UPDATE clients SET last_name = 'Byron' WHERE id = ?").run(ids.ada);
    expect(search(db, 'lovelace')).toEqual([]);
    expect(search(db, 'byron')).toEqual(['Ada']);
    db.prepare("UPDATE clients SET archived_at = 'now' WHERE id = ?").run(ids.zoe);
    expect(count(db, 'SELECT count(*) FROM clients WHERE archived_at IS NULL')).toBe(2);
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.seun);
    expect(search(db, 'oluw*')).toEqual([]);
    db.prepare("INSERT INTO clients_fts (clients_fts) VALUES ('integrity-check')").run();
  },
  3: (db) => {
    db.prepare(
      "INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ('new-a', ?, '2025-06-01', 't')",
    ).run(ids.grace);
    db.prepare(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version, rules_version, created_at, updated_at)
       VALUES ('new-a', 1, 'final', '2025-06-01', ?, 1, '2025.1', 't', 't')`,
    ).run(body('Signed for an archived client.'));
    expect(() =>
      db.prepare("UPDATE assessment_revisions SET body = '{}' WHERE assessment_id = 'new-a'").run(),
    ).toThrow(/finalized assessment cannot be changed/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ('x', 'nobody', 'd', 't')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version, rules_version, created_at, updated_at)
           VALUES ('new-a', 2, 'draft', 'd', 'not json', 1, 'r', 't', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.grace);
    expect(
      count(db, "SELECT count(*) FROM assessment_revisions WHERE assessment_id = 'new-a'"),
    ).toBe(0);
    expect(search(db, 'hopper')).toEqual([]);
  },
  4: (db) => {
    const photo = db.prepare(
      `INSERT INTO photos (id, assessment_id, hash, view, media_type, width, height, bytes, created_at)
       VALUES (?, ?, ?, 'posterior', 'image/png', 10, 10, 100, 't')`,
    );
    photo.run('p-new', ids.amended, 'b'.repeat(64));
    photo.run('p-draft', ids.draft, 'c'.repeat(64));
    expect(() => photo.run('p-bad', ids.amended, 'B'.repeat(64))).toThrow(/CHECK/);
    expect(() => photo.run('p-orphan', 'no-such-assessment', 'd'.repeat(64))).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      db
        .prepare(
          "UPDATE assessment_revisions SET status = 'draft' WHERE assessment_id = ? AND revision = 1",
        )
        .run(ids.amended),
    ).toThrow(/finalized assessment cannot be changed/);
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.ada);
    expect(count(db, 'SELECT count(*) FROM photos')).toBe(1);
  },
  5: (db) => {
    db.prepare(`INSERT INTO settings (key, value) VALUES ('units', '"imperial"')`).run();
    expect(() =>
      db.prepare(`INSERT INTO settings (key, value) VALUES ('paperSize', 'A4')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO exercises (id, name, phase, body, created_at, updated_at) VALUES ('e', 'E', 'stretch', '{}', 't', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO programs (id, client_id, assessment_id, title, created_at, updated_at) VALUES ('prog', ?, ?, 'Weeks 1–4', 't', 't')`,
    ).run(ids.ada, ids.amended);
    db.prepare(
      `INSERT INTO program_items (program_id, position, exercise_id, dosage) VALUES ('prog', 0, 'glute-bridge', '{"sets":2}')`,
    ).run();
    db.prepare(
      `INSERT INTO programs (id, client_id, assessment_id, title, created_at, updated_at) VALUES ('prog-2', ?, ?, 'Draft plan', 't', 't')`,
    ).run(ids.grace, ids.draft);
    expect(() =>
      db
        .prepare(
          `INSERT INTO programs (id, client_id, created_at, updated_at) VALUES ('x', 'nobody', 't', 't')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // An assessment goes, its program stays; a client goes, their programs go with them.
    db.prepare('DELETE FROM assessments WHERE id = ?').run(ids.draft);
    expect(db.prepare("SELECT assessment_id FROM programs WHERE id = 'prog-2'").pluck().get()).toBe(
      null,
    );
    expect(count(db, 'SELECT count(*) FROM photos')).toBe(2);
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.ada);
    expect(count(db, 'SELECT count(*) FROM programs')).toBe(1);
    expect(count(db, 'SELECT count(*) FROM program_items')).toBe(0);
    expect(count(db, 'SELECT count(*) FROM photos')).toBe(0);
  },
  6: (db) => {
    // Photos of a built-in (no row of its own) and of an existing own exercise, sharing a file
    // with an assessment photo; the served, swept and backed-up sets all see them.
    const photo = db.prepare(
      `INSERT INTO exercise_photos (exercise_id, hash, media_type, width, height, bytes, created_at)
       VALUES (?, ?, ?, 800, 600, 1000, 't')`,
    );
    photo.run('glute-bridge', hashes.exercise, 'image/png');
    photo.run('custom-1', hashes.front, 'image/jpeg');
    expect(() => photo.run('glute-bridge', hashes.side, 'image/jpeg')).toThrow(/UNIQUE/);
    expect(() => photo.run('calf-wall-stretch', 'E'.repeat(64), 'image/jpeg')).toThrow(/CHECK/);
    expect(() => photo.run('calf-wall-stretch', hashes.side, 'text/html')).toThrow(/CHECK/);
    expect(findOwnExercise(db, 'custom-1')).toMatchObject({
      name: 'Glute bridge, slow',
      photoHash: hashes.front,
    });
    expect(referencedMediaType(db, hashes.exercise)).toBe('image/png');
    expect([...referencedHashes(db)].sort()).toEqual(
      [hashes.front, hashes.side, hashes.exercise].sort(),
    );
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.ada);
    expect(count(db, 'SELECT count(*) FROM photos')).toBe(0);
    expect(isHashReferenced(db, hashes.front)).toBe(true);
    expect(count(db, 'SELECT count(*) FROM exercise_photos')).toBe(2);
  },
  // Held on this branch for the migration 7 another branch adds; its check replaces this one.
  7: (db) => {
    const photosOf = (revision: number) =>
      db
        .prepare(
          `SELECT id, hash, view, landmarks, thumbnail FROM photos
           WHERE assessment_id = ? AND revision = ? ORDER BY view`,
        )
        .all(ids.amended, revision) as { id: string; hash: string; landmarks: string }[];
    // The open amendment (revision 2) keeps the photos as they were; the finalized revision 1
    // gets its own copies, with their own ids, of the same files, landmarks and previews.
    const draft = photosOf(2);
    const final = photosOf(1);
    expect(draft.map((photo) => photo.id)).toEqual(['ph-1', 'ph-2']);
    expect(final.map(({ id: _id, ...rest }) => rest)).toEqual(
      draft.map(({ id: _id, ...rest }) => rest),
    );
    expect(final.every((photo) => !['ph-1', 'ph-2'].includes(photo.id))).toBe(true);
    expect(final[0]?.landmarks).toBe('{"leftAsis":[0.41,0.52]}');

    // A finalized revision's photos are part of its record; the draft's can still change.
    const finalPhoto = final[0]?.id;
    expect(() =>
      db.prepare("UPDATE photos SET landmarks = '{}' WHERE id = ?").run(finalPhoto),
    ).toThrow(/finalized assessment cannot be changed/);
    expect(() => db.prepare('DELETE FROM photos WHERE id = ?').run(finalPhoto)).toThrow(
      /finalized assessment cannot be removed/,
    );
    db.prepare("UPDATE photos SET landmarks = '{}' WHERE id = 'ph-1'").run();
    expect(photosOf(1)[0]?.landmarks).toBe('{"leftAsis":[0.41,0.52]}');

    // The finalized revision keeps the client's details; a draft has none until it is finalized.
    const snapshot = (revision: number) =>
      db
        .prepare(
          'SELECT client_snapshot FROM assessment_revisions WHERE assessment_id = ? AND revision = ?',
        )
        .pluck()
        .get(ids.amended, revision) as string | null;
    expect(JSON.parse(snapshot(1) ?? 'null')).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      dateOfBirth: '1985-12-10',
    });
    expect(snapshot(2)).toBeNull();
    expect(() =>
      db
        .prepare(
          "UPDATE assessment_revisions SET client_snapshot = '{}' WHERE assessment_id = ? AND revision = 1",
        )
        .run(ids.amended),
    ).toThrow(/finalized assessment cannot be changed/);

    // A photo must belong to a revision that exists; discarding a draft takes its photos only.
    expect(() =>
      db
        .prepare(
          `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height, bytes, created_at)
           VALUES ('p-x', ?, 3, ?, 'posterior', 'image/png', 10, 10, 100, 't')`,
        )
        .run(ids.amended, hashes.side),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM assessment_revisions WHERE assessment_id = ? AND revision = 2').run(
      ids.amended,
    );
    expect(photosOf(2)).toEqual([]);
    expect(photosOf(1)).toHaveLength(2);
    expect([...referencedHashes(db)].sort()).toEqual(
      [hashes.front, hashes.side, hashes.exercise].sort(),
    );

    // Erasing the client still takes every photo of every revision with her.
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.ada);
    expect(count(db, 'SELECT count(*) FROM photos')).toBe(0);
  },
  8: (db) => {
    const clip = db.prepare(
      `INSERT INTO clips (id, assessment_id, revision, hash, media_type, screen, view, side, width,
         height, duration_ms, frame_rate, bytes, created_at)
       VALUES (?, ?, ?, ?, ?, 'overhead-squat', 'side', NULL, 1920, 1080, 30000, 29.97, 64000000, 't')`,
    );
    clip.run('cl-final', ids.amended, 1, hashes.clip, 'video/mp4');
    clip.run('cl-draft', ids.amended, 2, hashes.clip, 'video/mp4');
    expect(() => clip.run('cl-bad', ids.amended, 2, hashes.front, 'text/html')).toThrow(/CHECK/);
    expect(() => clip.run('cl-bad', ids.amended, 2, 'C'.repeat(64), 'video/mp4')).toThrow(/CHECK/);
    expect(() => clip.run('cl-bad', ids.amended, 3, hashes.front, 'video/mp4')).toThrow(
      /FOREIGN KEY/,
    );
    // Served, swept and backed up like every stored file; a finalized revision keeps its clip.
    expect(referencedMediaType(db, hashes.clip)).toBe('video/mp4');
    expect(referencedHashes(db).has(hashes.clip)).toBe(true);
    expect(() => db.prepare("DELETE FROM clips WHERE id = 'cl-final'").run()).toThrow(
      /cannot be removed/,
    );
    db.prepare("DELETE FROM clips WHERE id = 'cl-draft'").run();

    // A photo kept from a clip carries its tag; the older photos carry none.
    db.prepare("UPDATE photos SET movement = ? WHERE id = 'ph-3'").run(
      '{"screen":"overhead-squat","view":"front","side":null}',
    );
    expect(() =>
      db.prepare("UPDATE photos SET movement = 'not json' WHERE id = 'ph-3'").run(),
    ).toThrow(/CHECK/);
    expect(count(db, 'SELECT count(*) FROM photos WHERE movement IS NULL')).toBeGreaterThan(0);

    // Erasing the client takes her clips of every revision with her.
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.ada);
    expect(count(db, 'SELECT count(*) FROM clips WHERE assessment_id = ?', ids.amended)).toBe(0);
  },
  9: (db) => {
    const byName = (query: string) =>
      db
        .prepare(
          `SELECT c.first_name FROM clients_fts_names JOIN clients c ON c.rowid = clients_fts_names.rowid
           WHERE clients_fts_names MATCH ? ORDER BY c.first_name`,
        )
        .pluck()
        .all(query) as string[];
    // The 'rebuild' indexed the names already there, folded as the index of every column folds
    // them, and nothing but names: emails, notes and occupations stay out.
    expect(byName('"lovelace"*')).toEqual(['Ada']);
    expect(byName('"zoe"*')).toEqual(['Zoë']);
    expect(byName('"oluwas"*')).toEqual(['Oluwaseun']);
    expect(byName('"grace"* "hop"*')).toEqual(['Grace']);
    expect(byName('"example"*')).toEqual([]);
    expect(byName('"mathematician"*')).toEqual([]);
    expect(search(db, 'mathematician')).toEqual(['Ada']);
    db.prepare(
      "INSERT INTO clients_fts_names (clients_fts_names, rank) VALUES ('integrity-check', 1)",
    ).run();

    // The triggers keep it in step with the clients, as the index of every column is kept.
    db.prepare("UPDATE clients SET last_name = 'Byron' WHERE id = ?").run(ids.ada);
    db.prepare("UPDATE clients SET notes = 'Lovelace is her maiden name.' WHERE id = ?").run(
      ids.ada,
    );
    expect(byName('"lovelace"*')).toEqual([]);
    expect(byName('"byr"*')).toEqual(['Ada']);
    db.prepare('DELETE FROM clients WHERE id = ?').run(ids.zoe);
    expect(byName('"zoe"*')).toEqual([]);
    db.prepare(
      `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation, notes, created_at, updated_at)
       VALUES ('c-new', 'Lucía', 'Fernández-Nowak', '', '', '', '', '', 't', 't')`,
    ).run();
    expect(byName('"lucia"* "nowak"*')).toEqual(['Lucía']);
    db.prepare(
      "INSERT INTO clients_fts_names (clients_fts_names, rank) VALUES ('integrity-check', 1)",
    ).run();
  },
};

/**
 * A database at `version`, built by the real migrations and holding that version's rows: each
 * version's rows are written right after its own migration, in its own columns, as they were.
 */
async function databaseAt(version: number): Promise<void> {
  const db = openDatabase(file);
  for (let step = 1; step <= version; step++) {
    const built = await migrateDatabase(db, {
      file,
      backupsDir: path.join(backupsDir, 'while-seeding'),
      migrations: migrations.slice(0, step),
    });
    expect(built).toMatchObject({ from: step - 1, to: step });
    db.transaction(() => seeds[step]?.(db))();
  }
  db.close();
}

describe.each(migrations.slice(1).map((migration) => [migration.version, migration.name]))(
  'migration %i (%s)',
  (version) => {
    it('keeps the rows of the version before, works with them, and backs them up first', async () => {
      await databaseAt(version - 1);
      const before = new Database(file);
      const oldColumns = tablesOf(before);
      const oldRows = dump(before, oldColumns);
      before.close();
      expect([...oldRows.values()].every((rows) => rows.length > 0)).toBe(true);

      const db = openDatabase(file);
      const outcome = await migrateDatabase(db, {
        file,
        backupsDir,
        migrations: migrations.slice(0, version),
        now: () => new Date('2026-02-03T04:05:06.007Z'),
      });
      expect(outcome).toMatchObject({ from: version - 1, to: version });
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rowsNow = dump(db, oldColumns);
      for (const table of addsRows[version] ?? []) {
        rowsNow.set(table, (rowsNow.get(table) ?? []).slice(0, oldRows.get(table)?.length));
      }
      expect(rowsNow).toEqual(oldRows);

      const backup = new Database(outcome.backupFile ?? '', {
        readonly: true,
        fileMustExist: true,
      });
      expect(path.basename(backup.name)).toBe(
        `pre-migration-v${version - 1}-2026-02-03T04-05-06-007Z.stance.db`,
      );
      expect(backup.pragma('user_version', { simple: true })).toBe(version - 1);
      expect(tablesOf(backup)).toEqual(oldColumns);
      expect(dump(backup)).toEqual(oldRows);
      backup.close();

      const check = checks[version];
      if (check) db.transaction(() => check(db))();
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    });
  },
);

it('has a data check for every migration', () => {
  expect(migrations.slice(1).map((migration) => migration.version)).toEqual(
    Object.keys(checks).map(Number),
  );
});

it('opens data written at version 1 and grown through every version in the app', async () => {
  const dataDir = temp.dir;
  await databaseAt(1);
  for (const migration of migrations.slice(1)) {
    const db = openDatabase(file);
    await migrateDatabase(db, {
      file,
      backupsDir,
      migrations: migrations.slice(0, migration.version),
    });
    db.transaction(() => seeds[migration.version]?.(db))();
    db.close();
  }
  const core = await openStance({ dataDir, appVersion: 'test' });
  try {
    expect(core.status.state).toBe('ready');
    const found = value<ClientSummary[]>(
      await core.route('clients:list', { query: 'lovelace', archived: false }),
    );
    expect(found.map((client) => client.id)).toEqual([ids.ada]);
    const archived = value<ClientSummary[]>(await core.route('clients:list', { archived: true }));
    expect(archived.map((client) => client.firstName).sort()).toEqual(['Grace', 'Oluwaseun']);
    const amended = value<Assessment>(await core.route('assessments:get', { id: ids.amended }));
    expect(amended).toMatchObject({ revision: 2, status: 'draft', painNow: 6 });
    const first = value<Assessment>(
      await core.route('assessments:getRevision', { id: ids.amended, revision: 1 }),
    );
    expect(first).toMatchObject({ status: 'final' });
    expect(first.body).toEqual(JSON.parse(body('Final as first signed.')) as unknown);
    const library = value<LibraryExercise[]>(
      await core.route('exercises:list', { includeRetired: true }),
    );
    expect(library.find((exercise) => exercise.id === 'short-foot')?.photoHash).toBe(
      hashes.exercise,
    );
    expect(referencedHashesIn(file).sort()).toEqual(
      [hashes.front, hashes.side, hashes.exercise, hashes.clip].sort(),
    );
  } finally {
    core.close();
  }
});
