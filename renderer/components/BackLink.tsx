import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** The "‹ somewhere" link above a page title, back to where she came from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="back-link"
      // A shortened client name is still whole on hover.
      title={typeof children === 'string' ? children : undefined}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path
          d="M10 3L5 8l5 5"
          stroke="currentColor"
          strokeWidth="1.8"
          fill="none"
          strokeLinecap="round"
        />
      </svg>
      <span className="back-link-text">{children}</span>
    </Link>
  );
}

export function BackToClients() {
  return <BackLink href="/">All clients</BackLink>;
}

export function BackToExercises() {
  return <BackLink href="/exercises">All exercises</BackLink>;
}
