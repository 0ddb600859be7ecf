/** The measures the placed landmarks give, to 0.1, or what is still missing for each. */
import type { MeasureRow } from './measure-text';

export function MeasuresPanel({
  rows,
  calibrated,
}: {
  rows: readonly MeasureRow[];
  calibrated: boolean;
}) {
  return (
    <section className="pa-panel pa-measures" aria-labelledby="pa-measures-title">
      <h2 className="pa-panel-title" id="pa-measures-title">
        Measures
      </h2>
      {rows.length === 0 ? (
        <p className="muted">This view has no measures; its landmarks are shown for reference.</p>
      ) : (
        <ul className="pa-measure-list">
          {rows.map((row) => (
            <li
              key={row.id}
              className={
                row.measured
                  ? 'pa-measure'
                  : row.provisional
                    ? 'pa-measure pa-measure-provisional'
                    : `pa-measure pa-measure-missing${row.waiting ? ' pa-measure-waiting' : ''}`
              }
              data-measure={row.id}
            >
              <span className="pa-measure-label">{row.label}</span>{' '}
              <span className="pa-measure-value">{row.value}</span>{' '}
              <span className="pa-measure-detail">{row.detail}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="pa-hint muted">
        Angles are taken against the plumb line once it is placed, otherwise against the photo’s
        edges.
        {calibrated ? '' : ' Distances are in pixels until a known length is given.'}
      </p>
    </section>
  );
}
