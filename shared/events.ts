/**
 * Messages main sends to the window unasked, declared once like the channels. The preload lets
 * the page listen to these names only.
 */
import type { AppStatus } from './channels/app';
import type { BackupProblem, BackupProgress } from './channels/backups';

export interface EventPayloads {
  'backups:progress': BackupProgress;
  'backups:problem': BackupProblem;
  /** The status changed after the window asked for it: the background check found damage. */
  'app:status': AppStatus;
}

export type EventName = keyof EventPayloads;

export const eventNames: readonly EventName[] = [
  'backups:progress',
  'backups:problem',
  'app:status',
];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}
