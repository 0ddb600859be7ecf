import { randomUUID } from 'node:crypto';
import type { Client, ClientFields, ClientSummary } from '../../shared/domain/clients';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { findClient, insertClient, listClients } from '../db/repositories/clients';

export interface ClientsService {
  create(fields: ClientFields): Client;
  list(query: string, limit: number): ClientSummary[];
  get(id: string): Client;
}

export function createClientsService(db: Db, now: () => Date = () => new Date()): ClientsService {
  return {
    create(fields) {
      const stamp = now().toISOString();
      const client: Client = { id: randomUUID(), ...fields, createdAt: stamp, updatedAt: stamp };
      insertClient(db, client);
      return client;
    },
    list(query, limit) {
      return listClients(db, query.trim(), limit);
    },
    get(id) {
      const client = findClient(db, id);
      if (!client)
        throw new AppError(
          'not-found',
          'That client could not be found. They may have been erased.',
        );
      return client;
    },
  };
}
