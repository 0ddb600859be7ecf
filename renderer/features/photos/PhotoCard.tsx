/** One photo of the assessment: its preview, its view, and the way to annotate or remove it. */
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { PhotoInfo } from '../../../shared/channels/photos';
import { landmarksOf, photoViews, type PhotoView } from '../../../shared/domain/photo-views';
import { invoke } from '../../api';
import { formatDayOf, plural } from '../../lib/format';
import { viewLabel } from './photo-files';
import { useThumbnail } from './useThumbnail';

interface PhotoCardProps {
  photo: PhotoInfo;
  /** Position in the list, so each photo has a name of its own for screen readers. */
  number: number;
  editable: boolean;
  onChanged: (photo: PhotoInfo) => void;
  onRemove: (photo: PhotoInfo) => void;
}

export function PhotoCard({ photo, number, editable, onChanged, onRemove }: PhotoCardProps) {
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
        <p className="photo-card-meta">
          {placed === 0 ? 'No landmarks yet' : plural(placed, 'landmark', 'landmarks')}
        </p>
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
