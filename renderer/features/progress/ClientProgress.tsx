/** The Progress card of the client page: every visit's measures as charts. */
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { useLoad } from '../../hooks/useLoad';
import { ProgressCharts } from './ProgressCharts';

export function ClientProgress({ clientId, attempt }: { clientId: string; attempt: number }) {
  const { load, reload } = useLoad(`${clientId}#${attempt}`, () =>
    invoke('progress:forClient', { clientId }),
  );
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
      {load.status === 'ready' && <ProgressCharts visits={load.value} />}
    </section>
  );
}
