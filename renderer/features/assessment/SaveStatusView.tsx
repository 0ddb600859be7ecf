/** How saving is going, in a few words, announced politely to screen readers. */
import { useSyncExternalStore } from 'react';
import type { SaveStatusStore } from './autosaver';

const timeOf = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

interface SaveStatusViewProps {
  statusStore: SaveStatusStore;
  /** Set for revisions that cannot change: a short statement replaces the save state. */
  locked: string | null;
  onReopen: () => void;
}

export function SaveStatusView({ statusStore, locked, onReopen }: SaveStatusViewProps) {
  const status = useSyncExternalStore(statusStore.subscribe, statusStore.get);
  if (locked) {
    return (
      <div className="ae-save ae-save-locked" role="status">
        <LockIcon />
        <span>{locked}</span>
      </div>
    );
  }
  return (
    <div className={`ae-save ae-save-${status.kind}`} role="status" data-save-state={status.kind}>
      {status.kind === 'saving' && <span>Saving…</span>}
      {status.kind === 'idle' && <span>No changes yet</span>}
      {status.kind === 'saved' && (
        <span>
          <CheckIcon /> Saved at {timeOf(status.at)}
          {status.heldBack > 0 && (
            <span className="ae-save-held">
              {' '}
              · {status.heldBack === 1 ? '1 field' : `${status.heldBack} fields`} not saved (marked
              in red)
            </span>
          )}
        </span>
      )}
      {status.kind === 'failed' && (
        <span className="ae-save-problem">
          Not saved: {status.reason}{' '}
          {status.conflict && (
            <button type="button" className="ae-link-button" onClick={onReopen}>
              Reopen
            </button>
          )}
        </span>
      )}
    </div>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="ae-save-icon">
      <path
        d="M3.5 8.4l2.9 2.9 6-6.3"
        stroke="currentColor"
        strokeWidth="1.9"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}

function LockIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="ae-save-icon">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      <path
        d="M5.2 7V5.2a2.8 2.8 0 0 1 5.6 0V7"
        stroke="currentColor"
        strokeWidth="1.6"
        fill="none"
      />
    </svg>
  );
}
