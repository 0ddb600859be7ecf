import type { Migration } from './types';

/**
 * A practitioner's own photo for an exercise, built-in or her own. Built-ins live in code, so the
 * exercise id has no row to reference; the file itself sits in the same content-addressed store
 * as assessment photos, written and synced before this row commits.
 */
export const exercisePhotos: Migration = {
  version: 6,
  name: 'exercise photos',
  up(db) {
    db.exec(`
      CREATE TABLE exercise_photos (
        exercise_id TEXT PRIMARY KEY CHECK (length(exercise_id) BETWEEN 1 AND 60),
        hash        TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        media_type  TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
        width       INTEGER NOT NULL CHECK (width > 0),
        height      INTEGER NOT NULL CHECK (height > 0),
        bytes       INTEGER NOT NULL CHECK (bytes > 0),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exercise_photos_by_hash ON exercise_photos (hash);
    `);
  },
};
