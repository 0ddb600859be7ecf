/**
 * Messages main sends to the window unasked, declared once like the channels. The preload lets
 * the page listen to these names only.
 */
import type { BackupProblem, BackupProgress } from './channels/backups';

export interface EventPayloads {
  'backups:progress': BackupProgress;
  'backups:problem': BackupProblem;
}

export type EventName = keyof EventPayloads;

export const eventNames: readonly EventName[] = ['backups:progress', 'backups:problem'];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}
