/** The view and the two dates shown, kept above the sections that use them. */
import { useId, type ReactNode } from 'react';
import type { PhotoView } from '../../../shared/domain/photo-views';
import { viewLabel, type AssessmentWithPhotos } from '../photos';
import { dateOf } from './show-dates';
import type { ChosenPair, VisitChoice } from './visit-choice';

export function VisitChoices({
  pair,
  views,
  showDates,
  onChoose,
}: {
  pair: ChosenPair;
  views: readonly PhotoView[];
  /** The timeline shows every date, so it needs only the view. */
  showDates: boolean;
  onChoose: (choice: VisitChoice) => void;
}) {
  const ids = { view: useId(), earlier: useId(), later: useId() };
  const current: VisitChoice = {
    view: pair.view,
    earlierId: pair.earlier.assessment.assessmentId,
    laterId: pair.later.assessment.assessmentId,
  };
  const option = (entry: AssessmentWithPhotos) => (
    <option key={entry.assessment.assessmentId} value={entry.assessment.assessmentId}>
      {dateOf(entry.assessment)}
    </option>
  );
  return (
    <div className="show-choices" role="group" aria-label="What to show">
      {pair.view !== null && views.length > 1 && (
        <Choice id={ids.view} label="Photo">
          <select
            id={ids.view}
            className="select"
            value={pair.view}
            // A new view starts again from its own first and latest visits.
            onChange={(event) =>
              onChoose({ view: event.target.value as PhotoView, earlierId: null, laterId: null })
            }
          >
            {views.map((view) => (
              <option key={view} value={view}>
                {viewLabel(view)}
              </option>
            ))}
          </select>
        </Choice>
      )}
      {showDates && (
        <>
          <Choice id={ids.earlier} label="Before">
            <select
              id={ids.earlier}
              className="select"
              value={current.earlierId ?? ''}
              onChange={(event) => onChoose({ ...current, earlierId: event.target.value })}
            >
              {pair.candidates.map(option)}
            </select>
          </Choice>
          <Choice id={ids.later} label="After">
            <select
              id={ids.later}
              className="select"
              value={current.laterId ?? ''}
              onChange={(event) => onChoose({ ...current, laterId: event.target.value })}
            >
              {pair.candidates.map(option)}
            </select>
          </Choice>
        </>
      )}
    </div>
  );
}

function Choice({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="show-choice">
      <label htmlFor={id}>{label}</label>
      <div className="select-wrap">{children}</div>
    </div>
  );
}
