import type { exportChannels } from '../../shared/channels/exports';
import type { Client } from '../../shared/domain/clients';
import { localToday } from '../../shared/domain/dates';
import { AppError } from '../../shared/errors';
import { findClient } from '../db/repositories/clients';
import { writeFileAtomically } from '../exports/atomic-file';
import { clientsCsv } from '../exports/clients-csv';
import { clientRecordFileName, clientsCsvFileName } from '../exports/file-names';
import { exportClientRecord } from '../exports/record-export';
import { importClientRecord } from '../exports/record-import';
import type { HandlerContext, HandlerGroup } from './types';

const recordFilter = { name: 'Stance client record', extensions: ['json'] };

export function exportHandlers({
  session,
  data,
  host,
}: HandlerContext): HandlerGroup<keyof typeof exportChannels> {
  const requireClient = (id: string): Client => {
    const client = findClient(session().db, id);
    if (!client)
      throw new AppError('not-found', 'That client could not be found. They may have been erased.');
    return client;
  };

  return {
    'clients:exportRecord': async ({ id }) => {
      const file = await host.chooseSaveFile({
        title: 'Export client record',
        defaultName: clientRecordFileName(requireClient(id), localToday(session().now())),
        filters: [recordFilter],
      });
      if (file === null) return { cancelled: true };
      // The dialog waited on the practitioner: the client may have changed or been erased meanwhile.
      const client = requireClient(id);
      const status = data.status();
      const appVersion = status.state === 'ready' ? status.appVersion : 'unknown';
      return { cancelled: false, file, ...exportClientRecord(session(), client, file, appVersion) };
    },

    'clients:importRecord': async () => {
      session(); // says "not open" before a dialog is shown for nothing
      const file = await host.chooseOpenFile({
        title: 'Import client record',
        filters: [recordFilter],
      });
      if (file === null) return { cancelled: true };
      return { cancelled: false, ...importClientRecord(session(), file) };
    },

    'clients:exportCsv': async ({ includeArchived }) => {
      const file = await host.chooseSaveFile({
        title: 'Export clients as a spreadsheet',
        defaultName: clientsCsvFileName(localToday(session().now())),
        filters: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
      });
      if (file === null) return { cancelled: true };
      const { text, clients } = clientsCsv(session().db, includeArchived);
      writeFileAtomically(file, (sink) => sink.write(text));
      return { cancelled: false, file, clients };
    },
  };
}
