/**
 * The studio server is away while she types an assessment: the banner stays at the top of the
 * form and goes by itself once a save goes through.
 */
import { useSyncExternalStore } from 'react';
import { ServerAwayBanner } from '../../components/ServerAwayBanner';
import type { SaveStatusStore } from './autosaver';

export function AssessmentServerAway({ statusStore }: { statusStore: SaveStatusStore }) {
  const away = useSyncExternalStore(statusStore.subscribe, () => {
    const status = statusStore.get();
    return status.kind === 'failed' && status.unreachable;
  });
  return (
    <ServerAwayBanner away={away} className="ae-server-away-region">
      Keep typing: everything you type is kept on this computer, and Stance saves it by itself as
      soon as the server answers again.
    </ServerAwayBanner>
  );
}
