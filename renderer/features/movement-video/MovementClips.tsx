/**
 * The assessment's movement clips: add a clip from a file or record one with the webcam, tagged
 * with the screen and view it shows; pick a clip to watch it frame by frame and keep frames as
 * photos. Clips belong to one revision, like photos: they change only while it is the current draft.
 */
import { useRef, useState } from 'react';
import type { ClipInfo } from '../../../shared/channels/clips';
import type { PhotoInfo } from '../../../shared/channels/photos';
import { describeMovementTag } from '../../../shared/domain/movement/clips';
import type { MovementTag } from '../../../shared/domain/movement/screens';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ClipPlayer } from './ClipPlayer';
import { CLIP_FILE_ACCEPT, readClip } from './clip-files';
import { formatClipLength } from './frame-steps';
import { RecordClipDialog } from './RecordClipDialog';
import { TagFields } from './TagFields';
import { useClips } from './useClips';

interface MovementClipsProps {
  assessmentId: string;
  /** An earlier revision being read; the current revision when undefined. */
  revision?: number;
  /** False while the revision on screen is finalized or an earlier one. */
  editable: boolean;
  /** A frame kept from a clip, to show at once among the photos. */
  onFrameKept: (photo: PhotoInfo) => void;
  /** The id of the panel's heading, so the section around it can be named by it. */
  headingId: string;
}

type Status = { kind: 'idle' } | { kind: 'adding' } | { kind: 'problem'; message: string };

export function MovementClips({
  assessmentId,
  revision,
  editable,
  onFrameKept,
  headingId,
}: MovementClipsProps) {
  const clips = useClips(assessmentId, revision);
  const [tag, setTag] = useState<MovementTag>({
    screen: 'overhead-squat',
    view: 'front',
    side: null,
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [removing, setRemoving] = useState<ClipInfo | null>(null);
  const [removal, setRemoval] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const list = clips.load.status === 'ready' ? clips.load.clips : [];
  const shown = list.find((clip) => clip.id === selected) ?? list.at(-1) ?? null;
  const adding = status.kind === 'adding';

  const add = async (file: Blob, fileName: string) => {
    setStatus({ kind: 'adding' });
    const read = await readClip(file, fileName);
    if (!read.ok) {
      setStatus({ kind: 'problem', message: read.message });
      return;
    }
    const result = await invoke('clips:add', {
      assessmentId,
      tag,
      fileName,
      data: read.data,
    });
    if (!result.ok) {
      setStatus({
        kind: 'problem',
        message: result.error.issues?.[0]?.message ?? result.error.message,
      });
      return;
    }
    clips.keep(result.value);
    setSelected(result.value.id);
    setStatus({ kind: 'idle' });
  };

  const remove = async (clip: ClipInfo) => {
    setRemoval({ busy: true, error: null });
    const result = await invoke('clips:remove', { id: clip.id });
    if (!result.ok) {
      setRemoval({ busy: false, error: result.error.message });
      return;
    }
    clips.drop(clip.id);
    setRemoving(null);
    setRemoval({ busy: false, error: null });
  };

  return (
    <div className="movement-clips" data-movement-clips>
      <h3 className="ae-panel-title" id={headingId} tabIndex={-1}>
        Movement clips
      </h3>
      <p className="ae-section-intro">
        Film or add a clip of each movement screen, then step through it frame by frame. Sound,
        location and camera details are not kept.
      </p>
      {clips.load.status === 'failed' && (
        <p className="clip-problem" role="alert">
          {clips.load.error.message}{' '}
          <button type="button" className="button" onClick={clips.retry}>
            Try again
          </button>
        </p>
      )}
      {list.length > 0 && (
        <ul className="clip-list" aria-label="Clips">
          {list.map((clip) => (
            <li key={clip.id} className="clip-list-item">
              <button
                type="button"
                className="button clip-choice"
                aria-pressed={shown?.id === clip.id}
                onClick={() => setSelected(clip.id)}
              >
                {describeMovementTag(clip.tag)} ({formatClipLength(clip.durationMs)})
              </button>
              {editable && (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Remove the clip: ${describeMovementTag(clip.tag)}`}
                  onClick={() => setRemoving(clip)}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {clips.load.status === 'ready' && list.length === 0 && (
        <p className="photo-empty">No clips yet.</p>
      )}
      {shown && (
        <ClipPlayer key={shown.id} clip={shown} editable={editable} onFrameKept={onFrameKept} />
      )}
      {editable && (
        <fieldset className="clip-add" disabled={adding}>
          <legend className="clip-add-legend">Add a clip</legend>
          <TagFields tag={tag} onChange={setTag} disabled={adding} />
          <div className="clip-controls">
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Add a clip from a file…
            </button>
            <button type="button" className="button" onClick={() => setRecording(true)}>
              Record with the camera
            </button>
            <input
              ref={fileInput}
              type="file"
              accept={CLIP_FILE_ACCEPT}
              hidden
              data-clip-file
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void add(file, file.name);
              }}
            />
          </div>
        </fieldset>
      )}
      <p className={status.kind === 'problem' ? 'clip-problem' : 'clip-note'} role="status">
        {status.kind === 'problem' ? status.message : adding ? 'Preparing the clip…' : ''}
      </p>
      {recording && (
        <RecordClipDialog
          tag={tag}
          onClose={() => setRecording(false)}
          onKeep={(take) => {
            setRecording(false);
            const stamp = new Date()
              .toISOString()
              .slice(0, 19)
              .replace('T', ' ')
              .replace(/:/g, '.');
            void add(take, `Camera clip ${stamp}.webm`);
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this clip?"
          confirmLabel="Remove clip"
          busyLabel="Removing…"
          busy={removal.busy}
          error={removal.error}
          onConfirm={() => void remove(removing)}
          onCancel={() => {
            setRemoving(null);
            setRemoval({ busy: false, error: null });
          }}
        >
          {describeMovementTag(removing.tag)}. Frames you kept from it stay among the photos.
        </ConfirmDialog>
      )}
    </div>
  );
}
