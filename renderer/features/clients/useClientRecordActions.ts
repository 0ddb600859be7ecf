import { useState } from 'react';
import { useLocation } from 'wouter';
import { clientDisplayName, type Client } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { useNotice } from '../../components/Notice';
import { plural } from '../../lib/format';

export type RecordAction = 'archive' | 'restore' | 'export';

export interface RecordProblem {
  title: string;
  message: string;
}

/** Archive, restore and export: the client page's record-keeping steps and what they report. */
export function useClientRecordActions(client: Client, onChanged: (client: Client) => void) {
  const [location, navigate] = useLocation();
  const { showNotice } = useNotice();
  const [busy, setBusy] = useState<RecordAction | null>(null);
  const [problem, setProblem] = useState<RecordProblem | null>(null);
  const name = clientDisplayName(client);
  const clientPage = `/clients/${client.id}`;

  const start = (action: RecordAction) => {
    setProblem(null);
    setBusy(action);
  };
  const fail = (title: string, message: string) => {
    setBusy(null);
    setProblem({ title, message });
  };

  /** Undo from the list's notice: back to the client, as they were before archiving. */
  const restoreFromList = async () => {
    const result = await invoke('clients:restore', { id: client.id });
    if (result.ok) showNotice(`${name} was restored to your client list.`, clientPage);
    // On failure the client page opens archived, with its own Restore and the reason if it fails again.
    navigate(clientPage);
  };

  const archive = async () => {
    start('archive');
    const result = await invoke('clients:archive', { id: client.id });
    if (!result.ok) return fail(`${name} was not archived.`, result.error.message);
    // Archiving is putting the client away, so the list comes next; the notice can take it back.
    showNotice(`${name} was archived. Nothing was deleted.`, '/', {
      label: 'Restore',
      run: () => void restoreFromList(),
    });
    navigate('/');
  };

  const restore = async () => {
    start('restore');
    const result = await invoke('clients:restore', { id: client.id });
    if (!result.ok) return fail(`${name} was not restored.`, result.error.message);
    setBusy(null);
    onChanged(result.value);
    showNotice(`${name} was restored to your client list.`, location);
  };

  const exportRecord = async () => {
    start('export');
    const result = await invoke('clients:exportRecord', { id: client.id });
    if (!result.ok) return fail('The record was not exported.', result.error.message);
    setBusy(null);
    if (result.value.cancelled) return;
    const { file, assessments, photos } = result.value;
    showNotice(
      `${name}’s record was saved to ${file}, with ${plural(assessments, 'assessment', 'assessments')} and ${plural(photos, 'photo', 'photos')}.`,
      location,
    );
  };

  return {
    busy,
    problem,
    dismissProblem: () => setProblem(null),
    archive: () => void archive(),
    restore: () => void restore(),
    exportRecord: () => void exportRecord(),
  };
}
