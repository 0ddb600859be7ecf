import { formatFileSize } from '../../lib/format';
import { backupKindText, formatMoment } from './backupText';
import type { RestoreFlow, RestoreSituation, RestoreSource } from './useRestore';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** The confirmation for a restore: what will be replaced, what is kept, and what will be missing. */
export function RestoreDialog({
  flow,
  situation,
}: {
  flow: RestoreFlow;
  situation: RestoreSituation;
}) {
  const source = flow.asking;
  if (!source) return null;
  const fromFile = source.from === 'file';
  return (
    <ConfirmDialog
      title={fromFile ? 'Restore from a backup file?' : 'Restore this backup?'}
      confirmLabel={fromFile ? 'Choose a file…' : 'Restore this backup'}
      busyLabel="Restoring…"
      busy={flow.busy}
      error={flow.error}
      onConfirm={() => void flow.confirm()}
      onCancel={flow.cancel}
    >
      {!fromFile && (
        <p className="dialog-subject">
          <strong>{formatMoment(source.backup.takenAt)}</strong> ·{' '}
          {backupKindText(source.backup.kind)} · {formatFileSize(source.backup.bytes)}
        </p>
      )}
      {fromFile && (
        <p>
          Next, choose a Stance backup file. Its name ends in “.stance.db”, for example inside a
          backup folder you saved on a USB drive. Stance checks the file before using it.
        </p>
      )}
      <WhatHappens situation={situation} source={source} />
    </ConfirmDialog>
  );
}

function WhatHappens({
  situation,
  source,
}: {
  situation: RestoreSituation;
  source: RestoreSource;
}) {
  const since =
    source.from === 'backup' ? `since ${formatMoment(source.backup.takenAt)}` : 'since it was made';
  if (situation === 'damaged') {
    return (
      <>
        <p>
          The backup takes the place of the client records Stance could not read. The damaged file
          is not deleted: it is kept aside, unchanged, in the data folder.
        </p>
        <p>Anything entered {since} is not in the backup.</p>
      </>
    );
  }
  return (
    <>
      <p>
        Stance first backs up your data as it is now, then replaces it with the backup. The safety
        copy is listed here as “Before a restore”, so you can go back to it.
      </p>
      <p>
        Clients, assessments and settings added or changed {since} will not be in the restored data.
      </p>
    </>
  );
}
