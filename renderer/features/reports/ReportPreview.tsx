/** The report or handout as it will print, with Save as PDF and Print; printing happens in main. */
import { useState } from 'react';
import type { ProgramSummary } from '../../../shared/channels/programs';
import { Link } from 'wouter';
import type { PrintRequest } from '../../../shared/channels/reports';
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../hooks/useLoad';
import { HandoutDocument, ReportDocument, revisionParam } from './Documents';
import { StudioDetailsPrompt } from './StudioDetailsPrompt';
import './preview.css';

type Busy = 'pdf' | 'print' | null;

/** The studio has no name and she has not been asked for its details yet. */
async function shouldAskForStudio(): Promise<boolean> {
  const settings = await invoke('settings:get', {});
  return settings.ok && settings.value.studioName === '' && !settings.value.studioDetailsAsked;
}

function PrintActions({
  request,
  onStudioDetails,
}: {
  request: PrintRequest;
  /** The studio's details were just answered, so the preview's letterhead is out of date. */
  onStudioDetails: () => void;
}) {
  const [busy, setBusy] = useState<Busy>(null);
  const [asking, setAsking] = useState<Exclude<Busy, null> | null>(null);
  const [message, setMessage] = useState<{ problem: boolean; text: string } | null>(null);

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    setMessage(null);
    if (kind === 'pdf') {
      const result = await invoke('print:savePdf', request);
      if (!result.ok) setMessage({ problem: true, text: result.error.message });
      else if (result.value.saved)
        setMessage({ problem: false, text: `Saved to ${result.value.path}` });
    } else {
      const result = await invoke('print:print', request);
      if (!result.ok) setMessage({ problem: true, text: result.error.message });
    }
    setBusy(null);
  };

  // Before the first printed document, the letterhead's details are asked for once.
  const start = async (kind: Exclude<Busy, null>) => {
    if (await shouldAskForStudio()) setAsking(kind);
    else await run(kind);
  };

  const answered = () => {
    const kind = asking;
    setAsking(null);
    onStudioDetails();
    if (kind) void run(kind);
  };

  return (
    <>
      <div className="preview-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy !== null}
          onClick={() => void start('pdf')}
        >
          {busy === 'pdf' ? 'Saving…' : 'Save as PDF…'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void start('print')}
        >
          {busy === 'print' ? 'Printing…' : 'Print…'}
        </button>
      </div>
      {message?.problem && (
        <AlertBanner title="That did not work.">
          <p>{message.text}</p>
        </AlertBanner>
      )}
      {message && !message.problem && <p role="status">{message.text}</p>}
      {asking && <StudioDetailsPrompt onDone={answered} onCancel={() => setAsking(null)} />}
    </>
  );
}

function BackToClient({ clientId }: { clientId: string }) {
  return (
    <Link href={`/clients/${clientId}`} className="back-link">
      Back to the client
    </Link>
  );
}

/** The client's programs, each with a link to its handout. */
function HandoutLinks({ clientId }: { clientId: string }) {
  const { load } = useLoad(clientId, () => invoke('programs:listForClient', { clientId }));
  const programs: ProgramSummary[] = load.status === 'ready' ? load.value : [];
  if (programs.length === 0) return null;
  return (
    <p className="preview-handout-link">
      Exercise handouts:{' '}
      {programs.map((program, index) => (
        <span key={program.id}>
          {index > 0 && ' · '}
          <Link href={`/clients/${clientId}/handout/${program.id}`}>{program.title}</Link>
        </span>
      ))}
    </p>
  );
}

/** The named assessment's report, or the newest one's when none is named. */
export function ReportPreview({
  clientId,
  assessmentId,
  revision,
}: {
  clientId: string;
  assessmentId?: string | undefined;
  /** An earlier revision of the assessment, shown and printed as it was. */
  revision?: string | undefined;
}) {
  const earlier = revisionParam(revision);
  const [letterhead, setLetterhead] = useState(0);
  return (
    <div className="page preview-page">
      <PageHeader
        title="Client report"
        before={<BackToClient clientId={clientId} />}
        actions={
          <PrintActions
            request={
              assessmentId
                ? {
                    kind: 'report',
                    clientId,
                    assessmentId,
                    ...(earlier !== undefined && { revision: earlier }),
                  }
                : { kind: 'report', clientId }
            }
            onStudioDetails={() => setLetterhead((count) => count + 1)}
          />
        }
        focusOnArrival
      />
      <HandoutLinks clientId={clientId} />
      <div className="preview-paper">
        <ReportDocument
          key={letterhead}
          clientId={clientId}
          assessmentId={assessmentId}
          revision={earlier}
        />
      </div>
    </div>
  );
}

export function HandoutPreview({ clientId, programId }: { clientId: string; programId: string }) {
  const [letterhead, setLetterhead] = useState(0);
  return (
    <div className="page preview-page">
      <PageHeader
        title="Exercise handout"
        before={<BackToClient clientId={clientId} />}
        actions={
          <PrintActions
            request={{ kind: 'handout', clientId, programId }}
            onStudioDetails={() => setLetterhead((count) => count + 1)}
          />
        }
        focusOnArrival
      />
      <div className="preview-paper">
        <HandoutDocument key={letterhead} programId={programId} />
      </div>
    </div>
  );
}
