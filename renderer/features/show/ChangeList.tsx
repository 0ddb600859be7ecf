/** Each measure from the earlier visit to the later, with its verdict in words and in colour. */
import {
  PROGRESS_CHARTS,
  VERDICT_WORDS,
  beforeAfterText,
  plainMeasureName,
  visitChanges,
  type ProgressVisit,
} from '../../../shared/domain/progress';

export function ChangeList({
  earlier,
  later,
}: {
  earlier: ProgressVisit | undefined;
  later: ProgressVisit | undefined;
}) {
  const changes = earlier && later ? visitChanges(PROGRESS_CHARTS, earlier, later) : [];
  if (changes.length === 0)
    return (
      <p className="show-note">
        Nothing was measured on both of these days. Choose two other dates to compare.
      </p>
    );
  return (
    <ul className="show-changes">
      {changes.map((change) => {
        const words = VERDICT_WORDS[change.verdict];
        return (
          <li
            key={change.seriesId}
            className={`show-change show-change-${change.verdict}`}
            data-series={change.seriesId}
          >
            <span className="show-change-name">{plainMeasureName(change.seriesId)}</span>
            <span className="show-change-values">{beforeAfterText(change)}</span>
            <span className="show-change-verdict">
              <span className="show-verdict-badge">{words.label}</span>
              <span className="show-verdict-sentence">{words.sentence}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
