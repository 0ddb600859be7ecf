import { useEffect, useRef } from 'react';

interface DiscardPromptProps {
  onDiscard: () => void;
  onKeepEditing: () => void;
}

/**
 * Asked before throwing away typed details, so a stray Escape cannot lose a page of notes.
 * "Keep editing" takes focus: the safe choice is the one Enter picks.
 */
export function DiscardPrompt({ onDiscard, onKeepEditing }: DiscardPromptProps) {
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
        Leave without saving?
      </p>
      <p id="discard-text">The details you typed for this client will not be kept.</p>
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
          Leave without saving
        </button>
      </div>
    </div>
  );
}
