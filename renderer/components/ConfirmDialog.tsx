import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the step runs. */
  busyLabel: string;
  busy: boolean;
  /** Why the step did not work; the dialog stays open so the practitioner can read it. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a step that replaces data. Cancel takes focus, so Enter, Escape and closing the
 * dialog all leave everything as it was: the step runs only when its own button is chosen.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const openedFrom =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      element.close();
      openedFrom?.focus();
    };
  }, []);

  // On opening, and again when a step that failed hands the buttons back.
  useEffect(() => {
    if (!busy) cancelButton.current?.focus();
  }, [busy]);

  // Tab and Shift+Tab go round the dialog's own buttons; the page behind stays out of reach.
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const stops = [
      ...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled), [href]'),
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
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        // Escape: the dialog closes only through React, and never while the step is running.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 className="dialog-title" id={titleId}>
        {title}
      </h2>
      <div className="dialog-text" id={textId}>
        {children}
      </div>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          ref={cancelButton}
          disabled={busy}
          onClick={onCancel}
        >
          {error ? 'Close' : 'Cancel'}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
