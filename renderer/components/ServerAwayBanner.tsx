/**
 * Said while the studio server cannot be reached: what she typed is kept on this computer and
 * saved when the server answers again. Polite (a status, not an alert) so she can keep working;
 * the region stays in the page so the words are announced when they appear.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export const SERVER_AWAY_TITLE = 'The studio database cannot be reached just now.';

interface ServerAwayBannerProps {
  away: boolean;
  /** What happens to her text here, in a sentence or two. */
  children: ReactNode;
  className?: string;
  /** Scrolls the banner into view when it appears, for a Save pressed further down the page. */
  reveal?: boolean;
}

export function ServerAwayBanner({
  away,
  children,
  className = '',
  reveal = false,
}: ServerAwayBannerProps) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (away && reveal) banner.current?.scrollIntoView({ block: 'nearest' });
  }, [away, reveal]);
  return (
    <div className={`server-away-region ${className}`.trim()} role="status">
      {away && (
        <div className="server-away" ref={banner}>
          <strong>{SERVER_AWAY_TITLE}</strong> <span>{children}</span>
        </div>
      )}
    </div>
  );
}
