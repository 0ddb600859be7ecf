/** The numbers behind a chart, for the keyboard and screen readers: a disclosure and a table. */
import { useId, useState } from 'react';
import { type ChartSpec, type ProgressVisit } from '../../../shared/domain/progress';
import { formatValue, longDay } from './format';

export function NumbersDisclosure({
  chart,
  visits,
}: {
  chart: ChartSpec;
  visits: readonly ProgressVisit[];
}) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <div className="chart-numbers">
      <button
        type="button"
        className="button button-small chart-numbers-toggle"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? 'Hide the numbers' : 'Show the numbers'}
        <span className="visually-hidden"> for {chart.title}</span>
      </button>
      <div id={tableId} hidden={!open}>
        {open && <NumbersTable chart={chart} visits={visits} />}
      </div>
    </div>
  );
}

function NumbersTable({ chart, visits }: { chart: ChartSpec; visits: readonly ProgressVisit[] }) {
  const columns = chart.panels.flatMap((panel) =>
    panel.series.map((series) => ({
      id: series.id,
      // A two-sided chart's series are "Left" and "Right"; one-panel series carry their own name.
      label: chart.panels.length > 1 ? (panel.title ?? series.label) : series.label,
    })),
  );
  return (
    // Focusable because a narrow column may have to scroll it sideways, which keys must reach.
    <div
      className="table-frame table-frame-flat"
      role="group"
      aria-label={`${chart.title}, the numbers`}
      tabIndex={0}
    >
      <table className="data-table chart-table">
        <caption className="visually-hidden">{chart.title}, visit by visit</caption>
        <thead>
          <tr>
            <th scope="col">Visit</th>
            {columns.map((column) => (
              <th scope="col" key={column.id}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visits.map((visit) => (
            <tr key={visit.assessmentId}>
              <th scope="row" className="nowrap">
                {longDay(visit.assessedOn)}
                {visit.status === 'draft' && <span className="muted"> (draft)</span>}
              </th>
              {columns.map((column) => {
                const value = visit.values[column.id];
                return (
                  <td key={column.id} className="nowrap">
                    {value === undefined ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">not recorded</span>
                      </>
                    ) : (
                      formatValue(chart, value)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
