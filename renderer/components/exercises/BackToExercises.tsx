import { Link } from 'wouter';

export function BackToExercises() {
  return (
    <Link href="/exercises" className="back-link">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path
          d="M10 3L5 8l5 5"
          stroke="currentColor"
          strokeWidth="1.8"
          fill="none"
          strokeLinecap="round"
        />
      </svg>
      All exercises
    </Link>
  );
}
