import { Link } from 'wouter';
import type { ClientSummary } from '../../../shared/domain/clients';
import { clientDisplayName } from '../../../shared/domain/clients';
import { ageInYears, formatCalendarDate, formatDayOf } from '../../lib/format';

/** Clients as rows; the name is a real link, and the whole row is its click target. */
export function ClientTable({
  clients,
  caption,
  archived = false,
}: {
  clients: readonly ClientSummary[];
  caption: string;
  /** The archive's rows say when each client was archived instead of when they were added. */
  archived?: boolean;
}) {
  return (
    <div className="table-frame">
      <table className="client-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
            <th scope="col" className="contact-cell">
              Contact
            </th>
            <th scope="col">Last visit</th>
            <th scope="col" className="added-cell">
              {archived ? 'Archived' : 'Added'}
            </th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <ClientRow key={client.id} client={client} archived={archived} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClientRow({ client, archived }: { client: ClientSummary; archived: boolean }) {
  const since = archived && client.archivedAt ? client.archivedAt : client.createdAt;
  return (
    <tr>
      <th scope="row" className="client-name-cell">
        <Link
          href={`/clients/${client.id}`}
          className="row-link client-name-link"
          title={clientDisplayName(client)}
        >
          {clientDisplayName(client)}
        </Link>
      </th>
      <td className="nowrap">
        <BirthDate dateOfBirth={client.dateOfBirth} />
      </td>
      <td className="contact-cell">
        <ContactLines email={client.email} phone={client.phone} />
      </td>
      <td className="nowrap">
        {client.lastVisitOn ? (
          formatCalendarDate(client.lastVisitOn)
        ) : (
          <span className="muted">None yet</span>
        )}
      </td>
      <td className="nowrap added-cell">{formatDayOf(since)}</td>
    </tr>
  );
}

function BirthDate({ dateOfBirth }: { dateOfBirth: string }) {
  const age = ageInYears(dateOfBirth);
  if (age === null) return <OrNotRecorded value="" />;
  return (
    <span className="cell-lines">
      <span>{formatCalendarDate(dateOfBirth)}</span>
      <span className="muted">Age {age}</span>
    </span>
  );
}

/** Email over phone in one column, so the list still fits a small window without scrolling. */
function ContactLines({ email, phone }: { email: string; phone: string }) {
  if (!email && !phone) return <OrNotRecorded value="" />;
  return (
    <span className="cell-lines">
      {email && <span title={email}>{email}</span>}
      {phone && <span className={email ? 'muted' : undefined}>{phone}</span>}
    </span>
  );
}

export function OrNotRecorded({ value }: { value: string }) {
  if (value) return <>{value}</>;
  return (
    <>
      <span className="muted" aria-hidden="true">
        —
      </span>
      <span className="visually-hidden">Not recorded</span>
    </>
  );
}
