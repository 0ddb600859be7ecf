/** Two photos of one view side by side, the same body size, the feet on one dashed line. */
import type { CSSProperties } from 'react';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { PhotoSize } from '../../../shared/domain/photos';
import { alignPhotos, describeAlignment, type Placement } from './comparison-alignment';
import { PhotoOverlay } from './PhotoOverlay';

export interface ComparedPhoto {
  readonly photo: PhotoInfo;
  /** e.g. "Earlier" */
  readonly role: string;
  /** e.g. "24 Oct 2026" */
  readonly when: string;
  /** e.g. "Front view on 24 Oct 2026, with landmarks" */
  readonly alt: string;
}

// At most this much of the window's height, so both photos and their note fit on one screen.
const DEFAULT_MAX_FRAME_HEIGHT = '68vh';

const percent = (fraction: number) => `${(fraction * 100).toFixed(4)}%`;

const placed = (box: Placement): CSSProperties => ({
  left: percent(box.left),
  top: percent(box.top),
  width: percent(box.width),
});

export function ComparisonFigure({
  earlier,
  later,
  imageSize = 'full',
  maxFrameHeight = DEFAULT_MAX_FRAME_HEIGHT,
}: {
  earlier: ComparedPhoto;
  later: ComparedPhoto;
  /** `screen` for the presentation, where moving between visits must be quick; `print` on paper. */
  imageSize?: PhotoSize;
  /** A CSS length: the tallest the photos may be (`56vh` on screen, `95mm` on paper). */
  maxFrameHeight?: string;
}) {
  const alignment = alignPhotos(earlier.photo, later.photo);
  const frameStyle: CSSProperties = {
    aspectRatio: String(alignment.aspectRatio),
    width: `min(100%, calc((${maxFrameHeight}) * ${alignment.aspectRatio.toFixed(4)}))`,
  };
  const lineTitle =
    alignment.anchor.kind === 'feet' ? 'The common foot line' : 'The photos’ bottom edges';
  return (
    <>
      <div className="compare-figure">
        {[earlier, later].map((shown, index) => (
          <figure className="compare-column" key={shown.role}>
            <figcaption className="compare-caption">
              {shown.role} <span className="muted">{shown.when}</span>
            </figcaption>
            <div className="compare-frame" style={frameStyle} data-compare-frame={index}>
              <div
                className="compare-photo"
                style={placed(alignment.placements[index === 0 ? 0 : 1])}
              >
                <PhotoOverlay
                  photo={shown.photo}
                  landmarks={shown.photo.landmarks}
                  alt={shown.alt}
                  showMeasures
                  imageSize={imageSize}
                />
              </div>
              <div
                className="compare-baseline"
                style={{ top: percent(alignment.baseline) }}
                title={lineTitle}
                aria-hidden="true"
              />
            </div>
          </figure>
        ))}
      </div>
      <p className="compare-note" data-testid="alignment-note">
        {describeAlignment(alignment, earlier.photo.view)} The dashed line runs through{' '}
        {alignment.anchor.kind === 'feet' ? 'the feet' : 'the bottom edges'} on both.
      </p>
    </>
  );
}
