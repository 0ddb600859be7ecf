/**
 * The two photos one on top of the other, lined up on the feet, with a slider that fades from the
 * earlier to the later: what moved shows as the picture shifts.
 */
import { useId, useState, type CSSProperties } from 'react';
import { photoUrl } from '../../../shared/domain/photos';
import { alignPhotos, describeAlignment, type ComparedPhoto } from '../photos';

const percent = (fraction: number) => `${(fraction * 100).toFixed(4)}%`;

// The window less the header, the choices, the slider and the buttons: the photos whole on screen.
const MAX_FRAME_HEIGHT = 'max(240px, 100vh - 390px)';

export function OverlayFigure({
  earlier,
  later,
}: {
  earlier: ComparedPhoto;
  later: ComparedPhoto;
}) {
  const [laterShare, setLaterShare] = useState(50);
  const sliderId = useId();
  const alignment = alignPhotos(earlier.photo, later.photo);
  const frameStyle: CSSProperties = {
    aspectRatio: String(alignment.aspectRatio),
    width: `min(100%, calc((${MAX_FRAME_HEIGHT}) * ${alignment.aspectRatio.toFixed(4)}))`,
  };
  const layers = [earlier, later] as const;
  return (
    <figure className="show-overlay">
      <div className="show-slider">
        <label htmlFor={sliderId}>How much of the later photo shows</label>
        <div className="show-slider-row">
          <span aria-hidden="true">{earlier.when}</span>
          <input
            id={sliderId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={laterShare}
            aria-valuetext={`${laterShare}% of the later photo, ${later.when}`}
            onChange={(event) => setLaterShare(Number(event.target.value))}
          />
          <span aria-hidden="true">{later.when}</span>
        </div>
      </div>
      <div className="compare-frame show-overlay-frame show-pair" style={frameStyle}>
        {layers.map((shown, index) => {
          const box = alignment.placements[index === 0 ? 0 : 1];
          return (
            <img
              key={shown.role}
              className="compare-photo"
              src={photoUrl(shown.photo.hash, 'screen')}
              alt={shown.alt}
              width={shown.photo.width}
              height={shown.photo.height}
              draggable={false}
              data-overlay-layer={index === 0 ? 'earlier' : 'later'}
              style={{
                left: percent(box.left),
                top: percent(box.top),
                width: percent(box.width),
                height: percent(box.height),
                opacity: index === 0 ? 1 : laterShare / 100,
              }}
            />
          );
        })}
        <div
          className="compare-baseline"
          style={{ top: percent(alignment.baseline) }}
          aria-hidden="true"
        />
      </div>
      <figcaption className="show-note">
        {describeAlignment(alignment, earlier.photo.view)}
      </figcaption>
    </figure>
  );
}
