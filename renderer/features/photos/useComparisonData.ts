/** Everything the comparison page shows: the client, their assessments with photos, and the units. */
import type { Client } from '../../../shared/domain/clients';
import type { UnitSystem } from '../../../shared/domain/settings';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { useAnswer } from '../../hooks/useLoad';
import { loadClientPhotos, type AssessmentWithPhotos } from './client-photos';

export type ComparisonLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: AppErrorShape }
  | {
      status: 'ready';
      client: Client;
      entries: readonly AssessmentWithPhotos[];
      units: UnitSystem;
    };

async function load(clientId: string): Promise<ComparisonLoad> {
  const client = await invoke('clients:get', { id: clientId });
  if (!client.ok) return { status: 'failed', error: client.error };
  const assessments = await invoke('assessments:listForClient', { clientId });
  if (!assessments.ok) return { status: 'failed', error: assessments.error };
  const entries = await loadClientPhotos(assessments.value);
  if (!entries.ok) return { status: 'failed', error: entries.error };
  const settings = await invoke('settings:get', {});
  return {
    status: 'ready',
    client: client.value,
    entries: entries.value,
    // Units only change how a length is shown, so a failure falls back to centimetres.
    units: settings.ok ? settings.value.units : 'metric',
  };
}

export function useComparisonData(clientId: string): ComparisonLoad {
  return useAnswer(clientId, () => load(clientId)).answer ?? { status: 'loading' };
}
