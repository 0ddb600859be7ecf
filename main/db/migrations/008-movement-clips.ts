import type { Migration } from './types';

/**
 * Movement clips belong to one revision of an assessment, like its photos: a finalized revision
 * keeps the clips it was signed off with and an amendment works on its own rows (the files are
 * named by content, so only rows are copied). Each clip names the movement screen and view it
 * shows (shared/domain/movement/screens.ts). A photo kept from a clip carries the same tag in
 * `movement`, so it can be put beside the finding it shows.
 */
export const movementClips: Migration = {
  version: 8,
  name: 'movement clips, and photos kept from them',
  up(db) {
    db.exec(`
      CREATE TABLE clips (
        id            TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL,
        revision      INTEGER NOT NULL CHECK (revision >= 1),
        hash          TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        media_type    TEXT NOT NULL CHECK (media_type IN ('video/mp4', 'video/webm')),
        screen        TEXT NOT NULL,
        view          TEXT NOT NULL,
        side          TEXT CHECK (side IS NULL OR side IN ('left', 'right')),
        width         INTEGER NOT NULL CHECK (width > 0),
        height        INTEGER NOT NULL CHECK (height > 0),
        duration_ms   INTEGER NOT NULL CHECK (duration_ms >= 0),
        frame_rate    REAL NOT NULL CHECK (frame_rate > 0),
        bytes         INTEGER NOT NULL CHECK (bytes > 0),
        created_at    TEXT NOT NULL,
        FOREIGN KEY (assessment_id, revision)
          REFERENCES assessment_revisions (assessment_id, revision) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX clips_by_revision ON clips (assessment_id, revision);
      CREATE INDEX clips_by_hash ON clips (hash);

      CREATE TRIGGER clips_of_final_revisions_are_read_only BEFORE UPDATE ON clips
      WHEN EXISTS (SELECT 1 FROM assessment_revisions r WHERE r.assessment_id = old.assessment_id
                   AND r.revision = old.revision AND r.status = 'final') BEGIN
        SELECT RAISE(ABORT, 'A clip of a finalized assessment cannot be changed; amend it instead.');
      END;
      CREATE TRIGGER clips_of_final_revisions_stay BEFORE DELETE ON clips
      WHEN EXISTS (SELECT 1 FROM assessment_revisions r WHERE r.assessment_id = old.assessment_id
                   AND r.revision = old.revision AND r.status = 'final') BEGIN
        SELECT RAISE(ABORT, 'A clip of a finalized assessment cannot be removed; amend it instead.');
      END;

      ALTER TABLE photos ADD COLUMN movement TEXT
        CHECK (movement IS NULL OR json_valid(movement));
    `);
  },
};
