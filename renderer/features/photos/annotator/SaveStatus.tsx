/** How saving the landmarks is going, announced politely; a failure offers to try again. */
import type { LandmarkSaveState } from './useLandmarkSaver';

const timeOf = (at: Date) =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(at);

interface SaveStatusProps {
  state: LandmarkSaveState;
  /** Set when nothing can change; replaces the save state. */
  locked: string | null;
  onRetry: () => void;
}

export function SaveStatus({ state, locked, onRetry }: SaveStatusProps) {
  if (locked)
    return (
      <div className="pa-save pa-save-locked" role="status">
        {locked}
      </div>
    );
  return (
    <div className={`pa-save pa-save-${state.kind}`} role="status" data-save-state={state.kind}>
      {state.kind === 'idle' && 'No changes yet'}
      {state.kind === 'saving' && 'Saving…'}
      {state.kind === 'saved' && `Saved at ${timeOf(state.at)}`}
      {state.kind === 'failed' && (
        <>
          Not saved: {state.reason}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
    </div>
  );
}
