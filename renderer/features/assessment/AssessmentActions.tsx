/** Finalize, amend, discard and the list of revisions: the steps that change what the record is. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Assessment } from '../../../shared/channels/assessments';
import { invoke } from '../../api';
import type { AutosaveControls } from './useAutosave';
import { useNotice } from '../../components/Notice';
import { Dialog } from '../../components/Dialog';
import { DialogButtons } from '../../components/DialogButtons';
import { RevisionsDialog } from './RevisionsDialog';
import { clearLocalCopy } from './local-copy';
import { dropSetAsideOf } from './set-aside';
import type { RedFlagAnswers } from '../../../shared/domain/clinical';
import { FINALIZE_ANYWAY_TEXT, finalizeRedFlagNote } from './finalize-warning';

type Step = 'finalize' | 'amend' | 'discard' | 'revisions';

interface AssessmentActionsProps {
  assessment: Assessment;
  autosave: AutosaveControls;
  shownRevision: number;
  onReload: () => void;
  onView: (revision: number) => void;
  /** The draft's red-flag answers as they are now, for the Finalize dialog's warning. */
  redFlagAnswers: () => RedFlagAnswers | null | undefined;
}

export function AssessmentActions({
  assessment,
  autosave,
  shownRevision,
  onReload,
  onView,
  redFlagAnswers,
}: AssessmentActionsProps) {
  const [open, setOpen] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [location, navigate] = useLocation();
  const { showNotice } = useNotice();
  const { assessmentId: id, revision } = assessment;
  const isDraft = assessment.status === 'draft';

  const close = () => {
    setOpen(null);
    setError(null);
    setBusy(false);
  };

  const run = async (step: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    const problem = await step();
    if (problem) {
      setError(problem);
      setBusy(false);
    }
  };

  const finalize = () =>
    run(async () => {
      if (!(await autosave.settle())) {
        return 'Not everything is saved yet. Correct the fields marked in red, or wait until saving finishes, then finalize.';
      }
      const result = await invoke('assessments:finalize', { id, revision });
      if (!result.ok) return result.error.message;
      clearLocalCopy(id, revision);
      close();
      showNotice('The assessment is finalized and locked. Use Amend to correct it.', location);
      onReload();
      return null;
    });

  const amend = () =>
    run(async () => {
      if (reason.trim() === '') return 'Say briefly why it is being amended.';
      const result = await invoke('assessments:amend', { id, reason: reason.trim() });
      if (!result.ok) return result.error.issues?.[0]?.message ?? result.error.message;
      close();
      setReason('');
      showNotice(`Revision ${result.value.revision} is open for changes.`, location);
      onReload();
      return null;
    });

  const discard = () =>
    run(async () => {
      autosave.stop();
      const result = await invoke('assessments:discardDraft', { id });
      if (!result.ok) return result.error.message;
      clearLocalCopy(id, revision);
      dropSetAsideOf(id, null);
      close();
      if (result.value.removed === 'assessment') {
        const clientPage = `/clients/${assessment.clientId}`;
        showNotice('The draft assessment was discarded.', clientPage);
        navigate(clientPage);
      } else {
        showNotice('The amendment was discarded; the finalized revision is shown.', location);
        onReload();
      }
      return null;
    });

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen('revisions')}>
        Revisions
      </button>
      {isDraft && (
        <button type="button" className="button" onClick={() => setOpen('discard')}>
          Discard draft
        </button>
      )}
      {isDraft ? (
        <button type="button" className="button button-primary" onClick={() => setOpen('finalize')}>
          Finalize
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setOpen('amend')}>
          Amend
        </button>
      )}

      {open === 'revisions' && (
        <RevisionsDialog
          assessmentId={id}
          shownRevision={shownRevision}
          currentRevision={revision}
          onView={(chosen) => {
            close();
            onView(chosen);
          }}
          onClose={close}
        />
      )}
      {open === 'finalize' && (
        <Dialog
          title="Finalize this assessment?"
          role="alertdialog"
          busy={busy}
          error={error}
          onCancel={close}
          description={
            <>
              <FinalizeRedFlagWarning answers={redFlagAnswers()} />
              <p>
                It will be locked as the record of this visit. Later corrections are made with
                Amend, which keeps this version.
              </p>
            </>
          }
          actions={
            <DialogButtons
              confirmLabel={
                finalizeRedFlagNote(redFlagAnswers()).warning ? 'Finalize anyway' : 'Finalize'
              }
              busyLabel="Finalizing…"
              busy={busy}
              onConfirm={() => void finalize()}
              onCancel={close}
            />
          }
        />
      )}
      {open === 'discard' && (
        <Dialog
          title="Discard this draft?"
          role="alertdialog"
          busy={busy}
          error={error}
          onCancel={close}
          description={
            <p>
              {revision === 1
                ? 'Everything entered in this assessment will be deleted. This cannot be undone.'
                : `The changes in revision ${revision} will be deleted; revision ${revision - 1} stays as it was finalized.`}
            </p>
          }
          actions={
            <DialogButtons
              cancelLabel="Keep the draft"
              confirmLabel="Discard draft"
              busyLabel="Discarding…"
              busy={busy}
              confirmTone="danger-outline"
              onConfirm={() => void discard()}
              onCancel={close}
            />
          }
        />
      )}
      {open === 'amend' && (
        <Dialog
          title="Amend this assessment"
          busy={busy}
          onCancel={close}
          description={
            <p>
              The finalized version is kept. A new draft revision opens with the same values for you
              to correct.
            </p>
          }
          actions={
            <DialogButtons
              confirmLabel="Open a new revision"
              busyLabel="Opening…"
              busy={busy}
              onConfirm={() => void amend()}
              onCancel={close}
            />
          }
        >
          <div className={`field${error ? ' field-invalid' : ''}`}>
            <label className="ae-label" htmlFor="ae-amend-reason">
              Reason for amending
            </label>
            <textarea
              id="ae-amend-reason"
              className="input textarea"
              rows={3}
              maxLength={500}
              value={reason}
              data-autofocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'ae-amend-error' : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {error && (
              <p className="ae-error" id="ae-amend-error">
                {error}
              </p>
            )}
          </div>
        </Dialog>
      )}
    </>
  );
}

function FinalizeRedFlagWarning({ answers }: { answers: RedFlagAnswers | null | undefined }) {
  const { warning, referral } = finalizeRedFlagNote(answers);
  return (
    <>
      {warning && (
        <div className="ae-finalize-warning">
          <p className="ae-finalize-warning-title">{warning.title}</p>
          <p>{warning.text}</p>
          <p>{FINALIZE_ANYWAY_TEXT}</p>
        </div>
      )}
      {referral && <p>{referral}</p>}
    </>
  );
}
