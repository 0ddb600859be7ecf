/**
 * "Suggest points": a pose model proposes the landmarks it can stand in for; she accepts them one
 * by one or all at once, or drags one where it belongs (which confirms it). What no model finds,
 * and what it was unsure of, is listed so she knows what is still hers to place.
 */
import type { PhotoView } from '../../../../shared/domain/photo-views';
import { landmarkSource } from '../../../../shared/domain/pose/landmark-mapping';
import { landmarksOf } from '../../../../shared/domain/photo-views';
import type { SuggestState } from '../pose/useSuggestPoints';

interface SuggestPanelProps {
  view: PhotoView;
  editable: boolean;
  state: SuggestState;
  /** Suggested points she has not confirmed yet, head to feet, with the model's confidence. */
  waiting: readonly { id: string; label: string; confidence: number }[];
  labelOf: (id: string) => string;
  onSuggest: () => void;
  onAccept: (id: string) => void;
  onAcceptAll: () => void;
  onDiscard: () => void;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function listOf(labels: readonly string[]): string {
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join('; ')} and ${labels.at(-1)}`;
}

export function SuggestPanel(props: SuggestPanelProps) {
  const { view, editable, state, waiting, labelOf } = props;
  const anyFromModel = landmarksOf(view).some(
    (item) => landmarkSource(view, item.id)?.kind === 'model',
  );
  if (!editable && waiting.length === 0) return null;
  return (
    <section className="pa-panel pa-suggest" aria-labelledby="pa-suggest-title">
      <h2 className="pa-panel-title" id="pa-suggest-title">
        Suggested points
      </h2>
      {!anyFromModel ? (
        <p className="pa-hint muted">
          No pose model finds the landmarks of this view, so they are placed by hand.
        </p>
      ) : (
        <>
          <p className="pa-hint muted">
            A pose model on this computer looks for the person and suggests the points it can find.
            The photo is not sent anywhere. Suggestions count only once you accept or move them.
          </p>
          {editable && (
            <button
              type="button"
              className="button"
              onClick={props.onSuggest}
              disabled={state.kind === 'finding'}
            >
              {state.kind === 'finding' ? 'Finding the person…' : 'Suggest points'}
            </button>
          )}
        </>
      )}
      <div role="status" aria-live="polite" className="pa-suggest-status">
        {state.kind === 'failed' && <p className="pa-suggest-problem">{state.message}</p>}
        {state.kind === 'found' && !state.suggestions.personFound && (
          <p>No person was found in this photo, so nothing was suggested.</p>
        )}
        {state.kind === 'found' && state.suggestions.personFound && (
          <p>
            {Object.keys(state.suggestions.points).length === 0
              ? 'The model found the person but was not sure of any point.'
              : `${Object.keys(state.suggestions.points).length} points suggested.`}
          </p>
        )}
      </div>
      {state.kind === 'found' && state.suggestions.notFound.length > 0 && (
        <p className="pa-suggest-gaps" data-testid="suggest-not-found">
          Not found (the model was not sure): {listOf(state.suggestions.notFound.map(labelOf))}.
        </p>
      )}
      {waiting.length > 0 && (
        <>
          <p>
            {waiting.length === 1
              ? '1 suggested point waits for you.'
              : `${waiting.length} suggested points wait for you.`}{' '}
            Their measures are provisional until then.
          </p>
          {editable && (
            <div className="pa-suggest-actions">
              <button type="button" className="button" onClick={props.onAcceptAll}>
                Accept all suggestions
              </button>
              <button type="button" className="button" onClick={props.onDiscard}>
                Remove suggestions
              </button>
            </div>
          )}
          <ul className="pa-suggest-list">
            {waiting.map((item) => (
              <li key={item.id} data-suggestion={item.id}>
                <span>
                  {item.label}{' '}
                  <span className="muted">(model {percent(item.confidence)} sure)</span>
                </span>
                {editable && (
                  <button
                    type="button"
                    className="button pa-suggest-accept"
                    onClick={() => props.onAccept(item.id)}
                    aria-label={`Accept ${item.label}`}
                  >
                    Accept
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
