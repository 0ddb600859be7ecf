import { useId, useState } from 'react';
import { Link } from 'wouter';
import { formatMoment } from './backupText';
import { useBackupWarning, type BackupWarning } from './useBackupWarning';
import { invoke } from '../../api';
import type { ActionMessageContent } from '../../components/ActionMessage';

/**
 * Above every page: a calm word when an automatic backup failed or the newest backup is old, with
 * "Back up now" right there. Her data itself is never at risk in either case, and it says so.
 */
export function BackupBanner() {
  const { warning, dismiss, resolve } = useBackupWarning();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<ActionMessageContent | null>(null);
  const titleId = useId();

  const backUpNow = async () => {
    setRunning(true);
    setOutcome(null);
    const result = await invoke('backups:create', {});
    setRunning(false);
    if (!result.ok) {
      setOutcome({ tone: 'problem', text: result.error.message });
      return;
    }
    resolve();
    setOutcome({
      tone: 'done',
      text: `Backup made at ${formatMoment(result.value.backup.takenAt)}. Your data has a fresh spare copy.`,
    });
  };

  return (
    <div className="backup-banner-region" aria-live="polite">
      {warning && (
        <section className="backup-banner" aria-labelledby={titleId}>
          <div className="backup-banner-body">
            <WarningText warning={warning} titleId={titleId} />
            {outcome && <p className="backup-banner-problem">{outcome.text}</p>}
          </div>
          <div className="backup-banner-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={running}
              onClick={() => void backUpNow()}
            >
              {running ? 'Backing up…' : 'Back up now'}
            </button>
            <Link href="/settings" className="button">
              Backup settings
            </Link>
            <button type="button" className="button" onClick={dismiss}>
              Not now
            </button>
          </div>
        </section>
      )}
      {!warning && outcome?.tone === 'done' && (
        <div className="backup-banner backup-banner-done">
          <p className="backup-banner-body">{outcome.text}</p>
          <div className="backup-banner-actions">
            <button type="button" className="button" onClick={() => setOutcome(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function WarningText({ warning, titleId }: { warning: BackupWarning; titleId: string }) {
  if (warning.kind === 'failed') {
    return (
      <>
        <h2 className="backup-banner-title" id={titleId}>
          The automatic backup could not be made
        </h2>
        <p>
          Your client data is safe: everything is saved as usual in <code>stance.db</code> in your
          data folder. Only the spare copy is missing. The usual cause is a full disk, so check that
          this computer has free space, then choose “Back up now”.
        </p>
        <p className="backup-banner-detail">What Stance was told: {warning.detail}</p>
      </>
    );
  }
  return (
    <>
      <h2 className="backup-banner-title" id={titleId}>
        Your newest backup is {warning.days} days old
      </h2>
      <p>
        Stance backs up by itself when it opens each day and when you close it, and the last one was
        on {formatMoment(warning.newestAt)}, perhaps because Stance has been open all along. Your
        data is safe in <code>stance.db</code>; a fresh spare copy takes only a moment.
      </p>
    </>
  );
}
