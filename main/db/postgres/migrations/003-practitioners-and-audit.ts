import type { StudioMigration } from './types';

/** The app's tables a practitioner reads and writes in her daily work. */
const PRACTITIONER_TABLES = [
  'clients',
  'assessments',
  'assessment_revisions',
  'exercises',
  'exercise_photos',
  'programs',
  'program_items',
  'settings',
  'photo_files',
  'photos',
  'clips',
];

/** Records that name who made them. */
const CREATED_BY_TABLES = [
  'clients',
  'assessments',
  'assessment_revisions',
  'exercises',
  'programs',
  'photos',
  'clips',
];

/**
 * Practitioners as database roles, who made and finalized each record, and the audit trail.
 *
 * Who someone is comes from the server, never from the app: a modified copy of Stance must not be
 * able to write another practitioner's name or rewrite the trail. So `created_by` and
 * `finalized_by` are set by triggers whatever the app sends, and `audit_events` is written only
 * by SECURITY DEFINER trigger functions and `stance_record_export()`; no practitioner has any
 * right on it. The name recorded is `session_user`, the role she signed in as: `current_user`
 * changes with `SET ROLE` (she could become the `stance_practitioner` group and sign records
 * anonymously) and is the function's owner inside a SECURITY DEFINER function.
 *
 * The owner's group (`stance_owner`) reads the trail and adds or retires practitioners through
 * two functions, rather than holding CREATEROLE itself: on PostgreSQL 15 CREATEROLE lets a role
 * create any non-superuser role and grant itself any role (even `pg_execute_server_program`),
 * which is far more than "add a practitioner". The functions run as the role that migrated the
 * studio (which needs CREATEROLE) and can only make plain login roles in `stance_practitioner`.
 *
 * Roles belong to the whole server, not one database, so they are made only when missing: a
 * second studio database on the same server, or a rerun, finds them already there.
 */
