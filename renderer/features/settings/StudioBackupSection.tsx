/**
 * Settings → Studio backup: a whole copy of the studio database taken with PostgreSQL's pg_dump
 * when it is installed here. Offered only then; otherwise she is told what to install.
 */
import { useEffect, useState } from 'react';
import { invoke } from '../../api';
import { ActionMessage, type ActionMessageContent } from '../../components/ActionMessage';
import { SettingsSection } from '../../components/SettingsSection';
import { formatFileSize } from '../../lib/format';
import type { StudioBackupStatus } from '../../../shared/domain/studio-backup';

export function StudioBackupSection() {
  const [status, setStatus] = useState<StudioBackupStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessageContent | null>(null);

  useEffect(() => {
    let current = true;
    void invoke('studio:backupStatus', {}).then((result) => {
      if (!current) return;
      if (result.ok) setStatus(result.value);
      else setMessage({ tone: 'problem', text: result.error.message });
    });
    return () => {
      current = false;
    };
  }, []);

  const backUp = async () => {
    setBusy(true);
    setMessage(null);
    const result = await invoke('studio:backup', {});
    setBusy(false);
    setMessage(
      result.ok
        ? {
            tone: 'done',
            text: `The studio database was backed up (${formatFileSize(result.value.bytes)}) to:`,
            path: result.value.file,
          }
        : { tone: 'problem', text: result.error.message },
    );
  };

  return (
    <SettingsSection
      id="studio-backup"
      title="Studio backup"
      description="A whole copy of the studio database, taken from this computer with PostgreSQL’s pg_dump on the connection saved above and kept in Stance’s backups folder. It does not replace the server’s own backups, which whoever runs the server keeps."
    >
      {status && !status.pgDumpFound && (
        <p className="settings-section-text">
          PostgreSQL’s pg_dump is not installed on this computer, so Stance cannot take this copy
          here. Install PostgreSQL’s client tools (on Debian or Ubuntu, the postgresql-client
          package), or back up on the server itself.
        </p>
      )}
      {status?.pgDumpFound && (
        <>
          <p className="settings-section-text">
            Backups go to <code>{status.folder}</code>.
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => void backUp()}>
              {busy ? 'Backing up…' : 'Back up the studio database now'}
            </button>
          </div>
        </>
      )}
      <ActionMessage message={message} />
    </SettingsSection>
  );
}
