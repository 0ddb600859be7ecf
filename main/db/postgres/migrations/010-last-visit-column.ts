import type { StudioMigration } from './types';

/** Every column of clients a practitioner may write: all but the generated ones and last_visit_on. */
const WRITABLE_CLIENT_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'date_of_birth',
  'email',
  'phone',
  'occupation',
  'notes',
  'created_at',
  'updated_at',
  'archived_at',
  'created_by',
  'updated_by',
].join(', ');

/**
 * Each client's last visit (the latest `assessed_on` of her assessments) kept on her row.
 *
 * Search as you type lists up to a page of clients per key press, each with her last visit, and
 * looking that up in assessments cost as much again as finding the clients (issue #16); the
 * "last visit" sort looked it up for every client in the studio. Now the server keeps it, so
 * reading it costs nothing and nobody's copy of Stance can get it wrong:
 * - statement triggers on assessments work it out again for the clients a statement touched
 *   (one client's save, or fifty thousand rows of a move, each client once);
 * - each takes the client's row before it reads her assessments, so of two practitioners
 *   changing the same client's visits at once, the one who commits last works it out last,
 *   having seen the other's (read committed gives each statement a fresh snapshot);
 * - practitioners may no longer write the column themselves, so it always says what the
 *   assessments say; and since only the server changes it, a change to it alone is not "her
 *   saving the client's details": who saved them last (migration 9) is left as it was.
 * It is not indexed, so an update that fits on the row's page leaves the search indexes alone.
 *
 * The two search indexes also stop keeping a pending list. With it, a new or changed client's
 * words wait in an unsorted list that every search reads through until vacuum files them (on the
 * freshly loaded bench: 10,000 entries in each, and a planner that chose to read every client
 * rather than the index). Clients are written seldom and searched at every key press.
 */
export const lastVisitColumn: StudioMigration = {
  version: 10,
  name: 'last visit kept on each client',
  sql: `
    ALTER TABLE clients ADD COLUMN last_visit_on text;

    REVOKE INSERT, UPDATE ON clients FROM stance_practitioner;
    GRANT INSERT (${WRITABLE_CLIENT_COLUMNS}), UPDATE (${WRITABLE_CLIENT_COLUMNS})
      ON clients TO stance_practitioner;

    DROP TRIGGER clients_record_who_saved ON clients;
    CREATE TRIGGER clients_record_who_saved BEFORE INSERT ON clients
      FOR EACH ROW EXECUTE FUNCTION stance_record_who_saved();
    CREATE TRIGGER clients_record_who_changed BEFORE UPDATE ON clients
      FOR EACH ROW WHEN (old.last_visit_on IS NOT DISTINCT FROM new.last_visit_on)
      EXECUTE FUNCTION stance_record_who_saved();

    CREATE FUNCTION stance_keep_last_visits() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        touched text[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT client_id) INTO touched FROM added;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT client_id) INTO touched FROM removed;
        ELSE
          -- Only rows whose client or date changed: a draft save rewrites the same date each time.
          SELECT array_agg(DISTINCT client_id) INTO touched FROM (
            (SELECT id, client_id, assessed_on FROM removed
             EXCEPT SELECT id, client_id, assessed_on FROM added)
            UNION ALL
            (SELECT id, client_id, assessed_on FROM added
             EXCEPT SELECT id, client_id, assessed_on FROM removed)) AS moved;
        END IF;
        IF touched IS NULL THEN
          RETURN NULL;
        END IF;
        -- In one order, so two statements touching the same clients cannot deadlock. A client
        -- erased by this same statement is already gone and is left so.
        PERFORM 1 FROM public.clients WHERE id = ANY (touched) ORDER BY id FOR NO KEY UPDATE;
        UPDATE public.clients c SET last_visit_on = seen.latest
          FROM (SELECT t.id, (SELECT max(a.assessed_on) FROM public.assessments a
                              WHERE a.client_id = t.id) AS latest
                FROM unnest(touched) AS t (id)) AS seen
          WHERE c.id = seen.id AND c.last_visit_on IS DISTINCT FROM seen.latest;
        RETURN NULL;
      END $$;
    REVOKE ALL ON FUNCTION stance_keep_last_visits() FROM PUBLIC;
    CREATE TRIGGER assessments_last_visit_added AFTER INSERT ON assessments
      REFERENCING NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION stance_keep_last_visits();
    CREATE TRIGGER assessments_last_visit_changed AFTER UPDATE ON assessments
      REFERENCING OLD TABLE AS removed NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION stance_keep_last_visits();
    CREATE TRIGGER assessments_last_visit_removed AFTER DELETE ON assessments
      REFERENCING OLD TABLE AS removed
      FOR EACH STATEMENT EXECUTE FUNCTION stance_keep_last_visits();

    ALTER INDEX clients_search_names SET (fastupdate = off);
    ALTER INDEX clients_search_all SET (fastupdate = off);

    UPDATE clients c SET last_visit_on = seen.latest
      FROM (SELECT client_id, max(assessed_on) AS latest FROM assessments GROUP BY client_id) AS seen
      WHERE c.id = seen.client_id;

    -- What the indexes still held in their pending lists goes into the indexes proper.
    SELECT gin_clean_pending_list('clients_search_names'::regclass);
    SELECT gin_clean_pending_list('clients_search_all'::regclass);
  `,
};
