import { useEffect, useRef } from 'react';

interface DiscardPromptProps {
  onDiscard: () => void;
  onKeepEditing: () => void;
  title?: string;
  text?: string;
  discardLabel?: string;
}

/**
 * Asked before throwing away typed details, so a stray Escape cannot lose a page of notes.
 * "Keep editing" takes focus: the safe choice is the one Enter picks.
 */
export function DiscardPrompt({
  onDiscard,
  onKeepEditing,
  title = 'Leave without saving?',
  text = 'The details you typed for this client will not be kept.',
  discardLabel = 'Leave without saving',
}: DiscardPromptProps) {
  const keepEditing = useRef<HTMLButtonElement>(null);
  useEffect(() => keepEditing.current?.focus(), []);

  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="discard-title"
      aria-describedby="discard-text"
    >
      <p className="confirm-title" id="discard-title">
        {title}
      </p>
      <p id="discard-text">{text}</p>
      <div className="confirm-actions">
        <button
          type="button"
          className="button button-primary"
          ref={keepEditing}
          onClick={onKeepEditing}
        >
          Keep editing
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {discardLabel}
        </button>
      </div>
    </div>
  );
}
