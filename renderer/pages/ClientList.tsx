import { useState } from 'react';
import type { ClientSummary } from '../../shared/domain/clients';
import { AlertBanner } from '../components/AlertBanner';
import { ClientTable } from '../components/ClientTable';
import { EmptyState } from '../components/EmptyState';
import { NewClientButton } from '../components/NewClientButton';
import { PageHeader } from '../components/PageHeader';
import { SearchBox } from '../components/SearchBox';
import { plural } from '../format';
import { useClientSearch, type ClientSearch } from '../hooks/useClientSearch';

/** Matches the default page size of `clients:list`. */
const LIST_LIMIT = 200;

export function ClientList() {
  const [query, setQuery] = useState('');
  const [attempt, setAttempt] = useState(0);
  const search = useClientSearch(query, attempt);

  return (
    <div className="page">
      <PageHeader title="Clients" actions={<NewClientButton />} />
      <div className="list-toolbar">
        <SearchBox
          id="client-search"
          label="Search clients"
          placeholder="Search by name"
          value={query}
          onChange={setQuery}
        />
        <p className="list-count" role="status">
          {describeResults(search)}
        </p>
      </div>
      <ClientListBody
        search={search}
        onClearSearch={() => setQuery('')}
        onRetry={() => setAttempt((count) => count + 1)}
      />
    </div>
  );
}

interface ClientListBodyProps {
  search: ClientSearch;
  onClearSearch: () => void;
  onRetry: () => void;
}

function ClientListBody({ search, onClearSearch, onRetry }: ClientListBodyProps) {
  if (search.status === 'loading') return null;
  if (search.status === 'failed') {
    return (
      <AlertBanner
        title="Your clients could not be loaded."
        actions={
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        }
      >
        <p>{search.error.message}</p>
      </AlertBanner>
    );
  }
  if (search.clients.length === 0 && search.query === '') {
    return (
      <EmptyState
        title="No clients yet"
        actions={<NewClientButton label="Add your first client" />}
      >
        <p>Everyone you add appears here, newest first.</p>
      </EmptyState>
    );
  }
  if (search.clients.length === 0) {
    return (
      <EmptyState
        title={`No clients match “${search.query}”`}
        actions={
          <button type="button" className="button" onClick={onClearSearch}>
            Clear search
          </button>
        }
      >
        <p>Check the spelling, or search by first name, last name or both.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ClientTable
        clients={search.clients}
        caption={
          search.query === '' ? 'Clients, newest first' : `Clients matching “${search.query}”`
        }
      />
      {search.clients.length >= LIST_LIMIT && <MoreClientsHint clients={search.clients} />}
    </>
  );
}

function MoreClientsHint({ clients }: { clients: readonly ClientSummary[] }) {
  return (
    <p className="list-footnote">
      Showing the newest {clients.length} clients. Search by name to find anyone else.
    </p>
  );
}

function describeResults(search: ClientSearch): string {
  if (search.status !== 'ready') return '';
  const count = search.clients.length;
  if (search.query === '')
    return count === 0 ? '' : `${plural(count, 'client', 'clients')}, newest first`;
  return count === 0 ? 'No matches' : `${plural(count, 'match', 'matches')}`;
}
