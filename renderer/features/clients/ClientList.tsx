import { useState } from 'react';
import type { ClientSortOrder } from '../../../shared/contract';
import { AlertBanner } from '../../components/AlertBanner';
import { ClientListControls } from './ClientListControls';
import { ClientTable } from './ClientTable';
import { EmptyState } from '../../components/EmptyState';
import { KeptNewClientNotice } from './KeptNewClientNotice';
import { NewClientLink } from './NewClientLink';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { plural } from '../../lib/format';
import { useClientSearch, type ClientSearch } from './useClientSearch';
import { useImportClient } from './useImportClient';
import { useRememberedSort } from './useRememberedSort';

/** Matches the default page size of `clients:list`. */
const LIST_LIMIT = 200;

const orderWords: Record<ClientSortOrder, string> = {
  newest: 'newest first',
  name: 'by last name',
  'last-visit': 'most recent visit first',
};

export function ClientList() {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useRememberedSort();
  const [archived, setArchived] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const search = useClientSearch({ query, sort, archived }, attempt);
  const importing = useImportClient();

  return (
    <div className="page">
      <PageHeader
        title="Clients"
        // Under the title rather than beside the search: from the search box, Tab goes straight
        // to the results and Shift+Tab to "New client".
        subtitle={
          <ClientListControls
            sort={sort}
            onSortChange={setSort}
            searching={query.trim() !== ''}
            showArchived={archived}
            onShowArchivedChange={setArchived}
          />
        }
        actions={
          <>
            <button
              type="button"
              className="button"
              disabled={importing.importing}
              onClick={() => void importing.importClient()}
            >
              {importing.importing ? 'Importing…' : 'Import client…'}
            </button>
            <NewClientLink />
          </>
        }
      />
      <KeptNewClientNotice />
      {importing.problem && (
        <AlertBanner
          title="The client record was not imported."
          actions={
            <button type="button" className="button" onClick={importing.dismissProblem}>
              Dismiss
            </button>
          }
        >
          <p>{importing.problem.message}</p>
        </AlertBanner>
      )}
      {archived && (
        <p className="archive-label">
          <ArchiveIcon />
          <span>
            <strong>Archived clients.</strong> They are kept out of your everyday list and its
            searches. Open one to restore it.
          </span>
        </p>
      )}
      <div className="list-toolbar">
        <SearchBox
          id="client-search"
          label="Search clients"
          placeholder="Search name, email, phone, notes"
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
        onShowActive={() => setArchived(false)}
        onRetry={() => setAttempt((count) => count + 1)}
      />
    </div>
  );
}

interface ClientListBodyProps {
  search: ClientSearch;
  onClearSearch: () => void;
  onShowActive: () => void;
  onRetry: () => void;
}

function ClientListBody({ search, onClearSearch, onShowActive, onRetry }: ClientListBodyProps) {
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
  if (search.clients.length === 0 && search.query === '' && search.archived) {
    return (
      <EmptyState
        title="No archived clients"
        actions={
          <button type="button" className="button" onClick={onShowActive}>
            Show current clients
          </button>
        }
      >
        <p>Clients you archive are kept here, with everything recorded for them.</p>
      </EmptyState>
    );
  }
  if (search.clients.length === 0 && search.query === '') {
    return (
      <EmptyState title="No clients yet" actions={<NewClientLink label="Add your first client" />}>
        <p>Everyone you add appears here, newest first.</p>
      </EmptyState>
    );
  }
  if (search.clients.length === 0) {
    return (
      <EmptyState
        title={`No ${search.archived ? 'archived ' : ''}clients match “${search.query}”`}
        actions={
          <button type="button" className="button" onClick={onClearSearch}>
            Clear search
          </button>
        }
      >
        <p>Check the spelling, or search by name, email, phone or a word from the notes.</p>
      </EmptyState>
    );
  }
  const which = search.archived ? 'Archived clients' : 'Clients';
  return (
    <>
      <ClientTable
        clients={search.clients}
        archived={search.archived}
        caption={
          search.query === ''
            ? `${which}, ${orderWords[search.sort]}`
            : `${which} matching “${search.query}”, best match first`
        }
      />
      {search.clients.length >= LIST_LIMIT && (
        <p className="list-footnote">
          Showing the first {search.clients.length} clients. Search to find anyone else.
        </p>
      )}
    </>
  );
}

function describeResults(search: ClientSearch): string {
  if (search.status !== 'ready') return '';
  const count = search.clients.length;
  const archived = search.archived ? 'archived ' : '';
  if (search.query === '') {
    return count === 0
      ? ''
      : `${plural(count, `${archived}client`, `${archived}clients`)}, ${orderWords[search.sort]}`;
  }
  if (count === 0) return 'No matches';
  // A search is ranked by relevance whatever the sort says, so the count line says so.
  return `${plural(count, `${archived}match`, `${archived}matches`)}, best first`;
}

function ArchiveIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className="archive-icon">
      <rect
        x="1.5"
        y="2.5"
        width="13"
        height="3.5"
        rx="1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
      <path
        d="M2.8 6v6.5a1 1 0 0 0 1 1h8.4a1 1 0 0 0 1-1V6M6.2 9h3.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </svg>
  );
}
