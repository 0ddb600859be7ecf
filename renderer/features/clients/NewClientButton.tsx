import { useLocation } from 'wouter';
import { commandKeyName } from '../../hooks/useKeyboardShortcut';

/** Ctrl+N / Cmd+N does the same from anywhere (see App). */
export function NewClientButton({ label = 'New client' }: { label?: string }) {
  const [, navigate] = useLocation();
  return (
    <button
      type="button"
      className="button button-primary"
      aria-keyshortcuts="Control+N Meta+N"
      title={`New client (${commandKeyName}+N)`}
      onClick={() => navigate('/clients/new')}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      {label}
    </button>
  );
}
