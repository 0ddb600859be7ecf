/**
 * Pain and questionnaire scores with their change since the previous assessment, and whether an
 * improvement is large enough to matter to the client (the measure's MCID, with its source).
 */
import type { AssessmentBody } from '../../../shared/domain/clinical';
import { scoreChanges } from '../../../shared/domain/clinical';
import { EvidenceButton } from '../../components/EvidenceButton';
import { formatCalendarDate } from '../../lib/format';
import type { PreviousAssessment } from './form-context';

export function SummaryScores({
  body,
  previous,
}: {
  body: AssessmentBody;
  previous: PreviousAssessment | null;
}) {
  const lines = scoreChanges(body, previous?.body ?? null);
  if (lines.length === 0) return null;
  return (
    <>
      <h3 className="ae-panel-title">Pain and questionnaires</h3>
      <p className="ae-hint">
        {previous
          ? `Compared with the assessment of ${formatCalendarDate(previous.assessedOn)}.`
          : 'No earlier finalized assessment to compare with.'}
      </p>
      <ul className="ae-summary-list">
        {lines.map((line) => (
          <li key={line.id}>
            <strong>
              {line.label}: {line.nowText}.
            </strong>{' '}
            {previous && line.changeText}
            {previous && line.rule && (
              <EvidenceButton source={line.rule.source} rule={line.rule.ruleText} />
            )}
            {!line.rule && (
              <EvidenceButton source={line.source} rule={`${line.label} risk groups`} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
