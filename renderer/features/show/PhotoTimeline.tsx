/**
 * Every visit's photo of one view in a row, oldest first, each body the same size with the feet
 * on one line across all of them, so change reads across the row.
 */
import type { CSSProperties } from 'react';
import type { PhotoView } from '../../../shared/domain/photo-views';
import { photoUrl } from '../../../shared/domain/photos';
import {
  alignAll,
  describeAlignment,
  photoOfView,
  viewLabel,
  type AssessmentWithPhotos,
} from '../photos';
import { dateOf } from './show-dates';

const percent = (fraction: number) => `${(fraction * 100).toFixed(4)}%`;

export function PhotoTimeline({
  candidates,
  view,
}: {
  candidates: readonly AssessmentWithPhotos[];
  view: PhotoView;
}) {
  const shown = candidates.map((entry) => ({ entry, photo: photoOfView(entry, view)! }));
  const alignment = alignAll(shown.map(({ photo }) => photo));
  const frameStyle: CSSProperties = { aspectRatio: String(alignment.aspectRatio) };
  return (
    <>
      <ol className="show-timeline" aria-label={`${viewLabel(view)} photos, oldest first`}>
        {shown.map(({ entry, photo }, index) => {
          const when = dateOf(entry.assessment);
          const box = alignment.placements[index]!;
          return (
            <li key={entry.assessment.assessmentId}>
              <figure className="show-timeline-item">
                <div className="show-timeline-frame" style={frameStyle}>
                  <img
                    src={photoUrl(photo.hash, 'screen')}
                    alt={`${viewLabel(view)} view on ${when}`}
                    width={photo.width}
                    height={photo.height}
                    loading="lazy"
                    draggable={false}
                    style={{
                      left: percent(box.left),
                      top: percent(box.top),
                      width: percent(box.width),
                    }}
                  />
                  <div
                    className="compare-baseline show-timeline-baseline"
                    style={{ top: percent(alignment.baseline) }}
                    aria-hidden="true"
                  />
                </div>
                <figcaption>{when}</figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
      <p className="show-timeline-note" data-testid="timeline-alignment-note">
        {describeAlignment(alignment, view)}
      </p>
    </>
  );
}
