import { randomUUID } from 'node:crypto';
import type { ParsedRequestOf } from '../../shared/contract';
import {
  clientDisplayName,
  type Client,
  type ClientFields,
  type ClientSummary,
} from '../../shared/domain/clients';
import { AppError } from '../../shared/errors';
import { stampAfter } from '../db/stores/draft-stamp';
import type { Records, Stores } from '../db/stores/stores';
import { eraseFromBackups } from '../backups/erase-from-backups';
import { exclusive } from '../backups/exclusive';
import type { DataAccess } from '../data-access';
import { writeFileAtomically } from '../exports/atomic-file';
import { clientsCsv } from '../exports/clients-csv';
import { clientRecordFileName, clientsCsvFileName } from '../exports/file-names';
import { exportClientRecord } from '../exports/record-export';
import { importClientRecord } from '../exports/record-import';
import type { Host } from '../host';
import { recordChangedElsewhere } from './draft-conflict';
import { localToday } from '../../shared/domain/dates';
import { studioCopiesLeft } from './erase-reach';
import type {
  ClientErased,
  CsvExported,
  RecordExported,
  RecordImported,
} from '../../shared/channels/clients';
import type { Cancelled } from '../../shared/channels/define';

export const clientNotFound = () =>
  new AppError('not-found', 'That client could not be found. They may have been erased.');

export async function requireClient(stores: Stores, id: string): Promise<Client> {
  const client = await stores.clients.find(id);
  if (!client) throw clientNotFound();
  return client;
}

export async function createClient(
  { stores, now }: Records,
  fields: ClientFields,
): Promise<Client> {
  const stamp = now().toISOString();
  const client: Client = {
    id: randomUUID(),
    ...fields,
    createdAt: stamp,
    updatedAt: stamp,
    archivedAt: null,
  };
  await stores.clients.insert(client);
  return client;
}

/**
 * Given the `updatedAt` her form loaded, a client saved from elsewhere since is not overwritten:
 * the save is refused saying who and when.
 */
export async function updateClient(
  { stores, now }: Records,
  id: string,
  fields: ClientFields,
  expectedUpdatedAt?: string,
): Promise<Client> {
  const at = now().toISOString();
  const stamp = expectedUpdatedAt === undefined ? at : stampAfter(at, expectedUpdatedAt);
  if (!(await stores.clients.updateFields(id, fields, stamp, expectedUpdatedAt))) {
    const change = await stores.clients.lastChange(id);
    if (!change) throw clientNotFound();
    // Her own save retried after its answer was lost (the server went away as it committed)
    // finds her details already stored: that is a save, not a colleague's change.
    const stored = await requireClient(stores, id);
    if (expectedUpdatedAt !== undefined && !holdsFields(stored, fields))
      throw recordChangedElsewhere('client', change, now());
    return stored;
  }
  return requireClient(stores, id);
}

function holdsFields(client: Client, fields: ClientFields): boolean {
  return (Object.keys(fields) as (keyof ClientFields)[]).every(
    (key) => client[key] === fields[key],
  );
}

export function findClients(
  { stores }: Records,
  { query, archived, sort, limit }: ParsedRequestOf<'clients:list'>,
): Promise<ClientSummary[]> {
  return query.trim() === ''
    ? stores.clients.list({ archived, sort, limit })
    : stores.clients.search(query, { archived, limit });
}

export async function archiveClient({ stores, now }: Records, id: string): Promise<Client> {
  const client = await requireClient(stores, id);
  if (client.archivedAt === null) {
    const stamp = now().toISOString();
    await stores.clients.setArchived(id, stamp, stamp);
  }
  return requireClient(stores, id);
}

export async function restoreClient({ stores, now }: Records, id: string): Promise<Client> {
  await requireClient(stores, id);
  await stores.clients.setArchived(id, null, now().toISOString());
  return requireClient(stores, id);
}

/**
 * Deletes the client's rows and the stored files of hers that nothing else uses, where the records
 * are (see the stores' `erasure`). On this computer's file it then takes her out of the backups in
 * Stance's backups folder (after any backup already under way, which may hold her); on a studio's
 * server the answer says which backups of the server still hold her.
 */
export async function eraseClient(
  data: DataAccess,
  { stores }: Records,
  id: string,
  confirmName: string,
): Promise<ClientErased> {
  const client = await requireClient(stores, id);
  const expected = clientDisplayName(client);
  if (normalizeName(confirmName) !== normalizeName(expected)) {
    throw new AppError(
      'invalid-input',
      `To erase this client, type their full name exactly: ${expected}.`,
      [{ path: 'confirmName', message: `Type "${expected}" to confirm.` }],
    );
  }
  const erased = await stores.erasure.erase(id);
  if (!erased) throw clientNotFound();
  if (erased.place === 'studio')
    return {
      erasedPhotos: erased.erasedFiles,
      backupsRewritten: 0,
      backupsStillHolding: [],
      remainingCopies: await studioCopiesLeft(data, id, expected),
    };
  const backups = await exclusive(data, () => eraseFromBackups(data.paths.backups, id));
  return {
    erasedPhotos: erased.erasedFiles,
    backupsRewritten: backups.rewritten.length,
    backupsStillHolding: backups.stillHolding.map((backup) => backup.name),
    remainingCopies: null,
  };
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

const recordFilter = { name: 'Stance client record', extensions: ['json'] };

/**
 * Saves one client's complete record where the practitioner chooses. The export is noted (on a
 * studio's server, in the audit trail) before the file is written: a record never leaves without
 * the trail showing it, and an export that then fails shows as one that was tried.
 */
export async function exportRecordToChosenFile(
  data: DataAccess,
  records: () => Records,
  host: Host,
  id: string,
): Promise<RecordExported | Cancelled> {
  const before = records();
  const file = await host.chooseSaveFile({
    title: 'Export client record',
    defaultName: clientRecordFileName(
      await requireClient(before.stores, id),
      localToday(before.now()),
    ),
    filters: [recordFilter],
  });
  if (file === null) return { cancelled: true };
  // The dialog waited on the practitioner: the client may have changed or been erased meanwhile,
  // and she may have switched between the studio's server and this computer's file.
  const inUse = records();
  const client = await requireClient(inUse.stores, id);
  if (!(await inUse.stores.clients.noteExport(id))) throw clientNotFound();
  const status = data.status();
  const appVersion = status.state === 'ready' ? status.appVersion : 'unknown';
  return {
    cancelled: false,
    file,
    ...(await exportClientRecord(inUse, client, file, appVersion)),
  };
}

/** Adds a client from a record file the practitioner picks, to the records in use. */
export async function importRecordFromChosenFile(
  records: () => Records,
  host: Host,
): Promise<RecordImported | Cancelled> {
  records(); // says "not open" before a dialog is shown for nothing
  const file = await host.chooseOpenFile({
    title: 'Import client record',
    filters: [recordFilter],
  });
  if (file === null) return { cancelled: true };
  return { cancelled: false, ...(await importClientRecord(records, file)) };
}

/** Saves the spreadsheet of every client of the records in use where the practitioner chooses. */
export async function exportCsvToChosenFile(
  { stores, now }: Records,
  host: Host,
  includeArchived: boolean,
): Promise<CsvExported | Cancelled> {
  const file = await host.chooseSaveFile({
    title: 'Export clients as a spreadsheet',
    defaultName: clientsCsvFileName(localToday(now())),
    filters: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
  });
  if (file === null) return { cancelled: true };
  const { text, clients } = await clientsCsv(stores, includeArchived);
  writeFileAtomically(file, (sink) => sink.write(text));
  return { cancelled: false, file, clients };
}
