import { randomUUID } from 'node:crypto';
import type { clientChannels } from '../../shared/channels/clients';
import { clientDisplayName, type Client } from '../../shared/domain/clients';
import { AppError } from '../../shared/errors';
import {
  deleteClient,
  findClient,
  insertClient,
  listClients,
  searchClients,
  setClientArchived,
  toPrefixQuery,
  updateClientFields,
} from '../db/repositories/clients';
import { photoHashesOfClient } from '../db/repositories/photos';
import { removeUnreferencedPhotos } from '../photos/photos';
import type { HandlerContext, HandlerGroup } from './types';

type ClientChannel = keyof typeof clientChannels;

export function clientHandlers({ session }: HandlerContext): HandlerGroup<ClientChannel> {
  const requireClient = (id: string): Client => {
    const client = findClient(session().db, id);
    if (!client)
      throw new AppError('not-found', 'That client could not be found. They may have been erased.');
    return client;
  };

  return {
    'clients:create': (fields) => {
      const { db, now } = session();
      const stamp = now().toISOString();
      const client: Client = {
        id: randomUUID(),
        ...fields,
        createdAt: stamp,
        updatedAt: stamp,
        archivedAt: null,
      };
      insertClient(db, client);
      return client;
    },

    'clients:update': ({ id, ...fields }) => {
      const { db, now } = session();
      if (!updateClientFields(db, id, fields, now().toISOString())) requireClient(id);
      return requireClient(id);
    },

    'clients:list': ({ query, archived, sort, limit }) => {
      const { db } = session();
      const match = toPrefixQuery(query);
      if (query.trim() === '' || match === null) {
        return query.trim() === '' ? listClients(db, { archived, sort, limit }) : [];
      }
      return searchClients(db, match, { archived, limit });
    },

    'clients:get': ({ id }) => requireClient(id),

    'clients:archive': ({ id }) => {
      const { db, now } = session();
      const client = requireClient(id);
      if (client.archivedAt === null) {
        const stamp = now().toISOString();
        setClientArchived(db, id, stamp, stamp);
      }
      return requireClient(id);
    },

    'clients:restore': ({ id }) => {
      const { db, now } = session();
      requireClient(id);
      setClientArchived(db, id, null, now().toISOString());
      return requireClient(id);
    },

    'clients:erase': ({ id, confirmName }) => {
      const { db, photos } = session();
      const client = requireClient(id);
      const expected = clientDisplayName(client);
      if (normalizeName(confirmName) !== normalizeName(expected)) {
        throw new AppError(
          'invalid-input',
          `To erase this client, type their full name exactly: ${expected}.`,
          [{ path: 'confirmName', message: `Type "${expected}" to confirm.` }],
        );
      }
      const hashes = photoHashesOfClient(db, id);
      db.transaction(() => deleteClient(db, id))();
      return { erasedPhotos: removeUnreferencedPhotos(db, photos, hashes) };
    },
  };
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
