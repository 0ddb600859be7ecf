import { chartsWithValues, type ProgressVisit } from '../../../shared/domain/progress';
import { ProgressChart } from './ProgressChart';

/** Every chart that has something to draw, or one calm line when none has yet. */
export function ProgressCharts({
  visits,
  headingLevel = 3,
  className = 'progress-charts',
  minVisits = 1,
}: {
  visits: readonly ProgressVisit[];
  headingLevel?: 3 | 4;
  className?: string;
  /** Paper leaves out a measure taken only once: one point is a starting value, not progress. */
  minVisits?: number;
}) {
  const charts = chartsWithValues(visits, minVisits);
  if (charts.length === 0) {
    return (
      <p className="section-empty">
        Nothing to chart yet. Pain, questionnaire scores, foot measures and photo measures appear
        here once a visit records them.
      </p>
    );
  }
  return (
    <div className={className}>
      {charts.map((chart) => (
        <ProgressChart key={chart.id} chart={chart} visits={visits} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
