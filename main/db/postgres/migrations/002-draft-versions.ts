import type { StudioMigration } from './types';

/**
 * Who last saved each revision, so a practitioner whose draft save is refused (someone saved the
 * same draft since she opened it) is told by whom. The server fills it in from the signed-in role
 * on every insert and update, so a modified copy of Stance cannot put someone else's name there.
 */
export const draftVersions: StudioMigration = {
  version: 2,
  name: 'who saved each draft',
  sql: `
    ALTER TABLE assessment_revisions ADD COLUMN updated_by text NOT NULL DEFAULT session_user;

    CREATE FUNCTION stance_record_who_saved() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- session_user, not current_user: SET ROLE or a SECURITY DEFINER function would change the latter.
        new.updated_by := session_user;
        RETURN new;
      END $$;
    CREATE TRIGGER revisions_record_who_saved BEFORE INSERT OR UPDATE ON assessment_revisions
      FOR EACH ROW EXECUTE FUNCTION stance_record_who_saved();
  `,
};
