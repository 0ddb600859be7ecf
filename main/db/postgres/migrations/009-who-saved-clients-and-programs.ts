import type { StudioMigration } from './types';

/**
 * Who last saved each client's details and each program, so a practitioner whose save is refused
 * (someone saved the same record since she opened it) is told by whom, as drafts already are.
 * The server fills it in from the signed-in role (the trigger function of migration 2), so a
 * modified copy of Stance cannot put someone else's name there. Rows saved before this step have
 * no name: nobody is guessed.
 */
export const whoSavedClientsAndPrograms: StudioMigration = {
  version: 9,
  name: 'who saved each client and program',
  sql: `
    ALTER TABLE clients ADD COLUMN updated_by text;
    ALTER TABLE programs ADD COLUMN updated_by text;
    CREATE TRIGGER clients_record_who_saved BEFORE INSERT OR UPDATE ON clients
      FOR EACH ROW EXECUTE FUNCTION stance_record_who_saved();
    CREATE TRIGGER programs_record_who_saved BEFORE INSERT OR UPDATE ON programs
      FOR EACH ROW EXECUTE FUNCTION stance_record_who_saved();
  `,
};
