import type { ReactNode, Ref } from 'react';
import type { Client } from '../../../shared/domain/clients';
import { ageInYears, formatCalendarDate } from '../../lib/format';
import { OrNotRecorded } from './ClientTable';

interface ClientDetailsCardProps {
  client: Client;
  onEdit: () => void;
  editButton: Ref<HTMLButtonElement>;
}

export function ClientDetailsCard({ client, onEdit, editButton }: ClientDetailsCardProps) {
  return (
    <section className="card" aria-labelledby="client-details-title">
      <div className="card-header">
        <h2 className="card-title" id="client-details-title">
          Details
        </h2>
        <button type="button" className="button button-small" ref={editButton} onClick={onEdit}>
          <PencilIcon />
          Edit details
        </button>
      </div>
      <dl className="details">
        <Detail term="Date of birth">
          <BirthDateAndAge dateOfBirth={client.dateOfBirth} />
        </Detail>
        <Detail term="Occupation">
          <OrNotRecorded value={client.occupation} />
        </Detail>
        <Detail term="Email">
          <OrNotRecorded value={client.email} />
        </Detail>
        <Detail term="Phone">
          <OrNotRecorded value={client.phone} />
        </Detail>
        <Detail term="Notes" wide>
          {client.notes ? <p className="notes-text">{client.notes}</p> : <OrNotRecorded value="" />}
        </Detail>
      </dl>
    </section>
  );
}

function Detail({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'detail detail-wide' : 'detail'}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function BirthDateAndAge({ dateOfBirth }: { dateOfBirth: string }) {
  const age = ageInYears(dateOfBirth);
  if (age === null) return <OrNotRecorded value="" />;
  return (
    <>
      {formatCalendarDate(dateOfBirth)} <span className="muted">(age {age})</span>
    </>
  );
}

function PencilIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        d="M10.5 2.5l3 3L6 13H3v-3l7.5-7.5z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
