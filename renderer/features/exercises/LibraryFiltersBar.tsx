import {
  bodyRegions,
  exercisePhases,
  phaseLabels,
  regionLabels,
} from '../../../shared/domain/exercises';
import { SearchBox } from '../../components/SearchBox';
import {
  isPhase,
  isRegion,
  isSource,
  type LibraryFilters,
  type SourceFilter,
} from './library-filters';

const sourceLabels: Record<SourceFilter, string> = {
  all: 'Built-in and your own',
  'built-in': 'Built-in only',
  own: 'Your own only',
};

/** The search box and the narrowing choices above the library; every change applies at once. */
export function LibraryFiltersBar({
  filters,
  onChange,
}: {
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
}) {
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="exercise-filters">
      <SearchBox
        id="exercise-search"
        label="Search exercises"
        placeholder="Search by name, muscle or purpose"
        value={filters.query}
        onChange={(query) => set({ query })}
      />
      <div className="exercise-filter-row">
        <FilterSelect
          id="exercise-phase"
          label="Phase"
          value={filters.phase}
          options={[
            ['all', 'All phases'],
            ...exercisePhases.map((phase) => [phase, phaseLabels[phase]] as const),
          ]}
          onChange={(value) => {
            if (value === 'all' || isPhase(value)) set({ phase: value });
          }}
        />
        <FilterSelect
          id="exercise-region"
          label="Body region"
          value={filters.region}
          options={[
            ['all', 'All regions'],
            ...bodyRegions.map((region) => [region, regionLabels[region]] as const),
          ]}
          onChange={(value) => {
            if (value === 'all' || isRegion(value)) set({ region: value });
          }}
        />
        <FilterSelect
          id="exercise-source"
          label="Source"
          value={filters.source}
          options={Object.entries(sourceLabels)}
          onChange={(value) => {
            if (isSource(value)) set({ source: value });
          }}
        />
        <label className="toggle exercise-retired-toggle">
          <input
            type="checkbox"
            className="toggle-input"
            checked={filters.showRetired}
            onChange={(event) => set({ showRetired: event.target.checked })}
          />
          <span className="toggle-track" aria-hidden="true" />
          Show retired
        </label>
      </div>
    </div>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  return (
    <span className="exercise-filter">
      <label htmlFor={id} className="sort-label">
        {label}
      </label>
      <span className="select-wrap">
        <select
          id={id}
          className="select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      </span>
    </span>
  );
}
