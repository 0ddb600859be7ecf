import { useState } from 'react';
import type { BackupProgress, PhotoCopyCount } from '../../../shared/channels/backups';
import { invoke, onEvent } from '../../api';
import { formatMoment } from './backupText';
import type { ActionMessageContent } from '../../components/ActionMessage';
import { plural } from '../../lib/format';

/**
 * "Back up now" into the app's backups folder and "Back up to a folder…" elsewhere, one at a time.
 * The second listens to main's progress while it writes; cancelling its folder dialog says nothing.
 */
export function useBackupActions(onBackupAdded: () => void) {
  const [running, setRunning] = useState<'create' | 'export' | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [message, setMessage] = useState<ActionMessageContent | null>(null);

  const backUpNow = async () => {
    setRunning('create');
    setMessage(null);
    const result = await invoke('backups:create', {});
    setRunning(null);
    if (!result.ok) {
      setMessage({ tone: 'problem', text: result.error.message });
      return;
    }
    onBackupAdded();
    const { backup, photos } = result.value;
    setMessage({
      tone: 'done',
      text: `Backup made at ${formatMoment(backup.takenAt)}.${missingPhotosNote(photos)}`,
    });
  };

  const backUpToFolder = async () => {
    setRunning('export');
    setMessage(null);
    setProgress(null);
    const stopListening = onEvent('backups:progress', setProgress);
    const result = await invoke('backups:exportTo', {});
    stopListening();
    setRunning(null);
    setProgress(null);
    if (!result.ok) {
      setMessage({ tone: 'problem', text: result.error.message });
      return;
    }
    if (result.value.cancelled) return;
    const { photos, folder } = result.value;
    setMessage({
      tone: 'done',
      text: `Backup saved${photos.copied > 0 ? ` with ${plural(photos.copied, 'photo', 'photos')}` : ''}.${missingPhotosNote(photos)} You will find it in this folder:`,
      path: folder,
    });
  };

  return { running, progress, message, backUpNow, backUpToFolder };
}

function missingPhotosNote(photos: PhotoCopyCount): string {
  if (photos.missing === 0) return '';
  return ` ${plural(photos.missing, 'photo', 'photos')} could not be found, so the backup does not have ${photos.missing === 1 ? 'it' : 'them'}.`;
}
