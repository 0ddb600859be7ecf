/**
 * The clients table as the services will see it on either engine: the embedded SQLite file or a
 * studio's PostgreSQL server. Asynchronous because a server is; the SQLite store answers at once.
 * One contract test runs against both (tests/integration/client-store-engines.test.ts), so the
 * two behave alike down to the order of search results.
 */
import type { ClientSortOrder } from '../../../shared/contract';
import type { Client, ClientFields, ClientSummary } from '../../../shared/domain/clients';
import type { ClientWithLatest } from '../repositories/client-latest';
import type { RecordChange } from './record-change';

export interface ClientPage {
  readonly archived: boolean;
  readonly limit: number;
}

export interface ClientStore {
  insert(client: Client): Promise<void>;
  /**
   * False when no such client exists, or, given `expectedUpdatedAt`, when she has been saved
   * since that stamp: then nothing changes.
   */
  updateFields(
    id: string,
    fields: ClientFields,
    updatedAt: string,
    expectedUpdatedAt?: string,
  ): Promise<boolean>;
  /** Who last saved the client's record and when, to say why a save was refused. */
  lastChange(id: string): Promise<RecordChange | undefined>;
  setArchived(id: string, archivedAt: string | null, updatedAt: string): Promise<boolean>;
  delete(id: string): Promise<boolean>;
  /**
   * Tells the engine a client's record is leaving as a file. A studio's server writes it to the
   * audit trail under the signed-in practitioner's name; the file on this computer has no trail,
   * so there it only checks the client exists. False when no such client exists.
   */
  noteExport(id: string): Promise<boolean>;
  find(id: string): Promise<Client | undefined>;
  list(page: ClientPage & { readonly sort: ClientSortOrder }): Promise<ClientSummary[]>;
  /**
   * Clients matching every typed word at the start of a word: those matched by name first, then
   * those matched elsewhere (email, phone, occupation, notes); newest first within each. A lone
   * first letter looks at names only. Nothing searchable typed gives no clients.
   */
  search(typed: string, page: ClientPage): Promise<ClientSummary[]>;
  /**
   * Every client (archived ones on request) by last name then first name, letter case aside, with
   * her last visit and latest scores: the spreadsheet export's rows.
   */
  listWithLatest(includeArchived: boolean): Promise<ClientWithLatest[]>;
}

/** The words search looks for, as typed: letters and digits, at most twelve of them. */
export function searchWords(typed: string): string[] {
  return (typed.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}
