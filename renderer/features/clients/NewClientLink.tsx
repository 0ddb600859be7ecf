import { Link } from 'wouter';
import { commandKeyName } from '../../hooks/useKeyboardShortcut';

/** A link, not a button: it only goes to the new-client page. Ctrl+N / Cmd+N does the same from anywhere (see App). */
export function NewClientLink({ label = 'New client' }: { label?: string }) {
  return (
    <Link
      href="/clients/new"
      className="button button-primary"
      aria-keyshortcuts="Control+N Meta+N"
      title={`New client (${commandKeyName}+N)`}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      {label}
    </Link>
  );
}
