/**
 * The assessment's photos: previews labelled by view, adding by file, drag and drop or camera,
 * changing a photo's view, opening the annotator, and removing with a confirmation. Photos belong
 * to one revision: they change only while it is the current one and a draft, and an earlier
 * revision shows its own photos as they were.
 */
import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { UnitSystem } from '../../../shared/domain/settings';
import { invoke } from '../../api';
import { plural } from '../../lib/format';
import { AlertBanner } from '../../components/AlertBanner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CameraDialog } from './CameraDialog';
import { PendingPhotos } from './PendingPhotos';
import { PhotoCard } from './PhotoCard';
import { PhotoDropZone, type ZoneFocus } from './PhotoDropZone';
import { suggestViews, viewLabel } from './photo-files';
import type { AssessmentPhotos as PhotoList, PhotoListLoad } from './useAssessmentPhotos';
import { usePhotoIntake, type IntakeOutcome, type IntakeStep } from './usePhotoIntake';

/** Why photos cannot be changed here, if they cannot. */
export type PhotosLock = 'final' | 'older-revision' | null;

interface AssessmentPhotosProps {
  assessmentId: string;
  /** The photos of the revision on screen, loaded by the page so its measures can read them too. */
  photos: PhotoList;
  units: UnitSystem;
  lock: PhotosLock;
  /** The heading of the section these photos sit in; focus returns there when a step ends. */
  headingId: string;
}

const lockNotes: Record<Exclude<PhotosLock, null>, string> = {
  final: 'This assessment is finalized. Amend it to add or change photos.',
  'older-revision':
    'These are the photos and landmarks of this revision as it was. Go back to the current revision to add or change photos.',
};

export function AssessmentPhotos({
  assessmentId,
  photos,
  units,
  lock,
  headingId,
}: AssessmentPhotosProps) {
  const { load } = photos;
  const takenViews = useMemo(
    () => (load.status === 'ready' ? load.photos.map((photo) => photo.view) : []),
    [load],
  );
  const intake = usePhotoIntake(assessmentId, takenViews, photos.keep);
  const [camera, setCamera] = useState(false);
  const [removing, setRemoving] = useState<PhotoInfo | null>(null);
  const [zoneFocus, setZoneFocus] = useState<ZoneFocus>(null);
  const focusTaken = useCallback(() => setZoneFocus(null), []);
  const editable = lock === null;

  return (
    <>
      {lock && <p className="photo-lock-note">{lockNotes[lock]}</p>}
      <PhotoList
        load={photos.load}
        units={units}
        editable={editable}
        onRetry={photos.retry}
        onChanged={photos.keep}
        onRemove={setRemoving}
      />
      {editable && photos.load.status === 'ready' && (
        <>
          {intake.state.step === 'choosing' ? (
            <PendingPhotos
              pending={intake.state.pending}
              onView={intake.setView}
              onLeaveOut={(key) => {
                setZoneFocus('add');
                intake.leaveOut(key);
              }}
              onAdd={() => {
                setZoneFocus('add');
                void intake.addPending();
              }}
              onCancel={() => {
                setZoneFocus('add');
                intake.cancel();
              }}
            />
          ) : (
            <PhotoDropZone
              busy={intake.state.step === 'adding'}
              takeFocus={zoneFocus}
              onFocusTaken={focusTaken}
              onFiles={intake.offer}
              onCamera={() => setCamera(true)}
            />
          )}
          <IntakeStatus state={intake.state} outcome={intake.outcome} />
        </>
      )}
      {camera && (
        <CameraDialog
          suggestedView={suggestViews(takenViews, 1)[0]!}
          onClose={() => setCamera(false)}
          onKeep={(photo) => {
            setCamera(false);
            setZoneFocus('camera');
            void intake.addNow(photo);
          }}
        />
      )}
      {removing && (
        <RemovePhoto
          photo={removing}
          onRemoved={() => {
            flushSync(() => {
              photos.drop(removing.id);
              setRemoving(null);
            });
            // The photo's own button is gone; the section heading keeps her place.
            document.getElementById(headingId)?.focus();
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </>
  );
}

interface PhotoListProps {
  load: PhotoListLoad;
  units: UnitSystem;
  editable: boolean;
  onRetry: () => void;
  onChanged: (photo: PhotoInfo) => void;
  onRemove: (photo: PhotoInfo) => void;
}

function PhotoList({ load, units, editable, onRetry, onChanged, onRemove }: PhotoListProps) {
  if (load.status === 'loading') return <p className="photo-empty">Loading the photos…</p>;
  if (load.status === 'failed')
    return (
      <AlertBanner
        title="The photos could not be loaded."
        actions={
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        }
      >
        <p>{load.error.message}</p>
      </AlertBanner>
    );
  if (load.photos.length === 0)
    return <p className="photo-empty">No photos in this assessment{editable ? ' yet' : ''}.</p>;
  return (
    <ul className="photo-thumbs" aria-label={plural(load.photos.length, 'photo', 'photos')}>
      {load.photos.map((photo, index) => (
        <PhotoCard
          key={photo.id}
          photo={photo}
          number={index + 1}
          units={units}
          editable={editable}
          onChanged={onChanged}
          onRemove={onRemove}
        />
      ))}
    </ul>
  );
}

function IntakeStatus({ state, outcome }: { state: IntakeStep; outcome: IntakeOutcome | null }) {
  return (
    <div className="photo-intake-status">
      <div role="status">
        {state.step === 'adding' && (
          <div className="photo-progress">
            <span>
              {state.total === 1
                ? 'Adding the photo…'
                : `Adding ${state.done + 1} of ${state.total}…`}
            </span>
            <progress max={state.total} value={state.done} aria-hidden="true" />
          </div>
        )}
        {outcome && outcome.added > 0 && (
          <p className="photo-added">
            {outcome.added === 1 ? 'The photo was added.' : `${outcome.added} photos were added.`}
          </p>
        )}
      </div>
      {outcome && outcome.refusals.length > 0 && (
        <div className="photo-refusals" role="alert">
          <p className="photo-refusals-title">
            {outcome.refusals.length === 1
              ? 'One file was not added:'
              : `${outcome.refusals.length} files were not added:`}
          </p>
          <ul>
            {outcome.refusals.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function RemovePhoto({
  photo,
  onRemoved,
  onCancel,
}: {
  photo: PhotoInfo;
  onRemoved: () => void;
  onCancel: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke('photos:remove', { id: photo.id });
    if (result.ok) return onRemoved();
    setBusy(false);
    setError(result.error.message);
  };
  const placed = Object.keys(photo.landmarks.points).length;
  return (
    <ConfirmDialog
      title="Remove this photo?"
      confirmLabel="Remove photo"
      busyLabel="Removing…"
      busy={busy}
      error={error}
      onConfirm={() => void remove()}
      onCancel={onCancel}
    >
      <p>
        The {viewLabel(photo.view).toLowerCase()} photo
        {placed > 0 ? ` and its ${plural(placed, 'landmark', 'landmarks')}` : ''} will be taken out
        of this assessment. Backups made before now still hold it.
      </p>
    </ConfirmDialog>
  );
}
