/** The two documents, loaded from main: used by the print routes and the in-app preview. */
import { invoke } from '../../api';
import { useLoad, type Load } from '../../hooks/useLoad';
import { ClientReport } from './ClientReport';
import { ExerciseHandout } from './ExerciseHandout';
import { usePrintReady } from './usePrintReady';
import './print.css';

function Problem({ load }: { load: Load<unknown> }) {
  if (load.status !== 'failed') return <p className="print-loading">Preparing the document…</p>;
  return (
    <div className="print-problem" role="alert">
      <p>The document could not be prepared.</p>
      <p>{load.error.message}</p>
    </div>
  );
}

/** A revision named in a route; anything but a whole number is left for main to refuse. */
export const revisionParam = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : Number(text);

export function ReportDocument({
  clientId,
  assessmentId,
  revision,
}: {
  clientId: string;
  /** Left out in the preview to show the newest assessment. */
  assessmentId?: string | undefined;
  /** An earlier revision of that assessment, printed as it was; the current one when left out. */
  revision?: number | undefined;
}) {
  const { load } = useLoad(`${clientId}/${assessmentId ?? 'newest'}/${revision ?? 'current'}`, () =>
    invoke('reports:clientReport', {
      clientId,
      ...(assessmentId && { assessmentId }),
      ...(revision !== undefined && { revision }),
    }),
  );
  usePrintReady(load.status);
  return load.status === 'ready' ? <ClientReport report={load.value} /> : <Problem load={load} />;
}

export function HandoutDocument({ programId }: { programId: string }) {
  const { load } = useLoad(programId, () => invoke('reports:handout', { programId }));
  usePrintReady(load.status);
  return load.status === 'ready' ? (
    <ExerciseHandout handout={load.value} />
  ) : (
    <Problem load={load} />
  );
}

export function NoSuchDocument() {
  usePrintReady('failed');
  return <p className="print-problem">There is no such document.</p>;
}
