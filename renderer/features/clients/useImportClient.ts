import { useState } from 'react';
import { useLocation } from 'wouter';
import { clientDisplayName } from '../../../shared/domain/clients';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { useNotice } from '../../components/Notice';
import { plural } from '../../lib/format';

export interface ImportClient {
  importing: boolean;
  /** Why the last file was refused, in main's own words; null when there is nothing to say. */
  problem: AppErrorShape | null;
  dismissProblem: () => void;
  importClient: () => Promise<void>;
}

/** Adds a client from an exported record (main shows the open dialog) and opens them. */
export function useImportClient(): ImportClient {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const [importing, setImporting] = useState(false);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);

  const importClient = async () => {
    setProblem(null);
    setImporting(true);
    const result = await invoke('clients:importRecord', {});
    if (!result.ok) {
      setImporting(false);
      setProblem(result.error);
      return;
    }
    if (result.value.cancelled) {
      setImporting(false);
      return;
    }
    const { clientId, assessments, photos } = result.value;
    const imported = await invoke('clients:get', { id: clientId });
    const who = imported.ok ? clientDisplayName(imported.value) : 'the client';
    const clientPage = `/clients/${clientId}`;
    showNotice(
      `Imported the record of ${who}, with ${plural(assessments, 'assessment', 'assessments')} and ${plural(photos, 'photo', 'photos')}.`,
      clientPage,
    );
    navigate(clientPage);
  };

  return { importing, problem, dismissProblem: () => setProblem(null), importClient };
}
