import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import { formatPlain, formatSigned } from '../../../shared/domain/clinical/format';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { formatCalendarDate, plural } from '../../lib/format';
import type { AssessmentsLoad } from './useClientAssessments';
import { AlertBanner } from '../../components/AlertBanner';
import { OrNotRecorded } from './ClientTable';

const instrumentNames: Record<string, string> = {
  odi: 'ODI',
  'modified-odi': 'Modified ODI',
  rmdq: 'RMDQ',
};

interface ClientAssessmentsProps {
  clientId: string;
  load: AssessmentsLoad;
  onRetry: () => void;
}

export function ClientAssessments({ clientId, load, onRetry }: ClientAssessmentsProps) {
  const [, navigate] = useLocation();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);

  const startAssessment = async () => {
    setProblem(null);
    setStarting(true);
    const result = await invoke('assessments:create', { clientId });
    if (result.ok) return navigate(`/assessments/${result.value.assessmentId}`);
    setStarting(false);
    setProblem(result.error);
  };

  return (
    <section
      className="card"
      aria-labelledby="client-assessments-title"
      aria-busy={load.status === 'loading'}
    >
      <div className="card-header">
        <h2 className="card-title" id="client-assessments-title">
          Assessments
        </h2>
        <button
          type="button"
          className="button button-primary button-small"
          disabled={starting}
          onClick={() => void startAssessment()}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              d="M8 3v10M3 8h10"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
          {starting ? 'Starting…' : 'New assessment'}
        </button>
      </div>
      {problem && (
        <AlertBanner title="The assessment was not started.">
          <p>{problem.message}</p>
        </AlertBanner>
      )}
      <AssessmentsBody clientId={clientId} load={load} onRetry={onRetry} />
    </section>
  );
}

function AssessmentsBody({
  clientId,
  load,
  onRetry,
}: {
  clientId: string;
  load: AssessmentsLoad;
  onRetry: () => void;
}) {
  if (load.status === 'loading') return null;
  if (load.status === 'failed') {
    return (
      <AlertBanner
        title="The assessments could not be loaded."
        actions={
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        }
      >
        <p>{load.error.message}</p>
      </AlertBanner>
    );
  }
  if (load.assessments.length === 0) {
    return (
      <p className="section-empty">
        No assessments yet. A new assessment is kept as a draft until you finalize it.
      </p>
    );
  }
  return (
    <div className="table-frame table-frame-flat">
      <table className="client-table assessment-table">
        <caption className="visually-hidden">Assessments, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
            <th scope="col">Pain now</th>
            <th scope="col">Disability</th>
            <th scope="col">
              <span aria-hidden="true">FPI-6 L / R</span>
              <span className="visually-hidden">FPI-6 left and right</span>
            </th>
            <th scope="col">
              <span className="visually-hidden">Report</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {load.assessments.map((assessment) => (
            <AssessmentRow
              key={assessment.assessmentId}
              clientId={clientId}
              assessment={assessment}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AssessmentRow({
  clientId,
  assessment,
}: {
  clientId: string;
  assessment: AssessmentListItem;
}) {
  return (
    <tr>
      <th scope="row" className="nowrap">
        <Link href={`/assessments/${assessment.assessmentId}`} className="row-link">
          {formatCalendarDate(assessment.assessedOn)}
        </Link>
      </th>
      <td className="nowrap">
        <StatusBadge status={assessment.status} />
        {assessment.revisionCount > 1 && (
          <span className="muted revision-count">
            {plural(assessment.revisionCount, 'revision', 'revisions')}
          </span>
        )}
      </td>
      <td className="nowrap">
        <OrNotRecorded value={assessment.painNow === null ? '' : `${assessment.painNow}/10`} />
      </td>
      <td className="nowrap">
        <Disability assessment={assessment} />
      </td>
      <td className="nowrap">
        <FootPosture left={assessment.fpiLeft} right={assessment.fpiRight} />
      </td>
      <td className="nowrap">
        <ReportLink clientId={clientId} assessment={assessment} />
      </td>
    </tr>
  );
}

/**
 * The printable report of a finalized visit. While an amendment is a draft, the revision it
 * amends is the one signed off, so that is the one offered; a first draft has no report here.
 */
function ReportLink({
  clientId,
  assessment,
}: {
  clientId: string;
  assessment: AssessmentListItem;
}) {
  const { assessmentId, status, revision } = assessment;
  const base = `/clients/${clientId}/report/${assessmentId}`;
  const href = status === 'final' ? base : revision > 1 ? `${base}/${revision - 1}` : null;
  if (href === null) return null;
  return (
    <Link href={href} className="button button-small assessment-report-link">
      Report
      <span className="visually-hidden">
        {' '}
        of {formatCalendarDate(assessment.assessedOn)}
        {status === 'final' ? '' : `, as finalized (revision ${revision - 1})`}
      </span>
    </Link>
  );
}

function StatusBadge({ status }: { status: AssessmentListItem['status'] }) {
  return (
    <span className={status === 'final' ? 'badge badge-final' : 'badge badge-draft'}>
      {status === 'final' ? 'Final' : 'Draft'}
    </span>
  );
}

function Disability({ assessment }: { assessment: AssessmentListItem }) {
  const { disabilityScore: score, disabilityInstrument: instrument } = assessment;
  if (score === null) return <OrNotRecorded value="" />;
  // Scores on different scales are never comparable, so the scale is always named beside them.
  const value = instrument === 'rmdq' ? `${formatPlain(score)}/24` : `${formatPlain(score)}%`;
  const name = instrument ? (instrumentNames[instrument] ?? instrument) : '';
  return (
    <>
      {value} {name && <span className="muted">{name}</span>}
    </>
  );
}

function FootPosture({ left, right }: { left: number | null; right: number | null }) {
  if (left === null && right === null) return <OrNotRecorded value="" />;
  return (
    <>
      <span className="visually-hidden">Left </span>
      <OrNotRecorded value={left === null ? '' : formatSigned(left)} />
      <span aria-hidden="true"> / </span>
      <span className="visually-hidden">, right </span>
      <OrNotRecorded value={right === null ? '' : formatSigned(right)} />
    </>
  );
}
