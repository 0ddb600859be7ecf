/** How saving the landmarks is going, in the kit's save-status line; a failure offers to try again. */
import { SaveStatus as SaveStatusLine } from '../../../components/SaveStatus';
import type { LandmarkSaveState } from './useLandmarkSaver';

interface SaveStatusProps {
  state: LandmarkSaveState;
  /** Set when nothing can change; replaces the save state. */
  locked: string | null;
  onRetry: () => void;
}

export function SaveStatus({ state, locked, onRetry }: SaveStatusProps) {
  return (
    <SaveStatusLine
      state={
        state.kind === 'failed'
          ? { ...state, action: { label: 'Try again', onClick: onRetry } }
          : state
      }
      locked={locked}
    />
  );
}
