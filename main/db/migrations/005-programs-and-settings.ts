import type { Migration } from './types';

/**
 * Built-in exercises live in code (shared/domain/exercises) so they can be improved with each
 * release; this table holds the practitioner's own, including edited copies of built-ins.
 */
export const programsAndSettings: Migration = {
  version: 5,
  name: 'exercises, programs and settings',
  up(db) {
    db.exec(`
      CREATE TABLE exercises (
        id           TEXT PRIMARY KEY,
        copied_from  TEXT,
        name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
        phase        TEXT NOT NULL CHECK (phase IN ('release', 'lengthen', 'activate', 'integrate')),
        body         TEXT NOT NULL CHECK (json_valid(body)),
        retired_at   TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE programs (
        id            TEXT PRIMARY KEY,
        client_id     TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        assessment_id TEXT REFERENCES assessments (id) ON DELETE SET NULL,
        title         TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX programs_by_client ON programs (client_id);

      CREATE TABLE program_items (
        program_id  TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        exercise_id TEXT NOT NULL,
        dosage      TEXT NOT NULL CHECK (json_valid(dosage)),
        notes       TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (program_id, position)
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
