import { z } from 'zod';
import type { Client, ClientSummary } from '../domain/clients';
import { clientInputSchema } from '../domain/clients';
import { channel, entityId, expectedUpdatedAt, noArguments, type Cancelled } from './define';

const clientId = entityId('client');

export const clientSortOrders = ['newest', 'name', 'last-visit'] as const;
export type ClientSortOrder = (typeof clientSortOrders)[number];

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

/** What an erase reached: her photos here, and Stance's own backups of her. */
export interface ClientErased {
  erasedPhotos: number;
  /** Backups in Stance's backups folder that held her and were rewritten without her. */
  backupsRewritten: number;
  /** Backups there that still hold her because they could not be rewritten, by name. */
  backupsStillHolding: string[];
  /**
   * Copies of her record this erase could not reach, in plain words for her to read; null when
   * there are none beyond `backupsStillHolding`. On a studio's server: its backups (the server's
   * own, and studio backups in `backups/studio`), which the studio's owner deletes or keeps.
   */
  remainingCopies: string | null;
}

export const clientChannels = {
  'clients:create': channel<Client>()(clientInputSchema),

  /** A save from a stale `expectedUpdatedAt` changes nothing and says who saved since, and when. */
  'clients:update': channel<Client>()(
    clientInputSchema.extend({ id: clientId, expectedUpdatedAt }),
  ),

  /**
   * Browse or search. With a query the answer is ranked by relevance (names count most) over
   * name, email, phone, occupation and notes, each word matching the start of a word; without
   * one it is sorted by `sort`. Archived clients appear only when `archived` is true.
   */
  'clients:list': channel<ClientSummary[]>()(
    z.strictObject({
      query: z
        .string({ error: 'The search must be text.' })
        .max(200, { error: 'The search is too long.' })
        .default(''),
      archived: z.boolean({ error: 'Archived must be true or false.' }).default(false),
      sort: z
        .enum(clientSortOrders, { error: 'Sort by newest, name or last visit.' })
        .default('newest'),
      limit: z.int({ error: 'The limit must be a whole number.' }).min(1).max(1000).default(200),
    }),
  ),

  'clients:get': channel<Client>()(z.strictObject({ id: clientId })),

  /** Hides the client from the usual list; nothing is deleted and it can be restored. */
  'clients:archive': channel<Client>()(z.strictObject({ id: clientId })),
  'clients:restore': channel<Client>()(z.strictObject({ id: clientId })),

  /**
   * Deletes the client, their assessments, programs, and every photo no other record uses, where
   * the records are (this computer's file, or the studio's server), and for the file in every
   * backup in Stance's backups folder (see main/backups/erase-from-backups.ts).
   * `confirmName` must be the client's full name as shown, so a slip cannot erase the wrong person.
   */
  'clients:erase': channel<ClientErased>()(
    z.strictObject({
      id: clientId,
      confirmName: z.string({ error: "Type the client's full name to confirm." }).max(201),
    }),
  ),

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
