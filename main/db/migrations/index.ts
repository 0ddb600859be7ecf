import { createClients } from './001-clients';
import type { Migration } from './types';

/** Every schema step in order. Append only: a shipped migration is never edited or removed. */
export const migrations: readonly Migration[] = [createClients];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
