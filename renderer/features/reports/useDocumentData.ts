import { useEffect, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

export type DocumentLoad<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: AppErrorShape };

/** Loads a document's data in one call; `key` changes when the request does. */
export function useDocumentData<C extends Channel>(
  channel: C,
  payload: RequestOf<C>,
  key: string,
): DocumentLoad<ResponseOf<C>> {
  const [load, setLoad] = useState<{ key: string; load: DocumentLoad<ResponseOf<C>> }>({
    key,
    load: { status: 'loading' },
  });
  useEffect(() => {
    let current = true;
    void invoke(channel, payload).then((result) => {
      if (!current) return;
      setLoad({
        key,
        load: result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'failed', error: result.error },
      });
    });
    return () => {
      current = false;
    };
    // The payload is described by `key`; a new object each render must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key]);
  return load.key === key ? load.load : { status: 'loading' };
}
