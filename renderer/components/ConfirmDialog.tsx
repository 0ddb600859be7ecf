import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';

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
  return (
    <Dialog
      title={title}
      role="alertdialog"
      description={children}
      error={error}
      busy={busy}
      onCancel={onCancel}
      actions={
        <DialogButtons
          cancelLabel={error ? 'Close' : 'Cancel'}
          confirmLabel={confirmLabel}
          busyLabel={busyLabel}
          busy={busy}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      }
    />
  );
}
