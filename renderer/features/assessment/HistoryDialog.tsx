/** Every revision of the assessment, newest first; any one can be opened to read as it was. */
import { useEffect, useState } from 'react';
import type { AssessmentRevisionInfo } from '../../../shared/domain/assessments';
import { invoke } from '../../api';
import { formatCalendarDate } from '../../lib/format';
import { Dialog } from '../../components/Dialog';

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

interface HistoryDialogProps {
  assessmentId: string;
  /** The revision on screen, marked in the list. */
  shownRevision: number;
  currentRevision: number;
  onView: (revision: number) => void;
  onClose: () => void;
}

export function HistoryDialog({
  assessmentId,
  shownRevision,
  currentRevision,
  onView,
  onClose,
}: HistoryDialogProps) {
  const [revisions, setRevisions] = useState<AssessmentRevisionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void invoke('assessments:history', { id: assessmentId }).then((result) => {
      if (!current) return;
      if (result.ok) setRevisions(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [assessmentId]);

  return (
    <Dialog
      title="Assessment history"
      size="wide"
      error={error}
      onCancel={onClose}
      actions={
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      }
    >
      {!revisions && !error && <p className="muted">Loading…</p>}
      {revisions && (
        <table className="ae-history">
          <caption className="visually-hidden">Revisions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">Status</th>
              <th scope="col">Assessed on</th>
              <th scope="col">Last change</th>
              <th scope="col">Reason for amending</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.revision}>
                <th scope="row">{revision.revision}</th>
                <td>
                  {revision.status === 'final'
                    ? `Finalized ${revision.finalizedAt ? dateTime(revision.finalizedAt) : ''}`
                    : 'Draft'}
                </td>
                <td>{formatCalendarDate(revision.assessedOn)}</td>
                <td>{dateTime(revision.updatedAt)}</td>
                <td>{revision.amendmentReason || <span className="muted">—</span>}</td>
                <td className="ae-history-action">
                  {revision.revision === shownRevision ? (
                    <span className="muted">Shown</span>
                  ) : (
                    <button
                      type="button"
                      className="button ae-button-small"
                      onClick={() => onView(revision.revision)}
                    >
                      {revision.revision === currentRevision ? 'Back to current' : 'View'}
                      <span className="visually-hidden"> revision {revision.revision}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
