/** Pain and questionnaire scores: today, at the first visit, the change, and whether it matters. */
import type { ClientReportData } from '../../../shared/channels/reports';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import {
  assessChange,
  formatPlain,
  type ChangeAssessment,
  type ChangeInstrument,
} from '../../../shared/domain/clinical';
import { formatCalendarDate } from '../../lib/format';

interface ScaleInfo {
  name: string;
  max: number;
  unit: string;
}

const SCALES: Record<ChangeInstrument, ScaleInfo> = {
  nprs: { name: 'Pain now (0 = none, 10 = worst imaginable)', max: 10, unit: '' },
  odi: { name: 'Oswestry disability (0–100%)', max: 100, unit: '%' },
  'modified-odi': { name: 'Modified Oswestry disability (0–100%)', max: 100, unit: '%' },
  rmdq: { name: 'Roland-Morris disability (0–24)', max: 24, unit: '' },
};

const isInstrument = (value: string | null): value is ChangeInstrument =>
  value === 'odi' || value === 'modified-odi' || value === 'rmdq';

interface ScoreRow {
  instrument: ChangeInstrument;
  first: number | null;
  now: number | null;
  change: ChangeAssessment | null;
}

function row(
  instrument: ChangeInstrument,
  history: readonly AssessmentListItem[],
  pick: (item: AssessmentListItem) => number | null,
): ScoreRow {
  const current = history.at(-1);
  const firstItem = history.length > 1 ? history[0] : undefined;
  const now = current ? pick(current) : null;
  const first = firstItem ? pick(firstItem) : null;
  return {
    instrument,
    first,
    now,
    change: first !== null && now !== null ? assessChange(instrument, first, now) : null,
  };
}

const show = (value: number | null, unit: string) =>
  value === null ? '—' : `${formatPlain(Math.round(value))}${unit}`;

function changeText(change: ChangeAssessment | null, unit: string): string {
  if (!change) return '—';
  if (change.direction === 'unchanged') return 'No change';
  const amount = `${formatPlain(Math.abs(Math.round(change.change)))}${unit}`;
  return change.direction === 'improved' ? `${amount} better` : `${amount} worse`;
}

function meaningText(change: ChangeAssessment | null): string {
  if (!change) return 'Needs a later visit to compare';
  if (change.meetsMcid) return 'Yes: a change large enough to notice';
  if (change.direction === 'worsened') return 'No: worse than at the first visit';
  return 'Not yet: smaller than a noticeable change';
}

export function ReportScores({ report }: { report: ClientReportData }) {
  const { history } = report;
  const current = history.at(-1);
  const instrument =
    current && isInstrument(current.disabilityInstrument) ? current.disabilityInstrument : null;
  // Only visits on the same scale are compared: an ODI and an RMDQ score do not mix.
  const sameScale = (item: AssessmentListItem) =>
    item.disabilityInstrument === instrument ? item.disabilityScore : null;
  const rows = [row('nprs', history, (item) => item.painNow)];
  if (instrument) rows.push(row(instrument, history, sameScale));
  const recorded = rows.filter((each) => each.now !== null || each.first !== null);
  const firstDate =
    history.length > 1 && history[0] ? formatCalendarDate(history[0].assessedOn) : null;

  return (
    <section className="report-section" aria-labelledby="scores-title">
      <div className="keep-together">
        <h2 id="scores-title">Pain and everyday activities</h2>
        {recorded.length === 0 ? (
          <p className="muted">No pain or questionnaire scores were recorded at this visit.</p>
        ) : (
          <table className="score-table">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">
                  First visit
                  {firstDate && <span className="header-date">{firstDate}</span>}
                </th>
                <th scope="col">This visit</th>
                <th scope="col">Change</th>
                <th scope="col">Meaningful change?</th>
              </tr>
            </thead>
            <tbody>
              {recorded.map((each) => {
                const scale = SCALES[each.instrument];
                return (
                  <tr key={each.instrument}>
                    <th scope="row">{scale.name}</th>
                    <td>{show(each.first, scale.unit)}</td>
                    <td>{show(each.now, scale.unit)}</td>
                    <td>{changeText(each.change, scale.unit)}</td>
                    <td>{meaningText(each.change)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      <p className="small-print">
        Lower scores are better. A “meaningful change” uses the smallest change people usually
        notice in daily life: 2 points or 30% for pain, 10 points or 30% for the Oswestry, 5 points
        or 30% for the Roland-Morris.
      </p>
    </section>
  );
}
