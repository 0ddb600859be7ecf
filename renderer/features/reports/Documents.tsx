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

export function ReportDocument({
  clientId,
  assessmentId,
}: {
  clientId: string;
  /** Left out in the preview to show the newest assessment. */
  assessmentId?: string | undefined;
}) {
  const { load } = useLoad(`${clientId}/${assessmentId ?? 'newest'}`, () =>
    invoke('reports:clientReport', assessmentId ? { clientId, assessmentId } : { clientId }),
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
