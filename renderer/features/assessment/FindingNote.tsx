/**
 * A one-line note on one posture finding: hidden behind a small "Add note" button until wanted,
 * so the rows stay compact, and always shown once a note exists.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';

interface NoteToggleProps {
  /** The note input this button reveals. */
  inputId: string;
  /** Said after "Add note" by screen readers, e.g. "Knee alignment, left". */
  context: string;
  /** True when the note input was just folded away by key: the focus comes back here. */
  takeFocus: boolean;
  onOpen: () => void;
}

export function NoteToggle({ inputId, context, takeFocus, onOpen }: NoteToggleProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) button.current?.focus();
  }, [takeFocus]);
  return (
    <button
      ref={button}
      type="button"
      className="ae-link-button ae-note-toggle"
      aria-expanded={false}
      aria-controls={inputId}
      onClick={onOpen}
    >
      Add note<span className="visually-hidden"> on {context}</span>
    </button>
  );
}

interface NoteInputProps {
  id: string;
  context: string;
  note: string;
  previousNote: string | null;
  issue: string | undefined;
  /** True when the practitioner has just asked for the input: it takes the focus. */
  focusOnOpen: boolean;
  onChange: (note: string) => void;
  /** Folds an empty input away again. */
  onClose: (returnFocus: boolean) => void;
}

export function NoteInput({
  id,
  context,
  note,
  previousNote,
  issue,
  focusOnOpen,
  onChange,
  onClose,
}: NoteInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnOpen) input.current?.focus();
  }, [focusOnOpen]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Escape folds away a note she opened by mistake; a note with words in it is never dropped.
    if (event.key === 'Escape' && note === '') {
      event.preventDefault();
      onClose(true);
    }
  };
  const describedBy =
    [issue && `${id}-error`, previousNote && `${id}-was`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ae-finding-note${issue ? ' ae-invalid' : ''}`}>
      <label className="ae-finding-note-label" htmlFor={id}>
        Note<span className="visually-hidden"> on {context}</span>
      </label>
      <input
        ref={input}
        id={id}
        className="input ae-finding-note-input"
        type="text"
        autoComplete="off"
        value={note}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (note === '') onClose(false);
        }}
      />
      {previousNote && (
        <span className="ae-was ae-was-text" id={`${id}-was`}>
          Last time: {previousNote}
        </span>
      )}
      {issue && (
        <p className="ae-error" id={`${id}-error`}>
          {issue}
        </p>
      )}
    </div>
  );
}
