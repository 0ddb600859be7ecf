/**
 * The one modal dialog, on the native <dialog> opened with showModal(): the page behind is inert,
 * Tab goes round the dialog's own controls, Escape cancels, and focus goes back to the control
 * that opened it. Every confirmation, prompt and panel in Stance is built on it.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  /** What the dialog says; read out with the title when it opens. */
  description?: ReactNode;
  /** Fields, tables and the like, after the description. */
  children?: ReactNode;
  /** The buttons at the foot; see DialogButtons. */
  actions: ReactNode;
  /** Escape, × and whatever the actions call it: closing without doing the step. */
  onCancel: () => void;
  /** A step is running: Escape and × do nothing, so it cannot be left halfway. */
  busy?: boolean;
  /** Why the step did not work; the dialog stays open so it can be read. */
  error?: string | null;
  /** `alertdialog` for questions that need an answer before anything else. */
  role?: 'dialog' | 'alertdialog';
  size?: 'normal' | 'wide';
  /** `danger` marks a step that removes data for good. */
  tone?: 'plain' | 'danger';
  /** Adds a × in the corner, for dialogs long enough that Cancel may be out of sight. */
  closeButton?: boolean;
}

// The first of these marked data-autofocus takes focus; without one, the browser's own choice.
const AUTOFOCUS = '[data-autofocus]:not(:disabled)';
const FOCUSABLE = [
  'button:not(:disabled)',
  'input:not(:disabled)',
  'textarea:not(:disabled)',
  'select:not(:disabled)',
  '[href]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

export function Dialog({
  title,
  description,
  children,
  actions,
  onCancel,
  busy = false,
  error = null,
  role = 'dialog',
  size = 'normal',
  tone = 'plain',
  closeButton = false,
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

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

  // On opening, and again when a step that failed hands the controls back (a disabled button
  // loses focus, which would otherwise leave it nowhere).
  useEffect(() => {
    if (!busy) dialog.current?.querySelector<HTMLElement>(AUTOFOCUS)?.focus();
  }, [busy]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // Handled here rather than by the browser's own close, so the dialog closes only through
      // React, and Escape never also reaches the page's shortcuts behind it.
      event.preventDefault();
      event.stopPropagation();
      if (!busy) onCancel();
      return;
    }
    if (event.key === 'Tab') keepFocusInside(event);
  };

  const classes = [
    'dialog',
    size === 'wide' && 'dialog-wide',
    tone === 'danger' && 'dialog-danger',
  ];
  return (
    <dialog
      ref={dialog}
      className={classes.filter(Boolean).join(' ')}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Any other way the browser offers to dismiss it: the same rule as Escape.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <div className="dialog-header">
        <h2 className="dialog-title" id={titleId}>
          {title}
        </h2>
        {closeButton && (
          <button
            type="button"
            className="dialog-close"
            aria-label="Close"
            disabled={busy}
            onClick={onCancel}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {description && (
        <div className="dialog-text" id={descriptionId}>
          {description}
        </div>
      )}
      {children}
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}

/** Tab and Shift+Tab go round the dialog's own controls; the page behind stays out of reach. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>): void {
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
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
