import type { BackupSummary } from '../../../shared/channels/backups';
import { formatFileSize } from '../../lib/format';
import { backupKindText, formatMoment } from './backupText';
import { useBackups } from './useBackups';
import { useRestore, type RestoreOutcome } from './useRestore';
import { BackupTable } from './BackupTable';
import { RestoreDialog } from './RestoreDialog';

/**
 * The way back from damaged data: the newest verified backup first, older ones on request, or a
 * backup file saved elsewhere. Each one is restored only after its confirmation.
 */
export function RecoveryBackups({ onRestored }: { onRestored: (outcome: RestoreOutcome) => void }) {
  const { load } = useBackups();
  const restore = useRestore('damaged', onRestored);
  const [newest, ...older] = load.status === 'ready' ? load.backups : [];

  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h2 className="problem-subtitle" id="recovery-title">
        Restore from a backup
      </h2>
      {load.status === 'loading' && <p className="muted">Looking for backups…</p>}
      {load.status === 'failed' && <p>The backups could not be listed. {load.error.message}</p>}
      {load.status === 'ready' && !newest && (
        <p>
          No backups were found in the data folder. If you saved one elsewhere, for example on a USB
          drive, you can restore it from its file.
        </p>
      )}
      {newest && (
        <NewestBackup
          backup={newest}
          disabled={restore.busy}
          onRestore={() => restore.ask({ from: 'backup', backup: newest })}
        />
      )}
      {older.length > 0 && (
        <details className="older-backups">
          <summary>Older backups ({older.length})</summary>
          <BackupTable
            backups={older}
            caption="Older backups, newest first"
            disabled={restore.busy}
            onRestore={(backup) => restore.ask({ from: 'backup', backup })}
          />
        </details>
      )}
      <div className="recovery-file">
        <p className="muted">Saved a backup somewhere else, such as a USB drive?</p>
        <button
          type="button"
          className="button"
          disabled={restore.busy}
          onClick={() => restore.ask({ from: 'file' })}
        >
          Restore from a file…
        </button>
      </div>
      <RestoreDialog flow={restore} situation="damaged" />
    </section>
  );
}

function NewestBackup({
  backup,
  disabled,
  onRestore,
}: {
  backup: BackupSummary;
  disabled: boolean;
  onRestore: () => void;
}) {
  return (
    <div className="newest-backup">
      <div className="newest-backup-text">
        <p className="newest-backup-label">Newest backup</p>
        <p className="newest-backup-date">{formatMoment(backup.takenAt)}</p>
        <p className="muted">
          {backupKindText(backup.kind)} · {formatFileSize(backup.bytes)}
        </p>
      </div>
      <button
        type="button"
        className="button button-primary"
        disabled={disabled}
        onClick={onRestore}
      >
        Restore this backup
      </button>
    </div>
  );
}
