/**
 * A modal dialog on the native <dialog>: the page behind is inert, Escape cancels, and focus goes
 * back to where it came from when it closes.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons; the first control marked data-autofocus takes focus on opening. */
  actions: ReactNode;
  onCancel: () => void;
  /** Escape does nothing while a step runs. */
  busy?: boolean;
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
}

export function Dialog({
  title,
  children,
  actions,
  onCancel,
  busy = false,
  role = 'dialog',
  wide = false,
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const openedFrom =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      element.close();
      openedFrom?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`ae-dialog${wide ? ' ae-dialog-wide' : ''}`}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 className="ae-dialog-title" id={titleId}>
        {title}
      </h2>
      <div className="ae-dialog-body">{children}</div>
      <div className="ae-dialog-actions">{actions}</div>
    </dialog>
  );
}
