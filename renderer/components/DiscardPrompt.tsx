import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';

interface DiscardPromptProps {
  onDiscard: () => void;
  onKeepEditing: () => void;
  title?: string;
  text?: string;
  discardLabel?: string;
}

/**
 * Asked before throwing away typed details, so a stray Escape cannot lose a page of notes.
 * "Keep editing" takes focus and Escape means the same: the safe choice is the easy one.
 */
export function DiscardPrompt({
  onDiscard,
  onKeepEditing,
  title = 'Leave without saving?',
  text = 'The details you typed for this client will not be kept.',
  discardLabel = 'Leave without saving',
}: DiscardPromptProps) {
  return (
    <Dialog
      title={title}
      role="alertdialog"
      description={<p>{text}</p>}
      onCancel={onKeepEditing}
      actions={
        <DialogButtons
          cancelLabel="Keep editing"
          confirmLabel={discardLabel}
          busyLabel={discardLabel}
          busy={false}
          confirmTone="danger-outline"
          onConfirm={onDiscard}
          onCancel={onKeepEditing}
        />
      }
    />
  );
}
