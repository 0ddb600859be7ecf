/** The measures of both photos in one table, with the change from the earlier to the later. */
import type { LandmarkSet, PhotoView } from '../../../shared/domain/photo-views';
import type { UnitSystem } from '../../../shared/domain/settings';
import { compareMeasures, type MeasureCell } from './comparison-measures';

interface ComparisonMeasuresProps {
  view: PhotoView;
  earlier: { when: string; landmarks: LandmarkSet };
  later: { when: string; landmarks: LandmarkSet };
  units: UnitSystem;
}

export function ComparisonMeasures({ view, earlier, later, units }: ComparisonMeasuresProps) {
  const rows = compareMeasures(view, earlier.landmarks, later.landmarks, units);
  if (rows.length === 0)
    return (
      <p className="muted">
        This view has no measures; compare the photos and their landmarks by eye.
      </p>
    );
  return (
    <div className="table-frame table-frame-flat">
      <table className="compare-table">
        <caption className="visually-hidden">Measures on both photos, with the change</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Earlier, {earlier.when}</th>
            <th scope="col">Later, {later.when}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-measure={row.id}>
              <th scope="row">{row.label}</th>
              <Cell cell={row.earlier} />
              <Cell cell={row.later} />
              <td className="compare-change">
                {row.change ?? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">Not measured on both photos</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell }: { cell: MeasureCell }) {
  return (
    <td>
      <span className="compare-value">{cell.value}</span>
      <span className="compare-detail">{cell.detail}</span>
    </td>
  );
}
