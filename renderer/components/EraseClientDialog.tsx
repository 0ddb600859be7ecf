import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Client } from '../../shared/domain/clients';
import { clientDisplayName } from '../../shared/domain/clients';
import { invoke } from '../api';

interface EraseClientDialogProps {
  client: Client;
  /** Null while the count is unknown; the wording then does not give a number. */
  assessmentCount: number | null;
  onCancel: () => void;
  onErased: () => void;
}

/** The comparison main makes, so the button wakes exactly when main would accept the name. */
function sameName(typed: string, expected: string): boolean {
  const normal = (name: string) =>
    name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return normal(typed) === normal(expected);
}

/**
 * The one way to erase a client. Typing the full name is the confirmation; the erase button is
 * never focused first and Enter in the name field does not press it, so only a deliberate click
 * or Space on that button erases. Escape, Cancel and × leave everything as it was.
 */
export function EraseClientDialog({
  client,
  assessmentCount,
  onCancel,
  onErased,
}: EraseClientDialogProps) {
  const name = clientDisplayName(client);
  const dialog = useRef<HTMLDialogElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [erasing, setErasing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const textId = useId();
  const fieldId = useId();
  const matches = sameName(typed, name);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const openedFrom =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    nameField.current?.focus();
    return () => {
      element.close();
      openedFrom?.focus();
    };
  }, []);

  const erase = async () => {
    setProblem(null);
    setErasing(true);
    const result = await invoke('clients:erase', { id: client.id, confirmName: typed });
    if (result.ok) return onErased();
    setErasing(false);
    setProblem(result.error.message);
  };

  return (
    <dialog
      ref={dialog}
      className="erase-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        // Escape: closed through React only, and never halfway through erasing.
        event.preventDefault();
        if (!erasing) onCancel();
      }}
    >
      <div className="erase-dialog-header">
        <h2 className="erase-dialog-title" id={titleId}>
          Erase {name}?
        </h2>
        <button
          type="button"
          className="dialog-close"
          aria-label="Close"
          disabled={erasing}
          onClick={onCancel}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="erase-dialog-text" id={textId}>
        <p>This removes from Stance, for good:</p>
        <ul>
          <li>{name}’s details and notes</li>
          <li>
            {assessmentCount === null
              ? 'all their assessments, with every revision'
              : assessmentCount === 0
                ? 'their assessments (there are none yet)'
                : assessmentCount === 1
                  ? 'their assessment, with every revision'
                  : `all ${assessmentCount} of their assessments, with every revision`}
          </li>
          <li>their exercise programs</li>
          <li>their photos, except any that another client’s record also uses</li>
        </ul>
        <p>
          <strong>This cannot be undone.</strong> If you may need this record again, cancel and
          choose “Export record…” first. To only take {client.firstName} out of your list, archive
          them instead.
        </p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={fieldId}>
          Type the client’s full name, <span className="confirm-name">{name}</span>, to confirm
        </label>
        <input
          id={fieldId}
          ref={nameField}
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          disabled={erasing}
          onChange={(event) => setTyped(event.target.value)}
          // Enter must never erase: it is where a hurried confirmation would land.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      {problem && (
        <p className="dialog-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="erase-dialog-actions">
        <button type="button" className="button" disabled={erasing} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={!matches || erasing}
          onClick={() => void erase()}
        >
          {erasing ? 'Erasing…' : 'Erase client'}
        </button>
      </div>
    </dialog>
  );
}

/** Tab and Shift+Tab go round the dialog's own controls; the page behind stays out of reach. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const stops = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(
      'button:not(:disabled), input:not(:disabled)',
    ),
  ];
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
