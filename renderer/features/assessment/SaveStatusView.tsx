/** The form's saving state, read from its autosaver's store, in the kit's save-status line. */
import { useSyncExternalStore } from 'react';
import { SaveStatus, type SaveStatusState } from '../../components/SaveStatus';
import type { SaveStatus as FormSaveStatus, SaveStatusStore } from './autosaver';

interface SaveStatusViewProps {
  statusStore: SaveStatusStore;
  /** Set for revisions that cannot change: a short statement replaces the save state. */
  locked: string | null;
  onReopen: () => void;
}

function kitState(status: FormSaveStatus, onReopen: () => void): SaveStatusState {
  if (status.kind === 'saved') return { kind: 'saved', at: status.at };
  if (status.kind === 'failed')
    return {
      kind: 'failed',
      reason: status.unreachable ? 'kept on this computer until the server answers' : status.reason,
      ...(status.conflict ? { action: { label: 'Reopen', onClick: onReopen } } : {}),
    };
  return status;
}

function heldBackText(status: FormSaveStatus): string | null {
  if (status.kind !== 'saved' || status.heldBack === 0) return null;
  const fields = status.heldBack === 1 ? '1 field' : `${status.heldBack} fields`;
  return `${fields} not saved (marked in red)`;
}

export function SaveStatusView({ statusStore, locked, onReopen }: SaveStatusViewProps) {
  const status = useSyncExternalStore(statusStore.subscribe, statusStore.get);
  return (
    <SaveStatus
      state={kitState(status, onReopen)}
      locked={locked}
      heldBack={heldBackText(status)}
      boxed
    />
  );
}
