import { z } from 'zod';
import type { AuditTrailPage } from '../domain/audit-trail';
import { channel, entityId } from './define';

/** A page holds at most this many events; the view asks for the next page when she wants it. */
export const AUDIT_PAGE_MAX = 200;

export const auditTrailRequestSchema = z.strictObject({
  /** Only this client's events; null for everyone's. */
  clientId: entityId('client').nullable().default(null),
  /** Only this practitioner's events, by sign-in name; null for everyone's. */
  practitioner: z
    .string({ error: 'Choose a practitioner from the list.' })
    .min(1, { error: 'Choose a practitioner from the list.' })
    .max(63, { error: 'A sign-in name on the server is at most 63 characters.' })
    .nullable()
    .default(null),
  /** Events older than this one (the `olderThan` of the page before); null for the newest. */
  before: z
    .number({ error: 'That page of the audit trail is not valid.' })
    .int({ error: 'That page of the audit trail is not valid.' })
    .positive({ error: 'That page of the audit trail is not valid.' })
    .nullable()
    .default(null),
  limit: z
    .number({ error: 'The page size must be a number.' })
    .int({ error: 'The page size must be a whole number.' })
    .min(1, { error: 'The page size must be at least 1.' })
    .max(AUDIT_PAGE_MAX, { error: `The page size can be at most ${AUDIT_PAGE_MAX}.` })
    .default(50),
});

export const auditChannels = {
  /**
   * The studio's audit trail, newest first, read on the saved studio connection: who finalized,
   * amended, erased, exported, moved in and imported which client's records. Only for the studio's owner (a role in
   * `stance_owner`); anyone else is told so in plain words. Reads only.
   */
  'audit:trail': channel<AuditTrailPage>()(auditTrailRequestSchema),
};
