import { useEffect, useRef, useState } from 'react';
import type { ClientSummary } from '../../shared/domain/clients';
import type { AppErrorShape } from '../../shared/errors';
import { invoke } from '../api';

const TYPING_PAUSE_MS = 120;

export type ClientSearch =
  | { status: 'loading' }
  | { status: 'ready'; query: string; clients: ClientSummary[] }
  | { status: 'failed'; error: AppErrorShape };

/**
 * Searches as the practitioner types. Only the newest request may update the list, so a slow
 * answer for "an" can never overwrite the answer for "anna" that arrived before it.
 */
export function useClientSearch(query: string, attempt: number): ClientSearch {
  const [search, setSearch] = useState<ClientSearch>({ status: 'loading' });
  const newestRequest = useRef(0);

  useEffect(() => {
    const requestNumber = ++newestRequest.current;
    const trimmed = query.trim();
    const runSearch = async () => {
      const result = await invoke('clients:list', { query: trimmed });
      if (requestNumber !== newestRequest.current) return;
      setSearch(
        result.ok
          ? { status: 'ready', query: trimmed, clients: result.value }
          : { status: 'failed', error: result.error },
      );
    };
    // The full list (first open, cleared search) shows at once; typing waits for a pause.
    const timer = setTimeout(() => void runSearch(), trimmed === '' ? 0 : TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, attempt]);

  return search;
}
