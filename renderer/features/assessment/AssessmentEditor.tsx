/**
 * The assessment form, filled in while the client stands in the studio: sections in the order she
 * works, saved as she types, locked once finalized, amended by adding a revision.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '../../../shared/channels/assessments';
import { clientDisplayName } from '../../../shared/domain/clients';
import { isCalendarDate } from '../../../shared/domain/dates';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { BackLink, BackToClients } from '../../components/BackLink';
import { PageHeader } from '../../components/PageHeader';
import { AssessmentActions } from './AssessmentActions';
import { AssessmentForm } from './AssessmentForm';
import { FormProvider } from './form-context';
import type { FormStore } from './form-store';
import { ReferralBanner } from './RedFlagsPanel';
import { SaveStatusView } from './SaveStatusView';
import { SectionNav } from './SectionNav';
import { SetAsideNotice } from './SetAsideNotice';
import { AssessmentServerAway } from './AssessmentServerAway';
import { formatCalendarDate, formatDayOf } from '../../lib/format';
import type { EditorData, PreviousLoad } from './useAssessmentEditor';
import { ageOnDay, storeFor, useAssessmentEditor } from './useAssessmentEditor';
import { useAutosave } from './useAutosave';

export function AssessmentEditor({ id }: { id: string }) {
  const { load, previous, reload } = useAssessmentEditor(id);
  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  if (load.status === 'failed') return <LoadProblem error={load.error} onRetry={reload} />;
  return <EditorPage data={load} previous={previous} onReload={reload} />;
}

function LoadProblem({ error, onRetry }: { error: AppErrorShape; onRetry: () => void }) {
  const missing = error.code === 'not-found' || error.code === 'invalid-input';
  if (error.code === 'unavailable') {
    return (
      <div className="page">
        <PageHeader
          title="This assessment could not be opened"
          before={<BackToClients />}
          focusOnArrival
        />
        <AlertBanner title="The studio database cannot be reached just now.">
          <p>
            Anything you typed that was not saved yet is kept on this computer and is put back when
            the assessment opens.
          </p>
          <p>
            <button type="button" className="button" onClick={onRetry}>
              Try again
            </button>
          </p>
        </AlertBanner>
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader
        title={missing ? 'Assessment not found' : 'This assessment could not be opened'}
        before={<BackToClients />}
        focusOnArrival
      />
      <AlertBanner title={missing ? 'It may have been discarded.' : 'Something went wrong.'}>
        <p>{error.message}</p>
        <p>
          <Link href="/">Go back to your clients</Link>
        </p>
      </AlertBanner>
    </div>
  );
}

interface Shown {
  readonly assessment: Assessment;
  readonly store: FormStore;
}

interface EditorPageProps {
  data: EditorData;
  previous: PreviousLoad;
  onReload: () => void;
}

function EditorPage({ data, previous, onReload }: EditorPageProps) {
  const { assessment, client, units, store, restored, onTopOf } = data;
  const [older, setOlder] = useState<Shown | null>(null);
  const [viewProblem, setViewProblem] = useState<string | null>(null);
  const autosave = useAutosave(store, assessment, assessment.status === 'draft', {
    restored,
    onTopOf,
  });

  const shown: Shown = older ?? { assessment, store };
  const readOnly = older !== null || assessment.status === 'final';
  const assessedOn = useSyncExternalStore(
    shown.store.subscribe,
    () => shown.store.get().doc.assessedOn,
  );
  const name = clientDisplayName(client);
  // A finalized revision is read with the birth date it was finalized with.
  const dateOfBirth = shown.assessment.clientSnapshot?.dateOfBirth ?? client.dateOfBirth;
  const ageYears = ageOnDay(dateOfBirth, assessedOn);
  const previousAssessment = previous.status === 'ready' ? previous.previous : null;
  // One object for the life of the form: a new one would re-render every field.
  const formSettings = useMemo(
    () => ({ store: shown.store, readOnly, units, ageYears, previous: previousAssessment }),
    [shown.store, readOnly, units, ageYears, previousAssessment],
  );

  const view = async (revision: number) => {
    setViewProblem(null);
    if (revision === assessment.revision) return setOlder(null);
    const result = await invoke('assessments:getRevision', {
      id: assessment.assessmentId,
      revision,
    });
    if (!result.ok) return setViewProblem(result.error.message);
    setOlder({ assessment: result.value, store: storeFor(result.value, false).store });
  };

  return (
    <div className="page ae-page">
      <PageHeader
        title={`Assessment: ${name}`}
        before={<BackLink href={`/clients/${client.id}`}>{name}</BackLink>}
        subtitle={`${isCalendarDate(assessedOn) ? formatCalendarDate(assessedOn) : 'No date yet'} · ${statusText(shown.assessment)}`}
        actions={
          <AssessmentActions
            assessment={assessment}
            autosave={autosave}
            shownRevision={shown.assessment.revision}
            onReload={onReload}
            onView={(revision) => void view(revision)}
            redFlagAnswers={() => store.get().doc.body.redFlags}
          />
        }
        focusOnArrival
      />
      <AssessmentServerAway statusStore={autosave.status} />
      {assessment.status === 'draft' && !older && (
        <SetAsideNotice
          id={assessment.assessmentId}
          revision={assessment.revision}
          statusStore={autosave.status}
          onPutBack={onReload}
        />
      )}
      {viewProblem && (
        <AlertBanner title="That revision could not be opened.">{viewProblem}</AlertBanner>
      )}
      {older && (
        <div className="ae-viewing" role="status">
          <span>
            You are reading revision {older.assessment.revision} as it was. It cannot be changed.
          </span>
          <Link
            className="button ae-button-small"
            href={`/clients/${client.id}/report/${assessment.assessmentId}/${older.assessment.revision}`}
          >
            Report of revision {older.assessment.revision}
          </Link>
          <button type="button" className="button ae-button-small" onClick={() => setOlder(null)}>
            Back to the current revision
          </button>
        </div>
      )}
      <FormProvider
        key={`${shown.assessment.revision}-${older ? 'older' : 'current'}`}
        value={formSettings}
      >
        <ReferralBanner />
        <div
          className="ae-layout"
          data-form-ready={previous.status === 'ready' ? 'true' : undefined}
        >
          <SectionNav>
            <SaveStatusView
              statusStore={autosave.status}
              locked={readOnly ? lockedText(shown.assessment) : null}
              onReopen={onReload}
            />
          </SectionNav>
          <AssessmentForm
            client={client}
            readOnly={readOnly}
            assessmentId={assessment.assessmentId}
            olderRevision={older?.assessment.revision}
            photosLock={older ? 'older-revision' : assessment.status === 'final' ? 'final' : null}
          />
        </div>
      </FormProvider>
    </div>
  );
}

function statusText(assessment: Assessment): string {
  const revision = assessment.revision > 1 ? `, revision ${assessment.revision}` : '';
  return assessment.status === 'final' ? `Finalized${revision}` : `Draft${revision}`;
}

function lockedText(assessment: Assessment): string {
  return assessment.status === 'final' && assessment.finalizedAt
    ? `Finalized on ${formatDayOf(assessment.finalizedAt)}`
    : `Revision ${assessment.revision}, read only`;
}
