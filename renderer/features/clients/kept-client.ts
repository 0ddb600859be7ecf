/**
 * Where a client's typed details wait on this computer while the studio server is away: one copy
 * per client, and one for the new-client form.
 */
import type { Client } from '../../../shared/domain/clients';
import { hasStringFields, readKeptCopy, type KeptCopy } from '../../lib/kept-copy';
import { clientFieldOrder, validateClientValues, type ClientFormValues } from './useClientForm';

export const keptClientKey = (clientId: string | null): string =>
  `stance:kept:client:${clientId ?? 'new'}`;

const isClientFormValues = (values: unknown): values is ClientFormValues =>
  hasStringFields(values, clientFieldOrder);

export function readKeptClient(clientId: string | null): KeptCopy<ClientFormValues> | null {
  return readKeptCopy(keptClientKey(clientId), isClientFormValues);
}

/** True when the saved client already holds these typed details, as saving would store them. */
export function holdsDetails(client: Client, values: ClientFormValues): boolean {
  const { fields } = validateClientValues(values);
  return fields !== null && clientFieldOrder.every((field) => fields[field] === client[field]);
}
