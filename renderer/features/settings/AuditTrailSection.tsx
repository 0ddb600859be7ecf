/**
 * Settings → Audit trail: the studio owner reads who finalized, amended, erased, exported, moved
 * in and imported which client's records on the studio database, newest first, a page at a time,
 * for everyone, one practitioner or one client. Read on the saved studio connection when she asks,
 * never at page load: most practitioners have no studio, and the server may be far away.
 */
import { useState } from 'react';
import { invoke } from '../../api';
import { ActionMessage, type ActionMessageContent } from '../../components/ActionMessage';
import { SettingsSection } from '../../components/SettingsSection';
import { formatCalendarDate } from '../../lib/format';
import {
  auditEventSentence,
  type AuditEvent,
  type AuditTrailPage,
} from '../../../shared/domain/audit-trail';

const PAGE_SIZE = 50;

interface Filters {
  practitioner: string | null;
  client: { id: string; name: string } | null;
}

interface Shown {
  signedInAs: string;
  events: readonly AuditEvent[];
  practitioners: readonly string[];
  olderThan: number | null;
  filters: Filters;
}

const moment = (timestamp: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(timestamp),
  );

export function AuditTrailSection() {
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessageContent | null>(null);

  /** Reads the newest page for `filters`, or the page after the one shown when `older`. */
  const read = async (filters: Filters, older: boolean) => {
    setBusy(true);
    setMessage(null);
    const result = await invoke('audit:trail', {
      clientId: filters.client?.id ?? null,
      practitioner: filters.practitioner,
      before: older ? (shown?.olderThan ?? null) : null,
      limit: PAGE_SIZE,
    });
    setBusy(false);
    if (!result.ok) {
      setMessage({ tone: 'problem', text: result.error.message });
      return;
    }
    const page: AuditTrailPage = result.value;
    setShown({
      signedInAs: page.signedInAs,
      events: older && shown ? [...shown.events, ...page.events] : page.events,
      practitioners: page.practitioners,
      olderThan: page.olderThan,
      filters,
    });
  };

  const filters = shown?.filters ?? { practitioner: null, client: null };

  return (
    <SettingsSection
      id="audit-trail"
      title="Audit trail"
      description="For the studio’s owner: who finalized, amended, erased, exported, moved in and imported which client’s records on the studio database, newest first. It is read from the studio server with the connection saved above, and nobody can change it from Stance."
    >
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void read(filters, false)}
        >
          {shown ? 'Read the audit trail again' : 'Show the audit trail'}
        </button>
      </div>
      {shown && (
        <>
          <p className="settings-section-text">
            Signed in to the studio database as “{shown.signedInAs}”.
          </p>
          <div className="audit-trail-filters">
            <label htmlFor="audit-practitioner" className="audit-trail-label">
              Practitioner
            </label>
            <span className="select-wrap">
              <select
                id="audit-practitioner"
                className="select"
                disabled={busy}
                value={filters.practitioner ?? ''}
                onChange={(event) =>
                  void read({ ...filters, practitioner: event.target.value || null }, false)
                }
              >
                <option value="">Everyone</option>
                {shown.practitioners.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </span>
            {filters.client && (
              <>
                <span>Only {filters.client.name}.</span>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => void read({ ...filters, client: null }, false)}
                >
                  Show every client
                </button>
              </>
            )}
          </div>
          {shown.events.length === 0 ? (
            <p className="muted">Nothing in the audit trail matches.</p>
          ) : (
            <AuditTable
              events={shown.events}
              disabled={busy}
              clientFiltered={filters.client !== null}
              onOnlyClient={(client) => void read({ ...filters, client }, false)}
            />
          )}
          {shown.olderThan !== null && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void read(filters, true)}
              >
                Show older events
              </button>
            </div>
          )}
        </>
      )}
      <ActionMessage message={message} />
    </SettingsSection>
  );
}

interface AuditTableProps {
  events: readonly AuditEvent[];
  disabled: boolean;
  clientFiltered: boolean;
  onOnlyClient: (client: { id: string; name: string }) => void;
}

function AuditTable({ events, disabled, clientFiltered, onOnlyClient }: AuditTableProps) {
  return (
    <div className="table-frame">
      <table className="data-table audit-trail-table">
        <caption className="visually-hidden">Audit trail, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What happened</th>
            <th scope="col">Who</th>
            {!clientFiltered && (
              <th scope="col">
                <span className="visually-hidden">Filter</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const name = event.clientName ?? 'this erased client';
            return (
              <tr key={event.id}>
                <th scope="row" className="nowrap">
                  {moment(event.happenedAt)}
                </th>
                <td>{auditEventSentence(event, formatCalendarDate)}</td>
                <td>{event.actor}</td>
                {!clientFiltered && (
                  <td className="action-cell">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={disabled}
                      onClick={() => onOnlyClient({ id: event.clientId, name })}
                    >
                      <span>
                        Only this client
                        <span className="visually-hidden"> ({name})</span>
                      </span>
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
