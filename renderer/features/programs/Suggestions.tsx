import type { AssessmentSuggestion } from '../../../shared/channels/programs';
import { AlertBanner } from '../../components/AlertBanner';
import { PhaseBadge } from '../exercises';
import { dosageText, toDraft } from './program-draft';

export function Suggestions({
  suggestion,
  pending,
  onAccept,
  editing,
}: {
  suggestion: AssessmentSuggestion;
  pending: AssessmentSuggestion['suggestions'];
  onAccept: (exerciseIds: string[]) => void;
  editing: boolean;
}) {
  return (
    <section className="card program-card" aria-labelledby="suggestions-title">
      <div className="card-header">
        <h2 className="card-title" id="suggestions-title">
          Suggested from the assessment
        </h2>
        {pending.length > 1 && (
          <button
            type="button"
            className="button button-small"
            onClick={() => onAccept(pending.map((suggested) => suggested.exerciseId))}
          >
            Accept all {pending.length}
          </button>
        )}
      </div>
      {suggestion.screeningNotice && (
        <AlertBanner title="Screening is not complete.">
          <p>{suggestion.screeningNotice}</p>
        </AlertBanner>
      )}
      <p className="muted program-explanation">{suggestion.explanation}</p>
      {pending.length === 0 && suggestion.suggestions.length > 0 && !editing && (
        <p className="section-empty">Every suggestion is in the program.</p>
      )}
      {pending.length > 0 && (
        <ul className="suggestion-list">
          {pending.map((suggested) => (
            <li key={suggested.exerciseId} className="suggestion">
              <div className="suggestion-text">
                <p className="suggestion-name">
                  {suggested.name} <PhaseBadge phase={suggested.phase} />
                </p>
                <p className="muted">{dosageText(toDraft(suggested.dosage))}</p>
                <ul className="suggestion-reasons">
                  {suggested.reasons.map((reason) => (
                    <li key={`${reason.ruleId}:${reason.side}`}>{reason.text}</li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                className="button button-small"
                aria-label={`Accept ${suggested.name}`}
                onClick={() => onAccept([suggested.exerciseId])}
              >
                Accept
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestion.tooMany && suggestion.leftOut.length > 0 && (
        <p className="muted">
          Also relevant but left out to keep the list short:{' '}
          {suggestion.leftOut.map((left) => left.name).join(', ')}. Add them from the library if
          they matter more.
        </p>
      )}
    </section>
  );
}
