import type { BackupProgress, BackupSummary } from '../../../shared/channels/backups';
import { backupKindText, formatMoment } from './backupText';
import { useBackupActions } from './useBackupActions';
import { useBackups, type BackupsLoad } from './useBackups';
import { useRestore, type RestoreFlow, type RestoreOutcome } from './useRestore';
import { ActionMessage } from '../../components/ActionMessage';
import { BackupTable } from './BackupTable';
import { RestoreDialog } from './RestoreDialog';
import { SettingsSection } from '../../components/SettingsSection';

export function BackupsSection({ onRestored }: { onRestored: (outcome: RestoreOutcome) => void }) {
  const { load, reload } = useBackups();
  const actions = useBackupActions(reload);
  const restore = useRestore('current', onRestored);
  const busy = actions.running !== null || restore.busy;

  return (
    <SettingsSection
      id="backups"
      title="Backups"
      description="Stance backs up your data by itself every day and when you close it. To keep a copy away from this computer, back up to a folder on a USB drive or another disk."
    >
      <LastBackup load={load} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void actions.backUpNow()}
        >
          {actions.running === 'create' ? 'Backing up…' : 'Back up now'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void actions.backUpToFolder()}
        >
          {actions.running === 'export' ? 'Backing up…' : 'Back up to a folder…'}
        </button>
      </div>
      {actions.running === 'export' && actions.progress && (
        <BackupProgressBar progress={actions.progress} />
      )}
      <ActionMessage message={actions.message} />

      <h3 className="settings-subtitle">Backups in the data folder</h3>
      <BackupList load={load} restore={restore} disabled={busy} />
      <div className="settings-aside">
        <p className="muted">Have a backup saved elsewhere, such as on a USB drive?</p>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => restore.ask({ from: 'file' })}
        >
          Restore from a file…
        </button>
      </div>
      <RestoreDialog flow={restore} situation="current" />
    </SettingsSection>
  );
}

function LastBackup({ load }: { load: BackupsLoad }) {
  if (load.status !== 'ready') return null;
  const newest: BackupSummary | undefined = load.backups[0];
  return (
    <p className="last-backup">
      <span className="last-backup-label">Last backup</span>{' '}
      {newest ? (
        <>
          <strong>{formatMoment(newest.takenAt)}</strong>
          <span className="muted"> · {backupKindText(newest.kind)}</span>
        </>
      ) : (
        <strong>None yet</strong>
      )}
    </p>
  );
}

function BackupList({
  load,
  restore,
  disabled,
}: {
  load: BackupsLoad;
  restore: RestoreFlow;
  disabled: boolean;
}) {
  if (load.status === 'loading') return null;
  if (load.status === 'failed') {
    return (
      <p className="settings-problem">The backups could not be listed. {load.error.message}</p>
    );
  }
  if (load.backups.length === 0) {
    return (
      <p className="muted">There are no backups here yet. “Back up now” makes the first one.</p>
    );
  }
  return (
    <BackupTable
      backups={load.backups}
      caption="Backups in the data folder, newest first"
      disabled={disabled}
      onRestore={(backup) => restore.ask({ from: 'backup', backup })}
    />
  );
}

function BackupProgressBar({ progress }: { progress: BackupProgress }) {
  const label =
    progress.phase === 'database'
      ? 'Saving your client data…'
      : `Copying photos: ${progress.done} of ${progress.total}`;
  return (
    <div className="progress">
      <label className="progress-label" htmlFor="backup-progress">
        {label}
      </label>
      <progress id="backup-progress" max={Math.max(progress.total, 1)} value={progress.done} />
    </div>
  );
}
