/** The before-and-after section: the two chosen visits' photos side by side, or one over the other. */
import { useState } from 'react';
import type { PhotoView } from '../../../shared/domain/photo-views';
import { photoUrl } from '../../../shared/domain/photos';
import { ComparisonFigure, photoOfView, viewLabel, type ComparedPhoto } from '../photos';
import { OverlayFigure } from './OverlayFigure';
import { dateOf } from './show-dates';
import { useWarmPhotos } from './useWarmPhotos';
import type { ChosenPair } from './visit-choice';

type Mode = 'side' | 'overlay';

// The window less the header, the choices, the captions and the buttons: photos whole on screen.
const SIDE_BY_SIDE_HEIGHT = 'max(240px, 100vh - 350px)';

function compared(pair: ChosenPair, view: PhotoView, which: 'earlier' | 'later'): ComparedPhoto {
  const entry = pair[which];
  const when = dateOf(entry.assessment);
  return {
    photo: photoOfView(entry, view)!,
    role: which === 'earlier' ? 'Before' : 'After',
    when,
    alt: `${viewLabel(view)} view on ${when}`,
  };
}

/** The candidates' photos, nearest to the two shown first: where she is likely to go next. */
function nearestUrls(pair: ChosenPair, view: PhotoView): string[] {
  const at = (id: string) =>
    pair.candidates.findIndex((entry) => entry.assessment.assessmentId === id);
  const picks = [at(pair.earlier.assessment.assessmentId), at(pair.later.assessment.assessmentId)];
  return pair.candidates
    .map((entry, index) => ({
      entry,
      distance: Math.min(...picks.map((pick) => Math.abs(pick - index))),
    }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ entry }) => photoUrl(photoOfView(entry, view)!.hash, 'screen'));
}

export function BeforeAfter({ pair, view }: { pair: ChosenPair; view: PhotoView }) {
  const [mode, setMode] = useState<Mode>('side');
  useWarmPhotos(nearestUrls(pair, view));
  const earlier = compared(pair, view, 'earlier');
  const later = compared(pair, view, 'later');
  const same = pair.earlier === pair.later;
  return (
    <>
      <div className="show-modes" role="group" aria-label="How to show the photos">
        {(
          [
            ['side', 'Side by side'],
            ['overlay', 'One over the other'],
          ] as const
        ).map(([id, label]) => (
          <button
            key={id}
            type="button"
            className="button"
            aria-pressed={mode === id}
            onClick={() => setMode(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {same && (
        <p className="show-note" role="status">
          Both sides show the same visit; choose another date to see a change.
        </p>
      )}
      {mode === 'side' ? (
        <div className="show-pair">
          <ComparisonFigure
            earlier={earlier}
            later={later}
            imageSize="screen"
            maxFrameHeight={SIDE_BY_SIDE_HEIGHT}
          />
        </div>
      ) : (
        <OverlayFigure earlier={earlier} later={later} />
      )}
    </>
  );
}
