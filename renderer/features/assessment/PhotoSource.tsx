/**
 * Says where a measure's value comes from when a photo measures it: "From the front photo", or,
 * once she has typed her own, what the photo gives and a way back to it.
 */
import { Link } from 'wouter';
import type { MeasuredFromPhoto } from '../../../shared/domain/photo-checkpoint-values';
import { photoName, usePhotoHref } from './photo-values';
import { withUnit } from './units';

interface PhotoSourceProps {
  photo: MeasuredFromPhoto;
  typed: boolean;
  /** Follows a number in a sentence, so it starts in lower case. */
  inSentence?: boolean;
  /** Drops the typed value so the photo's shows again; left out where nothing can be changed. */
  onUsePhoto?: () => void;
}

/** Tilts name the lower side (or say level); the other measures' directions add nothing. */
const namesSide = (photo: MeasuredFromPhoto) => photo.measure.endsWith('-tilt');

export function PhotoSource({ photo, typed, inSentence = false, onUsePhoto }: PhotoSourceProps) {
  const href = usePhotoHref(photo);
  const name = photoName(photo.view);
  const photoLink = href ? (
    <Link href={href} className="ae-photo-link">
      {name}
    </Link>
  ) : (
    name
  );
  if (!typed)
    return (
      <span className="ae-photo-source" data-source="photo">
        {inSentence ? 'from' : 'From'} the {photoLink}
        {namesSide(photo) ? `, ${photo.direction}` : ''}
      </span>
    );
  return (
    <span className="ae-photo-source" data-source="typed">
      {inSentence ? 'typed' : 'Typed'}; the {photoLink} gives {withUnit(photo.valueDeg, 'deg')}
      {namesSide(photo) ? `, ${photo.direction}` : ''}.
      {onUsePhoto && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onUsePhoto}>
            Use the photo’s value
          </button>
        </>
      )}
    </span>
  );
}
