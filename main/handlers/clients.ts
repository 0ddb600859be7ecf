import type { clientChannels } from '../../shared/channels/clients';
import {
  archiveClient,
  createClient,
  eraseClient,
  exportCsvToChosenFile,
  exportRecordToChosenFile,
  findClients,
  importRecordFromChosenFile,
  requireClient,
  restoreClient,
  updateClient,
} from '../services/clients';
import type { HandlerContext, HandlerGroup } from './types';

export function clientHandlers({
  session,
  data,
  host,
}: HandlerContext): HandlerGroup<keyof typeof clientChannels> {
  return {
    'clients:create': (fields) => createClient(session(), fields),
    'clients:update': ({ id, ...fields }) => updateClient(session(), id, fields),
    'clients:list': (request) => findClients(session(), request),
    'clients:get': ({ id }) => requireClient(session().stores, id),
    'clients:archive': ({ id }) => archiveClient(session(), id),
    'clients:restore': ({ id }) => restoreClient(session(), id),
    'clients:erase': ({ id, confirmName }) => eraseClient(data, id, confirmName),
    'clients:exportRecord': ({ id }) => exportRecordToChosenFile(data, host, id),
    'clients:importRecord': () => importRecordFromChosenFile(data, host),
    'clients:exportCsv': ({ includeArchived }) =>
      exportCsvToChosenFile(data, host, includeArchived),
  };
}
