/**
 * The pair at the foot of a confirmation: the safe choice first, and the step itself, which says
 * what it is doing while it runs. The safe choice is marked to take focus, so Enter on a dialog
 * that just opened changes nothing; a field placed earlier in the dialog takes precedence.
 */
interface DialogButtonsProps {
  confirmLabel: string;
  /** Shown on the confirm button while the step runs. */
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  /** `danger` for a step that removes data for good, `danger-outline` for a milder one. */
  confirmTone?: 'primary' | 'danger' | 'danger-outline';
  /** The step cannot be taken yet (e.g. a confirmation still to be typed). */
  confirmDisabled?: boolean;
}

const toneClass = {
  primary: 'button-primary',
  danger: 'button-danger',
  'danger-outline': 'button-danger-outline',
} as const;

export function DialogButtons({
  confirmLabel,
  busyLabel,
  busy,
  onConfirm,
  onCancel,
  cancelLabel = 'Cancel',
  confirmTone = 'primary',
  confirmDisabled = false,
}: DialogButtonsProps) {
  return (
    <>
      <button type="button" className="button" data-autofocus disabled={busy} onClick={onCancel}>
        {cancelLabel}
      </button>
      <button
        type="button"
        className={`button ${toneClass[confirmTone]}`}
        disabled={busy || confirmDisabled}
        onClick={onConfirm}
      >
        {busy ? busyLabel : confirmLabel}
      </button>
    </>
  );
}
