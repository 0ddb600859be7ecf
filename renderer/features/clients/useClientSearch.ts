import { useEffect, useRef, useState } from 'react';
import type { ClientSortOrder } from '../../../shared/contract';
import type { ClientSummary } from '../../../shared/domain/clients';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

const TYPING_PAUSE_MS = 120;

export interface ClientListRequest {
  query: string;
  sort: ClientSortOrder;
  archived: boolean;
}

export type ClientSearch =
  | { status: 'loading' }
  | ({ status: 'ready'; clients: ClientSummary[] } & ClientListRequest)
  | { status: 'failed'; error: AppErrorShape };

/**
 * Searches as the practitioner types. Only the newest request may update the list, so a slow
 * answer for "an" can never overwrite the answer for "anna" that arrived before it. The answer
 * carries the request it answers, so the page describes what is shown, not what was just asked.
 */
export function useClientSearch(
  { query, sort, archived }: ClientListRequest,
  attempt: number,
): ClientSearch {
  const [search, setSearch] = useState<ClientSearch>({ status: 'loading' });
  const newestRequest = useRef(0);

  useEffect(() => {
    const requestNumber = ++newestRequest.current;
    const trimmed = query.trim();
    const runSearch = async () => {
      const result = await invoke('clients:list', { query: trimmed, sort, archived });
      if (requestNumber !== newestRequest.current) return;
      setSearch(
        result.ok
          ? { status: 'ready', query: trimmed, sort, archived, clients: result.value }
          : { status: 'failed', error: result.error },
      );
    };
    // The full list (first open, cleared search, new order) shows at once; typing waits for a pause.
    const timer = setTimeout(() => void runSearch(), trimmed === '' ? 0 : TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, sort, archived, attempt]);

  return search;
}
