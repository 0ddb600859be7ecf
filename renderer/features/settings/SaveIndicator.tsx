import { SaveStatus, type SaveStatusState } from '../../components/SaveStatus';
import type { SaveState } from './useSettings';

interface SaveIndicatorProps {
  save: SaveState;
  /** A field main refused: the rest was saved, that one was not. */
  hasRefusedField: boolean;
  onRetry: () => void;
}

function kitState(save: SaveState, onRetry: () => void): SaveStatusState {
  switch (save.status) {
    case 'idle':
    case 'saving':
      return { kind: save.status };
    case 'saved':
      return { kind: 'saved', at: null };
    case 'failed':
      return {
        kind: 'failed',
        reason: save.message,
        action: { label: 'Try again', onClick: onRetry },
      };
  }
}

/** Settings' saving state in the kit's save-status line, quiet until something changes. */
export function SaveIndicator({ save, hasRefusedField, onRetry }: SaveIndicatorProps) {
  return (
    <SaveStatus
      state={kitState(save, onRetry)}
      idleText={null}
      heldBack={hasRefusedField ? 'A change was not saved. Check the marked field.' : null}
      className="save-indicator"
    />
  );
}
