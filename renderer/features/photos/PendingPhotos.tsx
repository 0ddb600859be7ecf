/** The photos just picked, each with the view it shows, before they are added. */
import { useEffect, useId, useRef } from 'react';
import { photoViews, type PhotoView } from '../../../shared/domain/photo-views';
import { formatFileSize, plural } from '../../lib/format';
import { BlobImage } from './BlobImage';
import type { PendingPhoto } from './usePhotoIntake';

interface PendingPhotosProps {
  pending: readonly PendingPhoto[];
  onView: (key: string, view: PhotoView) => void;
  onLeaveOut: (key: string) => void;
  onAdd: () => void;
  onCancel: () => void;
}

export function PendingPhotos({
  pending,
  onView,
  onLeaveOut,
  onAdd,
  onCancel,
}: PendingPhotosProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  // Taking the list into view and focus: the practitioner's next step is here.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="photo-pending" aria-labelledby={headingId}>
      <h3 className="photo-pending-title" id={headingId} ref={heading} tabIndex={-1}>
        Which view does each photo show?
      </h3>
      <p className="photo-pending-intro">
        A view is suggested for each; you can change it later on the photo too.
      </p>
      <ul className="photo-pending-list">
        {pending.map((item) => (
          <PendingRow key={item.key} item={item} onView={onView} onLeaveOut={onLeaveOut} />
        ))}
      </ul>
      <div className="photo-pending-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={onAdd}>
          Add {plural(pending.length, 'photo', 'photos')}
        </button>
      </div>
    </section>
  );
}

function PendingRow({
  item,
  onView,
  onLeaveOut,
}: {
  item: PendingPhoto;
  onView: (key: string, view: PhotoView) => void;
  onLeaveOut: (key: string) => void;
}) {
  const selectId = useId();
  return (
    <li className="photo-pending-row">
      <LocalPreview data={item.data} />
      <div className="photo-pending-file">
        <span className="photo-pending-name">{item.name || 'Photo'}</span>
        <span className="photo-pending-size">{formatFileSize(item.data.size)}</span>
      </div>
      <div className="photo-pending-view">
        <label htmlFor={selectId} className="photo-card-label">
          View <span className="visually-hidden">of {item.name}</span>
        </label>
        <div className="select-wrap">
          <select
            id={selectId}
            className="select"
            value={item.view}
            onChange={(event) => onView(item.key, event.target.value as PhotoView)}
          >
            {photoViews.map((view) => (
              <option key={view.id} value={view.id}>
                {view.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button button-small"
        aria-label={`Leave out ${item.name}`}
        onClick={() => onLeaveOut(item.key)}
      >
        Leave out
      </button>
    </li>
  );
}

/** The picked file itself, when the browser can show it (not HEIC); a blank square otherwise. */
function LocalPreview({ data }: { data: Blob }) {
  return (
    <div className="photo-pending-preview">
      <BlobImage blob={data} alt="" />
    </div>
  );
}
