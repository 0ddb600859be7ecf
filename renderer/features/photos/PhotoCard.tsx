/** One photo of the assessment: its preview, its view, and the way to annotate or remove it. */
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { PhotoInfo } from '../../../shared/channels/photos';
import { measurePhoto } from '../../../shared/domain/photo-measures';
import { describeMovementTag } from '../../../shared/domain/movement/clips';
import { landmarksOf, photoViews, type PhotoView } from '../../../shared/domain/photo-views';
import type { UnitSystem } from '../../../shared/domain/settings';
import { invoke } from '../../api';
import { formatDayOf, plural } from '../../lib/format';
import { describeMeasures } from './annotator/measure-text';
import { viewLabel } from './photo-files';
import { useThumbnail } from './useThumbnail';

interface PhotoCardProps {
  photo: PhotoInfo;
  /** Position in the list, so each photo has a name of its own for screen readers. */
  number: number;
  units: UnitSystem;
  editable: boolean;
  onChanged: (photo: PhotoInfo) => void;
  onRemove: (photo: PhotoInfo) => void;
}

export function PhotoCard({ photo, number, units, editable, onChanged, onRemove }: PhotoCardProps) {
  const selectId = useId();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const label = viewLabel(photo.view);
  const name = `Photo ${number}`;
  const placed = Object.keys(photo.landmarks.points).filter((id) =>
    landmarksOf(photo.view).some((landmark) => landmark.id === id),
  ).length;

  const changeView = async (view: PhotoView) => {
    setProblem(null);
    setSaving(true);
    const result = await invoke('photos:setView', { id: photo.id, view });
    setSaving(false);
    if (result.ok) onChanged(result.value);
    else setProblem(result.error.message);
  };

  return (
    <li className="photo-card" data-photo-id={photo.id}>
      <Thumbnail photoId={photo.id} alt={`${label} view, added ${formatDayOf(photo.createdAt)}`} />
      <div className="photo-card-body">
        {editable ? (
          <div className="photo-card-view">
            <label className="photo-card-label" htmlFor={selectId}>
              View <span className="visually-hidden">of {name.toLowerCase()}</span>
            </label>
            <div className="select-wrap">
              <select
                id={selectId}
                className="select"
                value={photo.view}
                disabled={saving}
                aria-describedby={problem ? `${selectId}-problem` : undefined}
                onChange={(event) => void changeView(event.target.value as PhotoView)}
              >
                {photoViews.map((view) => (
                  <option key={view.id} value={view.id}>
                    {view.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          <p className="photo-card-title">{label}</p>
        )}
        {photo.movement && (
          <p className="photo-card-meta" data-photo-movement>
            Kept from a clip: {describeMovementTag(photo.movement)}
          </p>
        )}
        <CardMeasures photo={photo} units={units} placed={placed} />
        {problem && (
          <p className="photo-card-problem" id={`${selectId}-problem`} role="alert">
            {problem}
          </p>
        )}
        <div className="photo-card-actions">
          <Link
            href={`/assessments/${photo.assessmentId}/photos/${photo.id}`}
            className="button button-small"
            aria-label={`${editable ? 'Annotate' : 'Open'} ${name.toLowerCase()} (${label})`}
          >
            {editable ? 'Annotate' : 'Open'}
          </Link>
          {editable && (
            <button
              type="button"
              className="button button-small photo-card-remove"
              aria-label={`Remove ${name.toLowerCase()} (${label})`}
              onClick={() => onRemove(photo)}
            >
              Remove
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

/** What the landmarks measure, so she need not open each photo to see it. */
function CardMeasures({
  photo,
  units,
  placed,
}: {
  photo: PhotoInfo;
  units: UnitSystem;
  placed: number;
}) {
  if (placed === 0) return <p className="photo-card-meta">No landmarks yet</p>;
  const measured = describeMeasures(photo.view, photo.landmarks, units).filter(
    (row) => row.measured,
  );
  const landmarks = plural(placed, 'landmark', 'landmarks');
  if (measured.length === 0)
    return (
      <p className="photo-card-meta">
        {landmarks}
        {measurePhoto(photo.view, photo.landmarks).length > 0 ? ', nothing measured yet' : ''}
      </p>
    );
  return (
    <>
      <p className="photo-card-measures" data-photo-measures>
        {measured
          .map((row, index) => `${index === 0 ? row.label : lowerFirst(row.label)} ${row.value}`)
          .join(', ')}
      </p>
      <p className="photo-card-meta">From {landmarks}</p>
    </>
  );
}

/** "Shoulder tilt" inside a sentence, but "C7" or "ASIS" as written. */
const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

function Thumbnail({ photoId, alt }: { photoId: string; alt: string }) {
  const thumbnail = useThumbnail(photoId);
  return (
    <div className="photo-card-preview" aria-busy={thumbnail.status === 'loading'}>
      {thumbnail.status === 'ready' && <img src={thumbnail.url} alt={alt} />}
      {thumbnail.status === 'failed' && (
        <p className="photo-card-no-preview">The preview could not be shown.</p>
      )}
    </div>
  );
}
