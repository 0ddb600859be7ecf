import type { StudioMigration } from './types';

/**
 * The studio database's first schema: the same tables and columns as the embedded SQLite file at
 * its version 7, so one set of services can run on either (a test compares the two), plus what a
 * shared server needs that a file does not:
 * - photos are stored in the database itself (`photo_files`, named by their SHA-256 like the files
 *   of the local store), because a studio's laptops share no disk;
 * - client search uses two generated full-text vectors (names alone, and everything), folded to
 *   lower case without accents like SQLite's `unicode61 remove_diacritics 2` tokenizer, so the same
 *   "names before notes" search behaves alike on both; `seq` stands in for SQLite's rowid;
 * - finalized revisions and their photos are read-only in SQL, as the SQLite triggers make them.
 *
 * Timestamps stay ISO-8601 text, as in SQLite: the services compare and sort them as strings, and
 * the same text comes back from either engine.
 */
export const studioSchema: StudioMigration = {
  version: 1,
  name: 'studio schema',
  sql: `
    CREATE EXTENSION IF NOT EXISTS unaccent;

    -- What search indexes and what it looks for, the same way: accents and case folded, and any
    -- run of characters that are not letters or digits a word break (as SQLite's unicode61
    -- tokenizer does; PostgreSQL's own parser would keep "anna@example.com" as one word).
    -- unaccent() is only STABLE (its dictionary could change); a generated column needs
    -- IMMUTABLE, which holds here because the dictionary is named and Stance never changes it.
    CREATE FUNCTION stance_words(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, value),
                                    '[^[:alnum:]]+', ' ', 'g'))
      $$;

    CREATE TABLE clients (
      -- The order clients were added in, which search lists newest first (SQLite's rowid).
      seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      id            text PRIMARY KEY,
      first_name    text NOT NULL CHECK (length(trim(first_name)) BETWEEN 1 AND 100),
      last_name     text NOT NULL CHECK (length(trim(last_name)) BETWEEN 1 AND 100),
      date_of_birth text NOT NULL DEFAULT '',
      email         text NOT NULL DEFAULT '',
      phone         text NOT NULL DEFAULT '',
      occupation    text NOT NULL DEFAULT '',
      notes         text NOT NULL DEFAULT '',
      created_at    text NOT NULL,
      updated_at    text NOT NULL,
      archived_at   text,
      search_names  tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', stance_words(first_name || ' ' || last_name))
      ) STORED,
      search_all    tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', stance_words(
          first_name || ' ' || last_name || ' ' || email || ' ' || phone || ' ' ||
          occupation || ' ' || notes))
      ) STORED
    );
    CREATE INDEX clients_by_created ON clients (created_at DESC);
    CREATE INDEX clients_by_name ON clients (lower(last_name), lower(first_name));
    CREATE INDEX clients_search_names ON clients USING gin (search_names);
    CREATE INDEX clients_search_all ON clients USING gin (search_all);

    CREATE TABLE assessments (
      id               text PRIMARY KEY,
      client_id        text NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      current_revision integer NOT NULL DEFAULT 1 CHECK (current_revision >= 1),
      assessed_on      text NOT NULL,
      created_at       text NOT NULL
    );
    CREATE INDEX assessments_by_client ON assessments (client_id, assessed_on);

    CREATE TABLE assessment_revisions (
      assessment_id         text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
      revision              integer NOT NULL CHECK (revision >= 1),
      status                text NOT NULL CHECK (status IN ('draft', 'final')),
      assessed_on           text NOT NULL,
      body                  jsonb NOT NULL,
      body_version          integer NOT NULL,
      rules_version         text NOT NULL,
      pain_now              integer CHECK (pain_now BETWEEN 0 AND 10),
      disability_score      double precision,
      disability_instrument text,
      fpi_left              integer CHECK (fpi_left BETWEEN -12 AND 12),
      fpi_right             integer CHECK (fpi_right BETWEEN -12 AND 12),
      amendment_reason      text NOT NULL DEFAULT '',
      created_at            text NOT NULL,
      updated_at            text NOT NULL,
      finalized_at          text,
      client_snapshot       jsonb,
      PRIMARY KEY (assessment_id, revision)
    );
    CREATE INDEX revisions_by_date ON assessment_revisions (assessed_on);

    CREATE TABLE exercises (
      id          text PRIMARY KEY,
      copied_from text,
      name        text NOT NULL CHECK (length(trim(name)) > 0),
      phase       text NOT NULL CHECK (phase IN ('release', 'lengthen', 'activate', 'integrate')),
      body        jsonb NOT NULL,
      retired_at  text,
      created_at  text NOT NULL,
      updated_at  text NOT NULL
    );

    CREATE TABLE programs (
      -- The order programs were made in, for ties on created_at (SQLite's rowid).
      seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      id            text PRIMARY KEY,
      client_id     text NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      assessment_id text REFERENCES assessments (id) ON DELETE SET NULL,
      title         text NOT NULL DEFAULT '',
      notes         text NOT NULL DEFAULT '',
      created_at    text NOT NULL,
      updated_at    text NOT NULL
    );
    CREATE INDEX programs_by_client ON programs (client_id);

    CREATE TABLE program_items (
      program_id  text NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
      position    integer NOT NULL CHECK (position >= 0),
      exercise_id text NOT NULL,
      dosage      jsonb NOT NULL,
      notes       text NOT NULL DEFAULT '',
      PRIMARY KEY (program_id, position)
    );

    CREATE TABLE settings (
      key   text PRIMARY KEY,
      value jsonb NOT NULL
    );

    CREATE TABLE photo_files (
      hash       text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
      media_type text NOT NULL,
      content    bytea NOT NULL,
      created_at text NOT NULL
    );

    CREATE TABLE exercise_photos (
      exercise_id text PRIMARY KEY CHECK (length(exercise_id) BETWEEN 1 AND 60),
      hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
      media_type  text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
      width       integer NOT NULL CHECK (width > 0),
      height      integer NOT NULL CHECK (height > 0),
      bytes       integer NOT NULL CHECK (bytes > 0),
      created_at  text NOT NULL
    );
    CREATE INDEX exercise_photos_by_hash ON exercise_photos (hash);

    CREATE TABLE photos (
      id            text PRIMARY KEY,
      assessment_id text NOT NULL,
      revision      integer NOT NULL CHECK (revision >= 1),
      hash          text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
      view          text NOT NULL,
      media_type    text NOT NULL,
      width         integer NOT NULL CHECK (width > 0),
      height        integer NOT NULL CHECK (height > 0),
      bytes         integer NOT NULL CHECK (bytes > 0),
      landmarks     jsonb NOT NULL DEFAULT '{}',
      thumbnail     bytea,
      created_at    text NOT NULL,
      FOREIGN KEY (assessment_id, revision)
        REFERENCES assessment_revisions (assessment_id, revision) ON DELETE CASCADE
    );
    CREATE INDEX photos_by_revision ON photos (assessment_id, revision);
    CREATE INDEX photos_by_hash ON photos (hash);

    CREATE FUNCTION stance_refuse_final_revision_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A finalized assessment cannot be changed; amend it instead.'
          USING ERRCODE = 'check_violation';
      END $$;
    CREATE TRIGGER final_revisions_are_read_only BEFORE UPDATE ON assessment_revisions
      FOR EACH ROW WHEN (old.status = 'final')
      EXECUTE FUNCTION stance_refuse_final_revision_change();

    CREATE FUNCTION stance_refuse_final_photo_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- A cascade from erasing the whole client passes: its revision row is already gone.
        IF EXISTS (SELECT 1 FROM assessment_revisions r
                   WHERE r.assessment_id = old.assessment_id AND r.revision = old.revision
                     AND r.status = 'final') THEN
          RAISE EXCEPTION 'A photo of a finalized assessment cannot be changed or removed; amend it instead.'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN old ELSE new END;
      END $$;
    CREATE TRIGGER photos_of_final_revisions_are_read_only BEFORE UPDATE OR DELETE ON photos
      FOR EACH ROW EXECUTE FUNCTION stance_refuse_final_photo_change();
  `,
};
