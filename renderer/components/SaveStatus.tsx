/**
 * The one "how is saving going" line: the assessment form, the photo annotator and Settings all
 * say it the same way, announced politely to screen readers.
 */
export type SaveStatusState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date | string | null }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly action?: { readonly label: string; readonly onClick: () => void };
    };

interface SaveStatusProps {
  readonly state: SaveStatusState;
  /** Set for a record that cannot change: a short statement replaces the save state. */
  readonly locked?: string | null;
  /** What to say before anything has changed; nothing at all when null. */
  readonly idleText?: string | null;
  /** Something saved around it was held back (a refused field): said beside the state. */
  readonly heldBack?: string | null;
  /** A bordered box, for where the line stands on its own (the assessment's side bar). */
  readonly boxed?: boolean;
  readonly className?: string;
}

const timeOf = (at: Date | string) =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(at));

export function SaveStatus({
  state,
  locked = null,
  idleText = 'No changes yet',
  heldBack = null,
  boxed = false,
  className,
}: SaveStatusProps) {
  const classes = (kind: string) =>
    ['save-status', `save-status-${kind}`, boxed && 'save-status-boxed', className]
      .filter(Boolean)
      .join(' ');
  if (locked) {
    return (
      <div className={classes('locked')} role="status">
        <LockIcon />
        <span>{locked}</span>
      </div>
    );
  }
  return (
    <div className={classes(state.kind)} role="status" data-save-state={state.kind}>
      {state.kind === 'saving' && <span>Saving…</span>}
      {state.kind === 'idle' && idleText && <span>{idleText}</span>}
      {state.kind === 'saved' && (
        <span className="save-status-done">
          <CheckIcon />
          {state.at === null ? 'Saved' : `Saved at ${timeOf(state.at)}`}
        </span>
      )}
      {heldBack && (state.kind === 'saved' || state.kind === 'idle') && (
        <span className="save-status-problem">
          {state.kind === 'saved' ? ' · ' : ''}
          {heldBack}
        </span>
      )}
      {state.kind === 'failed' && (
        <span className="save-status-problem">
          Not saved: {state.reason}
          {state.action && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={state.action.onClick}>
                {state.action.label}
              </button>
            </>
          )}
        </span>
      )}
    </div>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="save-status-icon">
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
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="save-status-icon">
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
