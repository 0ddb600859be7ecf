/**
 * Everything the presentation shows, asked for together: the client, every visit with its photos,
 * the progress values, the newest home program and the units.
 */
import type { Program } from '../../../shared/channels/programs';
import type { Client } from '../../../shared/domain/clients';
import type { ProgressVisit } from '../../../shared/domain/progress';
import type { UnitSystem } from '../../../shared/domain/settings';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { invoke } from '../../api';
import { useAnswer } from '../../hooks/useLoad';
import { loadClientPhotos, type AssessmentWithPhotos } from '../photos';

export interface ShowData {
  readonly client: Client;
  /** Oldest first. */
  readonly entries: readonly AssessmentWithPhotos[];
  readonly progress: readonly ProgressVisit[];
  /** The newest program with at least one exercise, or null. */
  readonly program: Program | null;
  readonly units: UnitSystem;
}

export type ShowLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: AppErrorShape }
  | { status: 'ready'; data: ShowData };

const failed = (error: AppErrorShape): ShowLoad => ({ status: 'failed', error });

async function newestProgram(clientId: string): Promise<Result<Program | null>> {
  const list = await invoke('programs:listForClient', { clientId });
  if (!list.ok) return list;
  const newest = list.value.find((program) => program.itemCount > 0);
  if (!newest) return { ok: true, value: null };
  return invoke('programs:get', { id: newest.id });
}

async function load(clientId: string): Promise<ShowLoad> {
  const [client, assessments, progress, program, settings] = await Promise.all([
    invoke('clients:get', { id: clientId }),
    invoke('assessments:listForClient', { clientId }),
    invoke('progress:forClient', { clientId }),
    newestProgram(clientId),
    invoke('settings:get', {}),
  ]);
  if (!client.ok) return failed(client.error);
  if (!assessments.ok) return failed(assessments.error);
  if (!progress.ok) return failed(progress.error);
  if (!program.ok) return failed(program.error);
  const entries = await loadClientPhotos(assessments.value);
  if (!entries.ok) return failed(entries.error);
  return {
    status: 'ready',
    data: {
      client: client.value,
      entries: entries.value,
      progress: progress.value,
      program: program.value,
      // Units only change how a length is shown, so a failure falls back to centimetres.
      units: settings.ok ? settings.value.units : 'metric',
    },
  };
}

export function useShowData(clientId: string): ShowLoad {
  return useAnswer(clientId, () => load(clientId)).answer ?? { status: 'loading' };
}
