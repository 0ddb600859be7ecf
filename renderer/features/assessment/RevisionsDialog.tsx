/**
 * Every revision of the assessment, newest first; any one can be opened to read as it was, with
 * its own photos and landmarks and the rules version it was scored with.
 */
import { invoke } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { formatCalendarDate } from '../../lib/format';
import { Dialog } from '../../components/Dialog';
import { revisionAuthors } from './revision-authors';

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

interface RevisionsDialogProps {
  assessmentId: string;
  /** The revision on screen, marked in the list. */
  shownRevision: number;
  currentRevision: number;
  onView: (revision: number) => void;
  onClose: () => void;
}

export function RevisionsDialog({
  assessmentId,
  shownRevision,
  currentRevision,
  onView,
  onClose,
}: RevisionsDialogProps) {
  const { load } = useLoad(assessmentId, () => invoke('assessments:history', { id: assessmentId }));
  const revisions = load.status === 'ready' ? load.value : null;
  const error = load.status === 'failed' ? load.error.message : null;

  return (
    <Dialog
      title="Revisions of this assessment"
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
              <th scope="col">Scored with rules</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => {
              const authors = revisionAuthors(revision, dateTime);
              return (
                <tr key={revision.revision}>
                  <th scope="row">{revision.revision}</th>
                  <td>
                    {revision.status === 'final'
                      ? `Finalized ${revision.finalizedAt ? dateTime(revision.finalizedAt) : ''}`
                      : 'Draft'}
                    {authors && <div className="ae-history-authors">{authors}</div>}
                  </td>
                  <td>{formatCalendarDate(revision.assessedOn)}</td>
                  <td>{dateTime(revision.updatedAt)}</td>
                  <td>{revision.amendmentReason || <span className="muted">—</span>}</td>
                  <td>{revision.rulesVersion}</td>
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
              );
            })}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
