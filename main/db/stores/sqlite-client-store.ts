import type { Db } from '../connection';
import {
  deleteClient,
  findClient,
  insertClient,
  listClients,
  searchClients,
  setClientArchived,
  toPrefixQuery,
  updateClientFields,
} from '../repositories/clients';
import { listClientsWithLatest } from '../repositories/client-latest';
import { answered, type Run } from './answered';
import type { ClientStore } from './client-store';

/** The embedded file's clients behind the engine-neutral contract. */
export function sqliteClientStore(db: Db, run: Run = answered): ClientStore {
  return {
    insert: (client) => run(() => insertClient(db, client)),
    updateFields: (id, fields, updatedAt, expectedUpdatedAt) =>
      run(() => updateClientFields(db, id, fields, updatedAt, expectedUpdatedAt ?? null)),
    lastChange: (id) =>
      run(() => {
        const client = findClient(db, id);
        return client && { updatedAt: client.updatedAt, updatedBy: null };
      }),
    setArchived: (id, archivedAt, updatedAt) =>
      run(() => setClientArchived(db, id, archivedAt, updatedAt)),
    delete: (id) => run(() => deleteClient(db, id)),
    noteExport: (id) => run(() => findClient(db, id) !== undefined),
    find: (id) => run(() => findClient(db, id)),
    list: (page) => run(() => listClients(db, page)),
    search: (typed, page) =>
      run(() => {
        const match = toPrefixQuery(typed);
        return match === null ? [] : searchClients(db, match, page);
      }),
    listWithLatest: (includeArchived) => run(() => listClientsWithLatest(db, includeArchived)),
  };
}
