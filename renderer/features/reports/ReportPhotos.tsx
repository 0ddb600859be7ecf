/** The assessment's photos with what was marked and measured on them, two to a row. */
import type { CSSProperties } from 'react';
import type { PhotoInfo } from '../../../shared/channels/photos';
import { PhotoOverlay } from '../photos';
import { photoCaption } from './photo-captions';

/**
 * The tallest a photo prints, so two rows with their captions fit on one sheet of either paper.
 * Portrait photos are narrowed to keep this height; the overlay keeps the photo's proportions.
 */
const PHOTO_HEIGHT_MM = 82;

/** The width that gives the photo PHOTO_HEIGHT_MM of height, never wider than its column. */
const frameStyle = ({ width, height }: PhotoInfo): CSSProperties => ({
  width: `min(100%, ${((PHOTO_HEIGHT_MM * width) / height).toFixed(1)}mm)`,
});

function PhotoFigure({ photo }: { photo: PhotoInfo }) {
  const caption = photoCaption(photo);
  return (
    <figure className="report-photo keep-together">
      <div className="report-photo-frame" style={frameStyle(photo)}>
        <PhotoOverlay
          photo={photo}
          landmarks={photo.landmarks}
          alt={`${caption.view} photo with the points and lines marked on it`}
          showMeasures
          imageSize="print"
          markerScale={1.5}
        />
      </div>
      <figcaption>
        <strong>{caption.view}</strong>
        {caption.measured.length > 0 && (
          <ul className="photo-measures">
            {caption.measured.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {caption.notMeasured.length > 0 && (
          <p className="photo-note">
            Not measured (points not marked): {caption.notMeasured.join('; ')}.
          </p>
        )}
        {caption.waiting.length > 0 && (
          <p className="photo-note">
            Not measured (left and right points still to be checked): {caption.waiting.join('; ')}.
          </p>
        )}
        {caption.inPixels && (
          <p className="photo-note">
            Distances are in photo pixels: no known length was marked on this photo.
          </p>
        )}
      </figcaption>
    </figure>
  );
}

const PHOTOS_PER_ROW = 2;

export function ReportPhotos({ photos }: { photos: readonly PhotoInfo[] }) {
  if (photos.length === 0) return null;
  // The heading and key travel with the first row, so they never end a page on their own.
  const firstRow = photos.slice(0, PHOTOS_PER_ROW);
  const rest = photos.slice(PHOTOS_PER_ROW);
  return (
    <section className="report-section" aria-labelledby="photos-title">
      <div className="keep-together">
        <h2 id="photos-title">Photos</h2>
        <p className="small-print photo-key">
          The dashed red line is a true vertical (the plumb line); the blue lines show what was
          measured between the numbered points. The numbers depend on where each point was placed,
          so small differences are within the accuracy of a photo.
        </p>
        <div className="photo-grid">
          {firstRow.map((photo) => (
            <PhotoFigure key={photo.id} photo={photo} />
          ))}
        </div>
      </div>
      {rest.length > 0 && (
        <div className="photo-grid photo-grid-more">
          {rest.map((photo) => (
            <PhotoFigure key={photo.id} photo={photo} />
          ))}
        </div>
      )}
    </section>
  );
}
