/**
 * Where a client's typed details wait on this computer while the studio server is away: one copy
 * per client, and one for the new-client form.
 */
import { hasStringFields, readKeptCopy, type KeptCopy } from '../../lib/kept-copy';
import { clientFieldOrder, type ClientFormValues } from './useClientForm';

export const keptClientKey = (clientId: string | null): string =>
  `stance:kept:client:${clientId ?? 'new'}`;

const isClientFormValues = (values: unknown): values is ClientFormValues =>
  hasStringFields(values, clientFieldOrder);

export function readKeptClient(clientId: string | null): KeptCopy<ClientFormValues> | null {
  return readKeptCopy(keptClientKey(clientId), isClientFormValues);
}
