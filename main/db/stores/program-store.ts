/** Home programs and their exercises, as the services will see them on either engine. */
import type { ProgramSummary } from '../../../shared/channels/programs';
import type { NewItem, ProgramFields, StoredItem, StoredProgram } from '../repositories/programs';
import type { RecordChange } from './record-change';

export interface ProgramStore {
  insert(ids: { id: string; clientId: string }, fields: ProgramFields, at: string): Promise<void>;
  /**
   * False when no such program exists, or, given `expectedUpdatedAt`, when it has been saved
   * since that stamp: then nothing changes.
   */
  update(
    id: string,
    fields: ProgramFields,
    at: string,
    expectedUpdatedAt?: string,
  ): Promise<boolean>;
  /** Who last saved the program and when, to say why a save was refused. */
  lastChange(id: string): Promise<RecordChange | undefined>;
  /** The list replaced whole, numbered from 0 in the order given, all at once or not at all. */
  replaceItems(programId: string, items: readonly NewItem[]): Promise<void>;
  find(id: string): Promise<StoredProgram | undefined>;
  findItems(programId: string): Promise<StoredItem[]>;
  /** Newest first, with how many exercises each holds. */
  listForClient(clientId: string): Promise<ProgramSummary[]>;
  delete(id: string): Promise<boolean>;
}

/** The settings table: a key → JSON store several features share, read and written by key. */
export interface SettingsStore {
  read(keys: readonly string[]): Promise<Record<string, unknown>>;
  /** Every entry at once, or none; an undefined value leaves its key as it was. */
  write(entries: Readonly<Record<string, unknown>>): Promise<void>;
}
