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
import { answered } from './answered';
import type { ClientStore } from './client-store';

/** The embedded file's clients behind the engine-neutral contract. */
export function sqliteClientStore(db: Db): ClientStore {
  return {
    insert: (client) => answered(() => insertClient(db, client)),
    updateFields: (id, fields, updatedAt) =>
      answered(() => updateClientFields(db, id, fields, updatedAt)),
    setArchived: (id, archivedAt, updatedAt) =>
      answered(() => setClientArchived(db, id, archivedAt, updatedAt)),
    delete: (id) => answered(() => deleteClient(db, id)),
    find: (id) => answered(() => findClient(db, id)),
    list: (page) => answered(() => listClients(db, page)),
    search: (typed, page) =>
      answered(() => {
        const match = toPrefixQuery(typed);
        return match === null ? [] : searchClients(db, match, page);
      }),
  };
}
