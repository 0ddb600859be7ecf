/**
 * The suggestions from the assessment: the top six (the default program) grouped under the
 * reasons that prompted them, each reason written once, then every other suggestion with why it
 * was left out. "Accept the top six" keeps the program short; "Accept all" takes everything.
 */
import type { AssessmentSuggestion } from '../../../shared/channels/programs';
import type { SuggestedExercise } from '../../../shared/domain/programs/suggest';
import { groupByReason } from '../../../shared/domain/programs/reason-groups';
import { AlertBanner } from '../../components/AlertBanner';
import { PhaseBadge } from '../exercises';
import { dosageText, toDraft } from './program-draft';

type Exercise = SuggestedExercise & { readonly leftOutReason?: string };

export function Suggestions({
  suggestion,
  chosen,
  onAccept,
  editing,
}: {
  suggestion: AssessmentSuggestion;
  /** Exercise ids already in the program. */
  chosen: ReadonlySet<string>;
  onAccept: (exerciseIds: string[]) => void;
  editing: boolean;
}) {
  const notChosen = <T extends Exercise>(list: readonly T[]) =>
    list.filter((suggested) => !chosen.has(suggested.exerciseId));
  const top = notChosen(suggestion.suggestions);
  const also = notChosen(suggestion.alsoSuggested);
  const all = [...top, ...also];
  const hasMore = suggestion.alsoSuggested.length > 0;
  const total = suggestion.suggestions.length + suggestion.alsoSuggested.length;
  const ids = (list: readonly Exercise[]) => list.map((suggested) => suggested.exerciseId);

  return (
    <section className="card program-card" aria-labelledby="suggestions-title">
      <div className="card-header">
        <h2 className="card-title" id="suggestions-title">
          Suggested from the assessment
        </h2>
        <div className="suggestion-actions">
          {hasMore && top.length > 0 && (
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => onAccept(ids(top))}
            >
              Accept the top six
            </button>
          )}
          {all.length > 1 && (
            <button
              type="button"
              className="button button-small"
              onClick={() => onAccept(ids(all))}
            >
              Accept all {all.length}
            </button>
          )}
        </div>
      </div>
      {suggestion.screeningNotice && (
        <AlertBanner title="Screening is not complete.">
          <p>{suggestion.screeningNotice}</p>
        </AlertBanner>
      )}
      <p className="muted program-explanation">{suggestion.explanation}</p>
      {suggestion.complaintAreas.length > 0 && total > 0 && (
        <p className="program-explanation">
          Read toward the complaint: {suggestion.complaintAreas.join(', ')}.
        </p>
      )}
      {all.length === 0 && total > 0 && !editing && (
        <p className="section-empty">Every suggestion is in the program.</p>
      )}
      {top.length > 0 && (
        <>
          {hasMore && <h3 className="suggestion-heading">The top six, in the order to do them</h3>}
          <ReasonGroups exercises={top} onAccept={onAccept} />
        </>
      )}
      {also.length > 0 && (
        <>
          <h3 className="suggestion-heading">Also suggested, left out of the top six</h3>
          <ReasonGroups exercises={also} onAccept={onAccept} />
        </>
      )}
    </section>
  );
}

function ReasonGroups({
  exercises,
  onAccept,
}: {
  exercises: readonly Exercise[];
  onAccept: (exerciseIds: string[]) => void;
}) {
  return (
    <ul className="reason-groups">
      {groupByReason(exercises).map((group) => (
        <li key={group.key} className="reason-group">
          <p className="reason-line">{group.reason.text}</p>
          {group.also.length > 0 && (
            <p className="muted reason-also">Also worked on by {group.also.join(', ')}.</p>
          )}
          {group.exercises.length > 0 && (
            <ul className="suggestion-list">
              {group.exercises.map((suggested) => (
                <SuggestionRow
                  key={suggested.exerciseId}
                  suggested={suggested}
                  onAccept={onAccept}
                />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function SuggestionRow({
  suggested,
  onAccept,
}: {
  suggested: Exercise;
  onAccept: (exerciseIds: string[]) => void;
}) {
  return (
    <li className="suggestion">
      <div className="suggestion-text">
        <p className="suggestion-name">
          {suggested.name} <PhaseBadge phase={suggested.phase} />
        </p>
        <p className="muted">{dosageText(toDraft(suggested.dosage))}</p>
        {suggested.leftOutReason && (
          <p className="suggestion-left-out">Left out: {suggested.leftOutReason}</p>
        )}
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
  );
}
