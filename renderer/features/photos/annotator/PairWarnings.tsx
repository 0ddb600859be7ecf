/**
 * A left/right pair placed on the side the view makes unlikely, named, with the two ways out: swap
 * the two points, or keep them as placed. Until then the measures that use the pair wait.
 */
import type { LandmarkPair } from '../../../../shared/domain/landmark-sanity';
import type { PhotoView } from '../../../../shared/domain/photo-views';

interface PairWarningsProps {
  view: PhotoView;
  pairs: readonly LandmarkPair[];
  editable: boolean;
  onSwap: (pair: LandmarkPair) => void;
  onKeep: (pair: LandmarkPair) => void;
}

function expectation(view: PhotoView): string {
  return view === 'anterior'
    ? 'In a front photo the client’s right side appears on the left of the picture.'
    : 'In a photo from behind the client’s right side appears on the right of the picture.';
}

export function PairWarnings({ view, pairs, editable, onSwap, onKeep }: PairWarningsProps) {
  if (pairs.length === 0) return null;
  return (
    <section className="pa-panel pa-pair-warning" aria-labelledby="pa-pair-warning-title">
      <h2 className="pa-panel-title" id="pa-pair-warning-title">
        Check left and right
      </h2>
      <p>
        {expectation(view)} These points are the other way round, so the measures that use them wait
        until you swap them or keep them as placed.
      </p>
      <ul className="pa-pair-list">
        {pairs.map((pair) => (
          <li key={pair.pair} data-pair={pair.pair}>
            <span className="pa-pair-name">{pair.label}: right and left look swapped.</span>
            {editable ? (
              <span className="pa-pair-actions">
                <button type="button" className="button button-small" onClick={() => onSwap(pair)}>
                  Swap right and left<span className="visually-hidden"> for {pair.label}</span>
                </button>
                <button type="button" className="button button-small" onClick={() => onKeep(pair)}>
                  Keep as placed<span className="visually-hidden"> for {pair.label}</span>
                </button>
              </span>
            ) : (
              <span className="muted"> Amend the assessment to correct them.</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
