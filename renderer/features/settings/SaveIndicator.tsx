import type { SaveState } from './useSettings';

interface SaveIndicatorProps {
  save: SaveState;
  /** A field main refused: the rest was saved, that one was not. */
  hasRefusedField: boolean;
  onRetry: () => void;
}

/** A quiet word on how saving is going, announced politely; a failure offers to try again. */
export function SaveIndicator({ save, hasRefusedField, onRetry }: SaveIndicatorProps) {
  return (
    <div className="save-indicator" role="status">
      {save.status === 'saving' && <span className="muted">Saving…</span>}
      {(save.status === 'idle' || save.status === 'saved') && hasRefusedField && (
        <span className="save-problem">A change was not saved. Check the marked field.</span>
      )}
      {save.status === 'saved' && !hasRefusedField && (
        <span className="save-done">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              d="M3.5 8.4l2.9 2.9 6-6.3"
              stroke="currentColor"
              strokeWidth="1.9"
              fill="none"
              strokeLinecap="round"
            />
          </svg>
          Saved
        </span>
      )}
      {save.status === 'failed' && (
        <span className="save-problem">
          Not saved. {save.message}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Try again
          </button>
        </span>
      )}
    </div>
  );
}
