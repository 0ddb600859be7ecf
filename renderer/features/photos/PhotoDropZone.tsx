/**
 * Where photos come in: a button opening the file picker, a button for the camera, and the same
 * area taking files dragged onto it. Keyboard users use the buttons; the drop area is a bonus.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { IMAGE_FILE_ACCEPT } from '../../lib/read-file';

/** Which button gets focus back once the zone is usable again (after adding, or a cancel). */
export type ZoneFocus = 'add' | 'camera' | null;

interface PhotoDropZoneProps {
  busy: boolean;
  takeFocus: ZoneFocus;
  onFocusTaken: () => void;
  onFiles: (files: File[]) => void;
  onCamera: () => void;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function PhotoDropZone({
  busy,
  takeFocus,
  onFocusTaken,
  onFiles,
  onCamera,
}: PhotoDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const cameraButton = useRef<HTMLButtonElement>(null);
  // dragenter/dragleave fire for every child crossed, so the highlight follows a depth count.
  const depth = useRef(0);
  const [over, setOver] = useState(false);

  // The list of new photos or the camera dialog had focus; it comes back here, not to the page top.
  useEffect(() => {
    if (busy || !takeFocus) return;
    (takeFocus === 'add' ? addButton : cameraButton).current?.focus();
    onFocusTaken();
  }, [busy, takeFocus, onFocusTaken]);

  const enter = (event: DragEvent) => {
    if (!carriesFiles(event) || busy) return;
    event.preventDefault();
    depth.current += 1;
    setOver(true);
  };
  const leave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const overZone = (event: DragEvent) => {
    if (!carriesFiles(event) || busy) return;
    // Without this the browser would open the dropped file in place of the app.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    depth.current = 0;
    setOver(false);
    if (busy) return;
    onFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      className={over ? 'photo-drop photo-drop-over' : 'photo-drop'}
      data-testid="photo-drop-zone"
      onDragEnter={enter}
      onDragLeave={leave}
      onDragOver={overZone}
      onDrop={drop}
    >
      <svg
        className="photo-drop-icon"
        viewBox="0 0 24 24"
        width="28"
        height="28"
        aria-hidden="true"
      >
        <path
          d="M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3M12 4v11M7.5 8.5 12 4l4.5 4.5"
          stroke="currentColor"
          strokeWidth="1.7"
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <p className="photo-drop-text">
        {over ? 'Drop to add these photos' : 'Drag photos here, or'}
      </p>
      <div className="photo-drop-actions">
        <button
          type="button"
          className="button button-primary"
          ref={addButton}
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          Add photos…
        </button>
        <button
          type="button"
          className="button"
          ref={cameraButton}
          disabled={busy}
          onClick={onCamera}
        >
          Take a photo…
        </button>
      </div>
      <p className="photo-drop-hint">JPEG, PNG, HEIC, WebP or AVIF, up to 30 MB each.</p>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept={IMAGE_FILE_ACCEPT}
        multiple
        tabIndex={-1}
        aria-label="Choose photos to add"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same file again still counts as a change.
          event.target.value = '';
          onFiles(files);
        }}
      />
    </div>
  );
}
