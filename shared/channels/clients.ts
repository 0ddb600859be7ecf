import { z } from 'zod';
import type { Client, ClientSummary } from '../domain/clients';
import { clientInputSchema } from '../domain/clients';
import { channel, entityId } from './define';

const clientId = entityId('client');

export const clientSortOrders = ['newest', 'name', 'last-visit'] as const;
export type ClientSortOrder = (typeof clientSortOrders)[number];

export const clientChannels = {
  'clients:create': channel<Client>()(clientInputSchema),

  'clients:update': channel<Client>()(clientInputSchema.extend({ id: clientId })),

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
   * Deletes the client, their assessments, programs, and every photo no other record uses.
   * `confirmName` must be the client's full name as shown, so a slip cannot erase the wrong person.
   */
  'clients:erase': channel<{ erasedPhotos: number }>()(
    z.strictObject({
      id: clientId,
      confirmName: z.string({ error: "Type the client's full name to confirm." }).max(201),
    }),
  ),
};
