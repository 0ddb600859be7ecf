/**
 * Messages main sends to the window unasked, declared once like the channels. The preload lets
 * the page listen to these names only.
 */
import type { AppStatus } from './channels/app';
import type { BackupProblem, BackupProgress } from './channels/backups';
import type { MoveProgress } from './domain/studio-move';

export interface EventPayloads {
  'backups:progress': BackupProgress;
  'backups:problem': BackupProblem;
  /** The status changed after the window asked for it: the background check found damage. */
  'app:status': AppStatus;
  /** How far "Move my records to the studio" has got. */
  'studio:moveProgress': MoveProgress;
}

export type EventName = keyof EventPayloads;

export const eventNames: readonly EventName[] = [
  'backups:progress',
  'backups:problem',
  'app:status',
  'studio:moveProgress',
];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}
