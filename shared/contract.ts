/**
 * Every IPC channel, declared once: its name (`domain:verb`), the zod schema its single object
 * argument must pass in main, and the type of the value it answers with. The preload, the
 * renderer's api.ts and main's router are all typed from this table.
 */
import { z } from 'zod';
import type { Client, ClientSummary } from './domain/clients';
import { clientInputSchema } from './domain/clients';
import type { Result } from './errors';

/** Declares a channel; the response type is carried as a phantom so it costs nothing at run time. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request) => ({
    request,
    response: undefined as unknown as Response,
  });
}

const noArguments = z.strictObject({});
const clientId = z.uuid({ error: 'That client reference is not valid.' });

export type AppStatus =
  | { state: 'ready'; dataDir: string; appVersion: string; schemaVersion: number }
  | {
      state: 'problem';
      kind: 'database-from-future' | 'database-damaged' | 'unavailable';
      message: string;
      dataDir: string;
      details: string;
    };

export const contract = {
  /** Whether the data folder opened cleanly; the renderer asks this first. */
  'app:status': channel<AppStatus>()(noArguments),

  'clients:create': channel<Client>()(clientInputSchema),

  /** Newest first; `query` matches the start of first or last name, or of the full name. */
  'clients:list': channel<ClientSummary[]>()(
    z.strictObject({
      query: z
        .string({ error: 'The search must be text.' })
        .max(200, { error: 'The search is too long.' })
        .default(''),
      limit: z.int({ error: 'The limit must be a whole number.' }).min(1).max(1000).default(200),
    }),
  ),

  'clients:get': channel<Client>()(z.strictObject({ id: clientId })),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults not yet applied). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives after validation. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The one object the preload puts on `window.stance`. */
export interface StanceBridge {
  invoke<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}
