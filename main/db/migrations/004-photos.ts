import type { Migration } from './types';

/** Photo rows point at content-addressed files; the file is written and synced before the row commits. */
export const photos: Migration = {
  version: 4,
  name: 'photos',
  up(db) {
    db.exec(`
      CREATE TABLE photos (
        id            TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        hash          TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        view          TEXT NOT NULL,
        media_type    TEXT NOT NULL,
        width         INTEGER NOT NULL CHECK (width > 0),
        height        INTEGER NOT NULL CHECK (height > 0),
        bytes         INTEGER NOT NULL CHECK (bytes > 0),
        landmarks     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(landmarks)),
        thumbnail     BLOB,
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX photos_by_assessment ON photos (assessment_id);
      CREATE INDEX photos_by_hash ON photos (hash);
    `);
  },
};
