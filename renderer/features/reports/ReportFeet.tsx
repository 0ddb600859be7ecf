/** Feet and ankles come first: the base the rest of the posture is read from. */
import {
  FOOT_MEASURE_LABELS,
  FOOT_MEASURES,
  formatSigned,
  type FootReading,
  type Fpi6Score,
  type ScoredAssessment,
} from '../../../shared/domain/clinical';
import type { AssessmentBody } from '../../../shared/domain/clinical/assessment-schema';
import { Footprints, Fpi6Bar, type FpiMarker } from './figures';

function readingText(reading: FootReading | undefined): string {
  if (!reading) return 'Not assessed';
  const band =
    reading.categoryLabel && reading.value !== null
      ? ` (${reading.categoryLabel.toLowerCase()})`
      : '';
  return `${reading.valueText}${band}`;
}

function fpiText(side: string, score: Fpi6Score | null): string {
  if (!score) return `${side}: not scored`;
  const total = score.complete
    ? formatSigned(score.total)
    : `${formatSigned(score.total)} from ${score.itemsScored} of 6 items`;
  return `${side}: ${total}${score.band ? `, ${score.band.label.toLowerCase()}` : ''}`;
}

/** Whether any foot measure was recorded at the visit. */
export const feetExamined = (scored: ScoredAssessment): boolean =>
  scored.feet.left.length > 0 || scored.feet.right.length > 0;

export function ReportFeet({
  scored,
  body,
  sidesDiffer,
}: {
  scored: ScoredAssessment;
  body: AssessmentBody;
  /** Where the two feet differ beyond the usual range, in a sentence; null when they do not. */
  sidesDiffer: string | null;
}) {
  const { feet } = scored;
  const markers: FpiMarker[] = [];
  if (feet.fpiLeft?.complete) markers.push({ side: 'Left', total: feet.fpiLeft.total });
  if (feet.fpiRight?.complete) markers.push({ side: 'Right', total: feet.fpiRight.total });
  const measures = FOOT_MEASURES.filter(
    (measure) =>
      measure !== 'footProgression' &&
      (feet.left.some((r) => r.measure === measure) ||
        feet.right.some((r) => r.measure === measure)),
  );
  const leftAngle = body.feet?.left?.footProgressionAngleDeg ?? null;
  const rightAngle = body.feet?.right?.footProgressionAngleDeg ?? null;
  const assessed = feetExamined(scored);

  return (
    <section className="report-section" aria-labelledby="feet-title">
      {!assessed ? (
        <div className="keep-together">
          <h2 id="feet-title">Feet and ankles</h2>
          <p className="muted">The feet were not examined at this visit.</p>
        </div>
      ) : (
        <>
          {/* The heading travels with the first figure, so it never ends a page on its own. */}
          <div className="keep-together">
            <h2 id="feet-title">Feet and ankles</h2>
            <figure className="figure">
              <figcaption>
                <strong>Foot Posture Index (FPI-6)</strong>, from −12 (high-arched, rolled out) to
                +12 (flat, rolled in). {fpiText('Left', feet.fpiLeft)}.{' '}
                {fpiText('Right', feet.fpiRight)}.
              </figcaption>
              {markers.length > 0 && <Fpi6Bar markers={markers} />}
              <p className="small-print">
                The average healthy foot scores about +4, so scores from 0 to +5 are normal.
              </p>
            </figure>
          </div>
          <div className="feet-grid keep-together">
            <table className="feet-table">
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col">Left</th>
                  <th scope="col">Right</th>
                </tr>
              </thead>
              <tbody>
                {measures.map((measure) => (
                  <tr key={measure}>
                    <th scope="row">{FOOT_MEASURE_LABELS[measure]}</th>
                    <td>{readingText(feet.left.find((r) => r.measure === measure))}</td>
                    <td>{readingText(feet.right.find((r) => r.measure === measure))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <figure className="figure footprints-figure">
              <Footprints left={leftAngle} right={rightAngle} />
              <figcaption>How the feet point when standing and walking (from above).</figcaption>
            </figure>
          </div>
          {sidesDiffer && <p className="feet-differ">{sidesDiffer}</p>}
        </>
      )}
    </section>
  );
}
