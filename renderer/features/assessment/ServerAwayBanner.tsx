/**
 * Said while the studio server cannot be reached: her typing is kept on this computer and saved
 * when the server answers again. Polite and out of the way, so she keeps typing; it goes by itself
 * once a save goes through.
 */
import { useSyncExternalStore } from 'react';
import type { SaveStatusStore } from './autosaver';

export function ServerAwayBanner({ statusStore }: { statusStore: SaveStatusStore }) {
  const away = useSyncExternalStore(statusStore.subscribe, () => {
    const status = statusStore.get();
    return status.kind === 'failed' && status.unreachable;
  });
  return (
    <div className="ae-server-away-region" role="status">
      {away && (
        <div className="ae-server-away">
          <strong>The studio database cannot be reached just now.</strong>{' '}
          <span>
            Keep typing: everything you type is kept on this computer, and Stance saves it by itself
            as soon as the server answers again.
          </span>
        </div>
      )}
    </div>
  );
}
