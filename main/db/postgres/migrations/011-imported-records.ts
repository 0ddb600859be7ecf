import type { StudioMigration } from './types';

/**
 * Records imported from a client record file say so in the audit trail, as moved records do
 * (migration 7).
 *
 * An import inserts revisions that were finalized (and amended) wherever the file was exported,
 * so the audit triggers logged each one as a 'finalize' or 'amend' by whoever imported it, dated
 * now. Nobody signed them off today. So the one transaction-local label now says how records
 * arrive: `stance.arriving` is 'move' or 'import' (it replaces migration 7's `stance.moving`). While
 * it is set, an inserted client logs one event with that action, and so does each inserted final or
 * amended revision. The event still names who (session_user) and when the records arrived; when
 * they were signed off stays in `finalized_at`, copied unchanged.
 *
 * The label still only names the action. It never lets anyone past the trail: every insert still
 * writes an event, a draft finalized by UPDATE logs 'finalize' whatever the label says, and a
 * value other than 'move' or 'import' counts as no label.
 */
export const importedRecords: StudioMigration = {
  version: 11,
  name: 'imported records in the audit trail',
  sql: `
    ALTER TABLE audit_events DROP CONSTRAINT audit_events_action_check;
    ALTER TABLE audit_events ADD CONSTRAINT audit_events_action_check
      CHECK (action IN ('finalize', 'amend', 'erase', 'export', 'move', 'import'));

    CREATE FUNCTION stance_arrival() RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT CASE current_setting('stance.arriving', true)
          WHEN 'move' THEN 'move' WHEN 'import' THEN 'import' END $$;

    CREATE OR REPLACE FUNCTION stance_audit_revision() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        client text;
        signed_off boolean := new.status = 'final' AND (TG_OP = 'INSERT' OR old.status <> 'final');
        arrival text := CASE WHEN TG_OP = 'INSERT' THEN public.stance_arrival() END;
      BEGIN
        SELECT a.client_id INTO client FROM public.assessments a WHERE a.id = new.assessment_id;
        IF arrival IS NOT NULL THEN
          IF new.revision > 1 OR signed_off THEN
            INSERT INTO public.audit_events (actor, action, client_id, assessment_id, revision)
              VALUES (session_user, arrival, client, new.assessment_id, new.revision);
          END IF;
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' AND new.revision > 1 THEN
          INSERT INTO public.audit_events (actor, action, client_id, assessment_id, revision)
            VALUES (session_user, 'amend', client, new.assessment_id, new.revision);
        END IF;
        IF signed_off THEN
          INSERT INTO public.audit_events (actor, action, client_id, assessment_id, revision)
            VALUES (session_user, 'finalize', client, new.assessment_id, new.revision);
        END IF;
        RETURN NULL;
      END $$;

    DROP TRIGGER clients_move_audited ON clients;
    DROP FUNCTION stance_audit_moved_client();
    DROP FUNCTION stance_moving();
    CREATE FUNCTION stance_audit_arrived_client() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        arrival text := public.stance_arrival();
      BEGIN
        IF arrival IS NOT NULL THEN
          INSERT INTO public.audit_events (actor, action, client_id)
            VALUES (session_user, arrival, new.id);
        END IF;
        RETURN NULL;
      END $$;
    REVOKE ALL ON FUNCTION stance_audit_arrived_client() FROM PUBLIC;
    CREATE TRIGGER clients_arrival_audited AFTER INSERT ON clients
      FOR EACH ROW EXECUTE FUNCTION stance_audit_arrived_client();
  `,
};
