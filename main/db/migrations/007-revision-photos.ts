import { randomUUID } from 'node:crypto';
import type { Db } from '../connection';
import type { Migration } from './types';

/**
 * Photos and their landmarks belong to one revision, so a finalized revision keeps what was signed
 * off while an amendment works on its own copy (only rows are copied: files are named by content).
 * A final revision also keeps the client's name and date of birth as they were when it was
 * finalized, so its report reads the same after her details change.
 *
 * Existing photos belonged to the whole assessment. They go to its current revision; when that is
 * a draft amendment, the finalized revision before it gets its own copy as well, which is the best
 * account of what it showed (the draft may have changed them since; nothing older was kept).
 * Existing final revisions take the client's details as they are now: nothing older was kept.
 */
export const revisionPhotos: Migration = {
  version: 7,
  name: 'photos and client details belong to a revision',
  up(db) {
    db.exec(`
      CREATE TABLE revision_photos (
        id            TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL,
        revision      INTEGER NOT NULL CHECK (revision >= 1),
        hash          TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        view          TEXT NOT NULL,
        media_type    TEXT NOT NULL,
        width         INTEGER NOT NULL CHECK (width > 0),
        height        INTEGER NOT NULL CHECK (height > 0),
        bytes         INTEGER NOT NULL CHECK (bytes > 0),
        landmarks     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(landmarks)),
        thumbnail     BLOB,
        created_at    TEXT NOT NULL,
        FOREIGN KEY (assessment_id, revision)
          REFERENCES assessment_revisions (assessment_id, revision) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO revision_photos (id, assessment_id, revision, hash, view, media_type, width, height,
        bytes, landmarks, thumbnail, created_at)
      SELECT p.id, p.assessment_id, a.current_revision, p.hash, p.view, p.media_type, p.width, p.height,
        p.bytes, p.landmarks, p.thumbnail, p.created_at
      FROM photos p JOIN assessments a ON a.id = p.assessment_id ORDER BY p.rowid;
      DROP TABLE photos;
      ALTER TABLE revision_photos RENAME TO photos;
      CREATE INDEX photos_by_revision ON photos (assessment_id, revision);
      CREATE INDEX photos_by_hash ON photos (hash);
    `);
    copyPhotosToFinalBeforeDraft(db);

    db.exec(`
      ALTER TABLE assessment_revisions ADD COLUMN client_snapshot TEXT
        CHECK (client_snapshot IS NULL OR json_valid(client_snapshot));
      DROP TRIGGER final_revisions_are_read_only;
      UPDATE assessment_revisions SET client_snapshot = (
        SELECT json_object('firstName', c.first_name, 'lastName', c.last_name,
                           'dateOfBirth', c.date_of_birth)
        FROM assessments a JOIN clients c ON c.id = a.client_id
        WHERE a.id = assessment_revisions.assessment_id)
      WHERE status = 'final';
      CREATE TRIGGER final_revisions_are_read_only BEFORE UPDATE ON assessment_revisions
      WHEN old.status = 'final' BEGIN
        SELECT RAISE(ABORT, 'A finalized assessment cannot be changed; amend it instead.');
      END;

      CREATE TRIGGER photos_of_final_revisions_are_read_only BEFORE UPDATE ON photos
      WHEN EXISTS (SELECT 1 FROM assessment_revisions r WHERE r.assessment_id = old.assessment_id
                   AND r.revision = old.revision AND r.status = 'final') BEGIN
        SELECT RAISE(ABORT, 'A photo of a finalized assessment cannot be changed; amend it instead.');
      END;
      CREATE TRIGGER photos_of_final_revisions_stay BEFORE DELETE ON photos
      WHEN EXISTS (SELECT 1 FROM assessment_revisions r WHERE r.assessment_id = old.assessment_id
                   AND r.revision = old.revision AND r.status = 'final') BEGIN
        SELECT RAISE(ABORT, 'A photo of a finalized assessment cannot be removed; amend it instead.');
      END;
    `);
  },
};

/** Row ids are UUIDs everywhere, so the copies get theirs here rather than from SQL. */
function copyPhotosToFinalBeforeDraft(db: Db): void {
  const photos = db
    .prepare(
      `SELECT p.id, a.current_revision - 1 AS finalRevision FROM photos p
       JOIN assessments a ON a.id = p.assessment_id
       JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
       WHERE r.status = 'draft' AND a.current_revision > 1 ORDER BY p.rowid`,
    )
    .all() as { id: string; finalRevision: number }[];
  const copy = db.prepare(
    `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height, bytes,
       landmarks, thumbnail, created_at)
     SELECT @copyId, assessment_id, @finalRevision, hash, view, media_type, width, height, bytes,
       landmarks, thumbnail, created_at
     FROM photos WHERE id = @id`,
  );
  for (const photo of photos) copy.run({ ...photo, copyId: randomUUID() });
}
