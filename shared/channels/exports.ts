import { z } from 'zod';
import { channel, entityId, noArguments } from './define';

/** The practitioner closed the file dialog; nothing was read or written. */
export interface Cancelled {
  cancelled: true;
}

export interface RecordExported {
  cancelled: false;
  file: string;
  assessments: number;
  photos: number;
  bytes: number;
}

export interface RecordImported {
  cancelled: false;
  clientId: string;
  assessments: number;
  photos: number;
}

export interface CsvExported {
  cancelled: false;
  file: string;
  clients: number;
}

export const exportChannels = {
  /**
   * Saves one client's complete record (details, every assessment with all its revisions,
   * programs, photos with their landmarks) as one `.stance-client.json` file, through a save dialog.
   */
  'clients:exportRecord': channel<RecordExported | Cancelled>()(
    z.strictObject({ id: entityId('client') }),
  ),

  /**
   * Adds a client from a file made by `clients:exportRecord`, through an open dialog. A file that
   * is damaged, changed, from a newer Stance, or for a client already here is refused whole.
   */
  'clients:importRecord': channel<RecordImported | Cancelled>()(noArguments),

  /** Saves a spreadsheet (CSV) of all clients with their latest visit, pain and disability score. */
  'clients:exportCsv': channel<CsvExported | Cancelled>()(
    z.strictObject({
      includeArchived: z
        .boolean({ error: 'Include archived must be true or false.' })
        .default(false),
    }),
  ),
};
