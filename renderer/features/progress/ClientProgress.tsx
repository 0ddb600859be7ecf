/** The Progress card of the client page: every visit's measures as charts. */
import { useMemo } from 'react';
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { useLoad } from '../../hooks/useLoad';
import { ProgressCharts } from './ProgressCharts';

export function ClientProgress({ clientId, attempt }: { clientId: string; attempt: number }) {
  // Asked for alongside the assessments, not after them, so the page is ready in one round trip.
  const { load, reload } = useLoad(`${clientId}#${attempt}`, () =>
    invoke('progress:forClient', { clientId }),
  );
  const visits = load.status === 'ready' ? load.value : null;
  // The page above re-renders when the assessments arrive; the charts need not be drawn twice.
  const charts = useMemo(() => visits && <ProgressCharts visits={visits} />, [visits]);
  // A client with no visits yet has the Assessments card's own words; an empty card adds nothing.
  if (load.status === 'ready' && load.value.length === 0) return null;
  return (
    <section
      className="card"
      aria-labelledby="client-progress-title"
      aria-busy={load.status === 'loading'}
    >
      <h2 className="card-title" id="client-progress-title">
        Progress
      </h2>
      {load.status === 'failed' && (
        <AlertBanner
          title="The progress charts could not be loaded."
          actions={
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
          }
        >
          <p>{load.error.message}</p>
        </AlertBanner>
      )}
      {charts}
    </section>
  );
}
