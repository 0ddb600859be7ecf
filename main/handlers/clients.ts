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
  records,
  data,
  host,
}: HandlerContext): HandlerGroup<keyof typeof clientChannels> {
  return {
    'clients:create': (fields) => createClient(records(), fields),
    'clients:update': ({ id, expectedUpdatedAt, ...fields }) =>
      updateClient(records(), id, fields, expectedUpdatedAt),
    'clients:list': (request) => findClients(records(), request),
    'clients:get': ({ id }) => requireClient(records().stores, id),
    'clients:archive': ({ id }) => archiveClient(records(), id),
    'clients:restore': ({ id }) => restoreClient(records(), id),
    'clients:erase': ({ id, confirmName }) => eraseClient(data, records(), id, confirmName),
    'clients:exportRecord': ({ id }) => exportRecordToChosenFile(data, records, host, id),
    'clients:importRecord': () => importRecordFromChosenFile(records, host),
    'clients:exportCsv': ({ includeArchived }) =>
      exportCsvToChosenFile(records(), host, includeArchived),
  };
}
