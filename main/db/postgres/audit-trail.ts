/**
 * Reading the studio's audit trail on the server, for its owner. The server decides who may: the
 * trail is granted to `stance_owner` only, and this asks first so a practitioner is told in
 * plain words rather than shown "permission denied".
 */
import type { ParsedRequestOf } from '../../../shared/contract';
import { clientDisplayName } from '../../../shared/domain/clients';
import type { AuditAction, AuditEvent, AuditTrailPage } from '../../../shared/domain/audit-trail';
import { AppError } from '../../../shared/errors';
import type { Queryable } from './transaction';

interface EventRow {
  id: string;
  happened_at: Date;
  actor: string;
  action: AuditAction;
  client_id: string;
  assessment_id: string | null;
  revision: number | null;
  first_name: string | null;
  last_name: string | null;
  assessed_on: string | null;
}

// Each filter is a parameter that is null when not used: node-postgres sends unnamed statements,
// planned with the values given, so an unused filter costs nothing and a used one takes its index.
const pageSql = `
  SELECT e.id, e.happened_at, e.actor, e.action, e.client_id, e.assessment_id, e.revision,
    c.first_name, c.last_name, a.assessed_on
  FROM audit_events e
  LEFT JOIN clients c ON c.id = e.client_id
  LEFT JOIN assessments a ON a.id = e.assessment_id
  WHERE ($1::text IS NULL OR e.client_id = $1)
    AND ($2::text IS NULL OR e.actor = $2)
    AND ($3::bigint IS NULL OR e.id < $3)
  ORDER BY e.id DESC
  LIMIT $4`;

// Everyone in the trail, one index step per name (audit_events_by_actor) rather than a read of
// every event: a studio's handful of practitioners against a trail that only grows.
const actorsSql = `
  WITH RECURSIVE actors(actor) AS (
    (SELECT actor FROM audit_events ORDER BY actor LIMIT 1)
    UNION ALL
    SELECT (SELECT e.actor FROM audit_events e WHERE e.actor > a.actor ORDER BY e.actor LIMIT 1)
    FROM actors a WHERE a.actor IS NOT NULL
  )
  SELECT actor FROM actors WHERE actor IS NOT NULL`;

export async function readAuditTrail(
  db: Queryable,
  { clientId, practitioner, before, limit }: ParsedRequestOf<'audit:trail'>,
): Promise<AuditTrailPage> {
  const signedInAs = await requireOwner(db);
  // One more than asked for says whether an older page exists without counting the trail.
  const page = await db.query<EventRow>(pageSql, [clientId, practitioner, before, limit + 1]);
  const events = page.rows.slice(0, limit).map(toEvent);
  const practitioners = await db.query<{ actor: string }>(actorsSql);
  return {
    signedInAs,
    events,
    practitioners: practitioners.rows.map((row) => row.actor),
    olderThan: page.rows.length > limit ? (events.at(-1)?.id ?? null) : null,
  };
}

async function requireOwner(db: Queryable): Promise<string> {
  const who = await db.query<{ who: string; owner: boolean | null }>(
    `SELECT session_user AS who,
       (SELECT pg_has_role(session_user, r.oid, 'MEMBER') FROM pg_roles r
        WHERE r.rolname = 'stance_owner') AS owner`,
  );
  const row = who.rows[0];
  if (!row || row.owner === null) throw olderSchema();
  if (!row.owner)
    throw new AppError(
      'unavailable',
      `Only the studio’s owner can read the audit trail. This computer signs in to the studio database as “${row.who}”, who is a practitioner, not the owner.`,
    );
  return row.who;
}

export const olderSchema = () =>
  new AppError(
    'unavailable',
    'The studio database has no audit trail yet: it was set up by an older Stance. Ask whoever runs the server to run “npm run studio:setup” from this version.',
  );

function toEvent(row: EventRow): AuditEvent {
  return {
    id: Number(row.id),
    happenedAt: row.happened_at.toISOString(),
    actor: row.actor,
    action: row.action,
    clientId: row.client_id,
    clientName:
      row.first_name === null || row.last_name === null
        ? null
        : clientDisplayName({ firstName: row.first_name, lastName: row.last_name }),
    assessmentId: row.assessment_id,
    assessedOn: row.assessed_on,
    revision: row.revision,
  };
}