export const practitionersAndAudit: StudioMigration = {
  version: 3,
  name: 'practitioners and audit trail',
  sql: `
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stance_practitioner') THEN
        CREATE ROLE stance_practitioner NOLOGIN;
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stance_owner') THEN
        CREATE ROLE stance_owner NOLOGIN;
      END IF;
    END $$;

    GRANT USAGE ON SCHEMA public TO stance_practitioner, stance_owner;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ${PRACTITIONER_TABLES.join(', ')} TO stance_practitioner;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO stance_practitioner;
    -- Every computer checks the schema version at start; only the studio's own role changes it.
    GRANT SELECT ON stance_schema TO stance_practitioner, stance_owner;

    ${CREATED_BY_TABLES.map((table) => `ALTER TABLE ${table} ADD COLUMN created_by text NOT NULL DEFAULT session_user;`).join('\n    ')}
    ALTER TABLE assessment_revisions ADD COLUMN finalized_by text;

    CREATE FUNCTION stance_stamp_creator() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        new.created_by := CASE WHEN TG_OP = 'INSERT' THEN session_user ELSE old.created_by END;
        RETURN new;
      END $$;
    ${CREATED_BY_TABLES.map((table) => `CREATE TRIGGER ${table}_creator BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION stance_stamp_creator();`).join('\n    ')}

    CREATE FUNCTION stance_stamp_finalizer() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF new.status = 'final' AND (TG_OP = 'INSERT' OR old.status <> 'final') THEN
          new.finalized_by := session_user;
        ELSIF TG_OP = 'INSERT' THEN
          new.finalized_by := NULL;
        ELSE
          new.finalized_by := old.finalized_by;
        END IF;
        RETURN new;
      END $$;
    CREATE TRIGGER revisions_finalizer BEFORE INSERT OR UPDATE ON assessment_revisions
      FOR EACH ROW EXECUTE FUNCTION stance_stamp_finalizer();

    CREATE TABLE audit_events (
      id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      happened_at   timestamptz NOT NULL DEFAULT now(),
      actor         text NOT NULL,
      action        text NOT NULL CHECK (action IN ('finalize', 'amend', 'erase', 'export')),
      client_id     text NOT NULL,
      assessment_id text,
      revision      integer
    );
    CREATE INDEX audit_events_by_time ON audit_events (happened_at);
    REVOKE ALL ON audit_events FROM PUBLIC;
    GRANT SELECT ON audit_events TO stance_owner;

    -- Even the studio's own role cannot quietly edit the trail from Stance; only a superuser who
    -- drops this trigger can, and that shows in the server's own logs.
    CREATE FUNCTION stance_refuse_audit_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'The audit trail cannot be changed.' USING ERRCODE = 'insufficient_privilege';
      END $$;
    CREATE TRIGGER audit_events_are_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION stance_refuse_audit_change();
    CREATE TRIGGER audit_events_are_not_truncated BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION stance_refuse_audit_change();

    CREATE FUNCTION stance_audit_revision() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        client text;
      BEGIN
        SELECT a.client_id INTO client FROM public.assessments a WHERE a.id = new.assessment_id;
        IF TG_OP = 'INSERT' AND new.revision > 1 THEN
          INSERT INTO public.audit_events (actor, action, client_id, assessment_id, revision)
            VALUES (session_user, 'amend', client, new.assessment_id, new.revision);
        END IF;
        IF new.status = 'final' AND (TG_OP = 'INSERT' OR old.status <> 'final') THEN
          INSERT INTO public.audit_events (actor, action, client_id, assessment_id, revision)
            VALUES (session_user, 'finalize', client, new.assessment_id, new.revision);
        END IF;
        RETURN NULL;
      END $$;
    REVOKE ALL ON FUNCTION stance_audit_revision() FROM PUBLIC;
    CREATE TRIGGER revisions_audited AFTER INSERT OR UPDATE ON assessment_revisions
      FOR EACH ROW EXECUTE FUNCTION stance_audit_revision();

    CREATE FUNCTION stance_audit_erase() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        INSERT INTO public.audit_events (actor, action, client_id)
          VALUES (session_user, 'erase', old.id);
        RETURN NULL;
      END $$;
    REVOKE ALL ON FUNCTION stance_audit_erase() FROM PUBLIC;
    CREATE TRIGGER clients_erase_audited AFTER DELETE ON clients
      FOR EACH ROW EXECUTE FUNCTION stance_audit_erase();

    -- An export leaves the server as a file the app writes, so the app reports it here.
    CREATE FUNCTION stance_record_export(exported_client text) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM public.clients WHERE id = exported_client) THEN
          RAISE EXCEPTION 'There is no client %.', exported_client USING ERRCODE = 'no_data_found';
        END IF;
        INSERT INTO public.audit_events (actor, action, client_id)
          VALUES (session_user, 'export', exported_client);
      END $$;
    REVOKE ALL ON FUNCTION stance_record_export(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION stance_record_export(text) TO stance_practitioner;

    CREATE FUNCTION stance_add_practitioner(login text, password text) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF login !~ '^[a-z][a-z0-9_]{1,40}$' OR login LIKE 'pg\\_%' OR login LIKE 'stance\\_%' THEN
          RAISE EXCEPTION 'A practitioner''s sign-in name is 2 to 41 lower-case letters, digits or _, starting with a letter.'
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF length(password) < 12 THEN
          RAISE EXCEPTION 'A practitioner''s password needs at least 12 characters.'
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
          RAISE EXCEPTION 'There is already someone called % on this server.', login
            USING ERRCODE = 'duplicate_object';
        END IF;
        EXECUTE format(
          'CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS IN ROLE stance_practitioner',
          login, password);
      END $$;
    REVOKE ALL ON FUNCTION stance_add_practitioner(text, text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION stance_add_practitioner(text, text) TO stance_owner;

    -- Someone who leaves keeps her name on her records; she can no longer sign in.
    CREATE FUNCTION stance_retire_practitioner(login text) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF NOT pg_has_role(login, 'stance_practitioner', 'MEMBER')
           OR pg_has_role(login, 'stance_owner', 'MEMBER')
           OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND (rolsuper OR rolcreaterole)) THEN
          RAISE EXCEPTION '% is not a practitioner this studio can retire.', login
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
      END $$;
    REVOKE ALL ON FUNCTION stance_retire_practitioner(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION stance_retire_practitioner(text) TO stance_owner;
  `,
};
