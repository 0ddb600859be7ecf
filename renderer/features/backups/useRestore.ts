import { useState } from 'react';
import type { BackupSummary, RestoredBackup } from '../../../shared/channels/backups';
import { invoke } from '../../api';
import { formatMoment } from './backupText';
import { plural } from '../../lib/format';

/** What is being restored: a backup from the list, or a file chosen in the next step. */
export type RestoreSource = { from: 'backup'; backup: BackupSummary } | { from: 'file' };

/** Whether the data being replaced is open ('current') or could not be read ('damaged'). */
export type RestoreSituation = 'current' | 'damaged';

/** What the practitioner is told once a restore has worked. */
export interface RestoreOutcome {
  summary: string;
  /** The data file that was replaced, kept under a second name because it could not be backed up. */
  keptFile: { path: string; description: string } | null;
  notes: string[];
}

export interface RestoreFlow {
  /** The source waiting for confirmation; null while no dialog is open. */
  asking: RestoreSource | null;
  busy: boolean;
  error: string | null;
  ask: (source: RestoreSource) => void;
  cancel: () => void;
  confirm: () => Promise<void>;
}

/**
 * One restore at a time: `ask` opens the confirmation, `confirm` runs it. A file dialog cancelled
 * in main closes the confirmation and changes nothing; a refusal stays in the dialog to be read.
 */
export function useRestore(
  situation: RestoreSituation,
  onRestored: (outcome: RestoreOutcome) => void,
): RestoreFlow {
  const [asking, setAsking] = useState<RestoreSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ask = (source: RestoreSource) => {
    setError(null);
    setAsking(source);
  };
  const cancel = () => {
    if (busy) return;
    setAsking(null);
    setError(null);
  };

  const confirm = async () => {
    if (!asking || busy) return;
    setBusy(true);
    setError(null);
    const result =
      asking.from === 'backup'
        ? await invoke('backups:restore', { name: asking.backup.name })
        : await invoke('backups:restoreFrom', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setAsking(null);
    if ('cancelled' in result.value && result.value.cancelled) return;
    onRestored(describeRestore(asking, result.value, situation));
  };

  return { asking, busy, error, ask, cancel, confirm };
}

function describeRestore(
  source: RestoreSource,
  restored: RestoredBackup,
  situation: RestoreSituation,
): RestoreOutcome {
  const summary =
    source.from === 'backup'
      ? `Restored the backup from ${formatMoment(source.backup.takenAt)}.`
      : `Restored the backup file ${restored.restoredFrom}.`;
  const notes: string[] = [];
  if (restored.safetyBackup) {
    notes.push(
      'Your data as it was just before is kept as a backup, listed in Settings as “Before a restore”.',
    );
  }
  if (restored.missingPhotos > 0) {
    notes.push(
      `${plural(restored.missingPhotos, 'photo', 'photos')} in the restored data could not be found in any backup. Their records are kept.`,
    );
  }
  const keptFile = restored.setAsideFile && {
    path: restored.setAsideFile,
    description:
      situation === 'damaged'
        ? 'The damaged file was not deleted. It is kept, unchanged, here:'
        : 'Your previous data file is kept, unchanged, here:',
  };
  return { summary, keptFile: keptFile || null, notes };
}
