import type { Migration } from './types';

/**
 * An assessment is a header plus numbered revisions. Revision bodies are JSON documents checked by
 * the shared schema in main; the summary columns beside them are what lists and charts query.
 * A final revision is read-only at the database level: amending adds the next revision instead.
 * The header's date and current revision are set by the service in the same transaction.
 */
export const assessments: Migration = {
  version: 3,
  name: 'assessments with revisions',
  up(db) {
    db.exec(`
      CREATE TABLE assessments (
        id               TEXT PRIMARY KEY,
        client_id        TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        current_revision INTEGER NOT NULL DEFAULT 1 CHECK (current_revision >= 1),
        assessed_on      TEXT NOT NULL,
        created_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_by_client ON assessments (client_id, assessed_on);

      CREATE TABLE assessment_revisions (
        assessment_id         TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        revision              INTEGER NOT NULL CHECK (revision >= 1),
        status                TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        assessed_on           TEXT NOT NULL,
        body                  TEXT NOT NULL CHECK (json_valid(body)),
        body_version          INTEGER NOT NULL,
        rules_version         TEXT NOT NULL,
        pain_now              INTEGER CHECK (pain_now BETWEEN 0 AND 10),
        disability_score      REAL,
        disability_instrument TEXT,
        fpi_left              INTEGER CHECK (fpi_left BETWEEN -12 AND 12),
        fpi_right             INTEGER CHECK (fpi_right BETWEEN -12 AND 12),
        amendment_reason      TEXT NOT NULL DEFAULT '',
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        finalized_at          TEXT,
        PRIMARY KEY (assessment_id, revision)
      ) STRICT;
      CREATE INDEX revisions_by_date ON assessment_revisions (assessed_on);

      CREATE TRIGGER final_revisions_are_read_only BEFORE UPDATE ON assessment_revisions
      WHEN old.status = 'final' BEGIN
        SELECT RAISE(ABORT, 'A finalized assessment cannot be changed; amend it instead.');
      END;
    `);
  },
};
