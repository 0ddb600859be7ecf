import type { Client } from '../../../shared/domain/clients';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export type ClientLoad =
  | { status: 'loading' }
  | { status: 'ready'; client: Client }
  | { status: 'failed'; error: AppErrorShape };

export function useClient(id: string): ClientLoad {
  const { load } = useLoad(id, () => invoke('clients:get', { id }));
  return load.status === 'ready' ? { status: 'ready', client: load.value } : load;
}
