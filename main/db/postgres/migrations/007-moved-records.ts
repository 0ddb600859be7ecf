import type { StudioMigration } from './types';

/**
 * Records a practitioner moves from her own computer say so in the audit trail.
 *
 * A move inserts revisions that were finalized (and amended) on her computer, weeks or years ago.
 * The audit triggers would log each as a 'finalize' or 'amend' dated now, which tells the studio
 * owner something false: nobody signed those off today. So while a move runs (it sets
 * `stance.moving` for its own transaction only), an inserted client logs one 'move' event and an
 * inserted final or amended revision logs 'move' instead: still one entry per signed-off revision,
 * still who (session_user) and when it arrived; when it was signed off stays in `finalized_at`,
 * copied unchanged. `created_by` and `finalized_by` keep naming the signed-in role: the one who
 * moves her records is the one who made and finalized them.
 *
 * The setting is only a label, never a way round the trail: every insert still writes an event,
 * and a draft finalized by UPDATE logs 'finalize' whatever the setting says.
 */
export const movedRecords: StudioMigration = {
  version: 7,
  name: 'moved records in the audit trail',
  sql: `
    ALTER TABLE audit_events DROP CONSTRAINT audit_events_action_check;
    ALTER TABLE audit_events ADD CONSTRAINT audit_events_action_check
      CHECK (action IN ('finalize', 'amend', 'erase', 'export', 'move'));

    CREATE FUNCTION stance_moving() RETURNS boolean
      LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('stance.moving', true), '') = 'on' $$;

    CREATE OR REPLACE FUNCTION stance_audit_revision() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        client text;
        signed_off boolean := new.status = 'final' AND (TG_OP = 'INSERT' OR old.status <> 'final');
      BEGIN
        SELECT a.client_id INTO client FROM public.assessments a WHERE a.id = new.assessment_id;
        IF TG_OP = 'INSERT' AND public.stance_moving() THEN
          IF new.revision > 1 OR signed_off THEN
            INSERT INTO public.audit_events (actor, action, client_id, assessment_id, revision)
              VALUES (session_user, 'move', client, new.assessment_id, new.revision);
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

    CREATE FUNCTION stance_audit_moved_client() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF public.stance_moving() THEN
          INSERT INTO public.audit_events (actor, action, client_id)
            VALUES (session_user, 'move', new.id);
        END IF;
        RETURN NULL;
      END $$;
    REVOKE ALL ON FUNCTION stance_audit_moved_client() FROM PUBLIC;
    CREATE TRIGGER clients_move_audited AFTER INSERT ON clients
      FOR EACH ROW EXECUTE FUNCTION stance_audit_moved_client();
  `,
};
