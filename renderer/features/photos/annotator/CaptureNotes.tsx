/**
 * What the detection says about how the photo was taken, laid over the photo's top edge where she
 * is looking. It informs and never blocks: the stage stays usable beneath, and she can hide it.
 */
interface CaptureNotesProps {
  notes: readonly string[];
  onHide: () => void;
}

export function CaptureNotes({ notes, onHide }: CaptureNotesProps) {
  if (notes.length === 0) return null;
  return (
    // Inside the photo stage: a click or key here must not place or move a mark on the photo.
    <div
      className="pa-capture-notes"
      role="status"
      data-testid="capture-notes"
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onHide}>
        Hide
      </button>
    </div>
  );
}
