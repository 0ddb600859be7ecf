/** The two documents, loaded from main: used by the print routes and the in-app preview. */
import { ClientReport } from './ClientReport';
import { ExerciseHandout } from './ExerciseHandout';
import { useDocumentData, type DocumentLoad } from './useDocumentData';
import { usePrintReady } from './usePrintReady';
import './print.css';

function Problem({ load }: { load: DocumentLoad<unknown> }) {
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
  const load = useDocumentData(
    'reports:clientReport',
    assessmentId ? { clientId, assessmentId } : { clientId },
    `${clientId}/${assessmentId ?? 'newest'}`,
  );
  usePrintReady(load.status);
  return load.status === 'ready' ? <ClientReport report={load.value} /> : <Problem load={load} />;
}

export function HandoutDocument({ programId }: { programId: string }) {
  const load = useDocumentData('reports:handout', { programId }, programId);
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
