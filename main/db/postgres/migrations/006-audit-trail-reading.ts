import type { StudioMigration } from './types';

/**
 * What the owner's view of the audit trail needs. The trail is read newest first, one page at a
 * time, for the whole studio, one client or one practitioner: the two indexes let a page of one
 * client's or one practitioner's events stop after a page of rows instead of walking the whole
 * trail. The view names each client and the date of each assessment, so the owner's group may read
 * those few columns even when her role is not also a practitioner; the records themselves stay
 * the practitioners'. The trail's own counter was made after migration 003 granted the sequences,
 * so pg_dump run by the owner was refused it: reading it lets her back up the whole studio (it
 * does not let her take a number, which only the trail's triggers do).
 */
export const auditTrailReading: StudioMigration = {
  version: 6,
  name: 'reading the audit trail',
  sql: `
    CREATE INDEX audit_events_by_client ON audit_events (client_id, id);
    CREATE INDEX audit_events_by_actor ON audit_events (actor, id);
    GRANT SELECT (id, first_name, last_name) ON clients TO stance_owner;
    GRANT SELECT (id, client_id, assessed_on) ON assessments TO stance_owner;
    GRANT SELECT ON SEQUENCE audit_events_id_seq TO stance_owner;
  `,
};
