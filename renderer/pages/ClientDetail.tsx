import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { clientDisplayName, type Client } from '../../shared/domain/clients';
import { AlertBanner } from '../components/AlertBanner';
import { BackToClients } from '../components/BackLink';
import { OrNotRecorded } from '../components/ClientTable';
import { PageHeader } from '../components/PageHeader';
import { ageInYears, formatCalendarDate, formatDayOf } from '../format';
import { useClient } from '../hooks/useClient';

export function ClientDetail({ id }: { id: string }) {
  const load = useClient(id);

  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  if (load.status === 'failed') {
    const missing = load.error.code === 'not-found' || load.error.code === 'invalid-input';
    return (
      <div className="page">
        <PageHeader
          title={missing ? 'Client not found' : 'This client could not be opened'}
          before={<BackToClients />}
          focusOnArrival
        />
        <AlertBanner
          title={missing ? 'That client is not in your records.' : 'Something went wrong.'}
        >
          <p>{load.error.message}</p>
          <p>
            <Link href="/">Go back to your clients</Link>
          </p>
        </AlertBanner>
      </div>
    );
  }
  return <ClientPage client={load.client} />;
}

function ClientPage({ client }: { client: Client }) {
  return (
    <div className="page">
      <PageHeader
        title={clientDisplayName(client)}
        before={<BackToClients />}
        subtitle={`Client since ${formatDayOf(client.createdAt)}`}
        focusOnArrival
      />
      <section className="card" aria-labelledby="client-details-title">
        <h2 className="card-title" id="client-details-title">
          Details
        </h2>
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
            {client.notes ? (
              <p className="notes-text">{client.notes}</p>
            ) : (
              <OrNotRecorded value="" />
            )}
          </Detail>
        </dl>
      </section>
    </div>
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
