import { useEffect, useState } from 'react';
import type { Client } from '../../../shared/domain/clients';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

export type ClientLoad =
  | { status: 'loading' }
  | { status: 'ready'; client: Client }
  | { status: 'failed'; error: AppErrorShape };

export function useClient(id: string): ClientLoad {
  const [load, setLoad] = useState<{ id: string; load: ClientLoad } | null>(null);

  useEffect(() => {
    let current = true;
    void invoke('clients:get', { id }).then((result) => {
      if (!current) return;
      setLoad({
        id,
        load: result.ok
          ? { status: 'ready', client: result.value }
          : { status: 'failed', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [id]);

  // An answer for the previous client must not show while the next one loads.
  return load && load.id === id ? load.load : { status: 'loading' };
}
