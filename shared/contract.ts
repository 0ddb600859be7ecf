/**
 * Every IPC channel, declared once: its name (`domain:verb`), the zod schema its single object
 * argument must pass in main, and the type of the value it answers with. The groups live beside
 * their domain in shared/channels/; this table joins them, and the preload, the renderer's api.ts
 * and main's router are all typed from it.
 */
import type { z } from 'zod';
import { appChannels } from './channels/app';
import { auditChannels } from './channels/audit';
import { assessmentChannels } from './channels/assessments';
import { backupChannels } from './channels/backups';
import { clipChannels } from './channels/clips';
import { clientChannels } from './channels/clients';
import { exerciseChannels } from './channels/exercises';
import { photoChannels } from './channels/photos';
import { printChannels } from './channels/print';
import { programChannels } from './channels/programs';
import { progressChannels } from './channels/progress';
import { reportChannels } from './channels/reports';
import { settingsChannels } from './channels/settings';
import { studioChannels } from './channels/studio';
import type { Result } from './errors';
import type { EventName, EventPayloads } from './events';

export type {
  AppStatus,
  FolderProblemKind,
  FolderStatus,
  ProblemKind,
  RecordsPlace,
} from './channels/app';
export type { ClientSortOrder } from './channels/clients';

export const contract = {
  ...appChannels,
  ...auditChannels,
  ...assessmentChannels,
  ...backupChannels,
  ...clipChannels,
  ...clientChannels,
  ...exerciseChannels,
  ...photoChannels,
  ...printChannels,
  ...programChannels,
  ...progressChannels,
  ...reportChannels,
  ...settingsChannels,
  ...studioChannels,
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
  /** Listens to one of the declared events; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
