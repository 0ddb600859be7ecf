import type { ClientSortOrder } from '../../../shared/contract';
import { isClientSortOrder } from './useRememberedSort';

export const sortLabels: Record<ClientSortOrder, string> = {
  newest: 'Newest',
  name: 'Name',
  'last-visit': 'Last visit',
};

interface ClientListControlsProps {
  sort: ClientSortOrder;
  onSortChange: (sort: ClientSortOrder) => void;
  /** A search is ranked by relevance, so the order cannot be chosen while one is typed. */
  searching: boolean;
  showArchived: boolean;
  onShowArchivedChange: (show: boolean) => void;
}

/** How the list is ordered and which clients it holds: the everyday list or the archive. */
export function ClientListControls({
  sort,
  onSortChange,
  searching,
  showArchived,
  onShowArchivedChange,
}: ClientListControlsProps) {
  return (
    // Spans only: this sits in the page header's subtitle paragraph.
    <span className="list-controls">
      <span className="sort-control">
        <label htmlFor="client-sort" className="sort-label">
          Sort by
        </label>
        {/* The wrapper draws the arrow: the CSP allows no data: image for one. */}
        <span className="select-wrap">
          <select
            id="client-sort"
            className="select"
            value={sort}
            disabled={searching}
            title={searching ? 'Search results are ordered by best match' : undefined}
            onChange={(event) => {
              if (isClientSortOrder(event.target.value)) onSortChange(event.target.value);
            }}
          >
            {(Object.keys(sortLabels) as ClientSortOrder[]).map((order) => (
              <option key={order} value={order}>
                {sortLabels[order]}
              </option>
            ))}
          </select>
        </span>
      </span>
      <label className="toggle">
        <input
          type="checkbox"
          className="toggle-input"
          checked={showArchived}
          onChange={(event) => onShowArchivedChange(event.target.checked)}
        />
        <span className="toggle-track" aria-hidden="true" />
        Show archived
      </label>
    </span>
  );
}
