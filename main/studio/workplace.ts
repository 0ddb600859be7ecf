/**
 * Where the client records are worked on: this computer's file or the studio database, as she
 * chose in Settings. The store-backed services reach their records through `records()`, so a
 * switch takes effect on the next request without restarting; a request already running finishes
 * on the records it started with (the old pool is ended only once its queries are done).
 *
 * When the studio is chosen but cannot be opened, nothing falls back to the file by itself: her
 * records would be split between two places. The window says so and offers "Try again" and the way
 * back to the file.
 */
import type { AppStatus } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { DataAccess } from '../data-access';
import type { Records } from '../db/stores/stores';
import type { SecretBox } from '../host';
import { readRecordsChoice, saveRecordsChoice } from './records-choice';
import { openStudioRecords, type OpenedStudio } from './studio-records';

export interface Workplace {
  /** The records the store-backed services use; refuses in plain words while the studio is away. */
  records: () => Records;
  /** The folder's status with where the records are, or why the chosen studio is not open. */
  status: () => AppStatus;
  /** Reads the saved choice and opens the studio when it is chosen; call once, at start. */
  start: () => Promise<void>;
  /** Opens the saved studio connection and works there from now on (and at every start). */
  useStudio: () => Promise<AppStatus>;
  /** Works on this computer's file from now on; the studio connection is closed. */
  useFile: () => Promise<AppStatus>;
  /** Ends the studio's connections once the queries in flight are done. */
  close: () => Promise<void>;
}

export interface WorkplaceOptions {
  data: DataAccess;
  secrets: SecretBox;
  now: () => Date;
  /** Told whenever a switch or a failed opening changes the status. */
  onChange: (status: AppStatus) => void;
}

type State =
  | { on: 'file' }
  | { on: 'studio'; studio: OpenedStudio }
  | { on: 'studio-unavailable'; message: string; details: string };

export function createWorkplace({ data, secrets, now, onChange }: WorkplaceOptions): Workplace {
  let state: State = { on: 'file' };
  // One switch at a time: a second click waits for the first, then does its own.
  let switching: Promise<unknown> = Promise.resolve();
  const { dataDir } = data.paths;

  const status = (): AppStatus => {
    const folder = data.status();
    if (folder.state === 'problem') return folder;
    switch (state.on) {
      case 'file':
        return { ...folder, records: { place: 'file' } };
      case 'studio':
        return { ...folder, records: state.studio.place };
      case 'studio-unavailable':
        return {
          state: 'problem',
          kind: 'studio-unreachable',
          message: state.message,
          dataDir,
          details: state.details,
        };
    }
  };

  const records = (): Records => {
    if (state.on === 'studio') return state.studio.records;
    if (state.on === 'file') return data.session();
    throw new AppError(
      'unavailable',
      'The studio database is not open, so your records cannot be read or saved just now. Try again, or go back to this computer’s file.',
    );
  };

  /** Moves to `next`, closing a studio left behind once its work in flight is done. */
  const moveTo = async (next: State): Promise<AppStatus> => {
    const left = state;
    state = next;
    if (left.on === 'studio' && left !== next) await left.studio.close();
    const now = status();
    onChange(now);
    return now;
  };

  const unavailable = (error: unknown): State => ({
    on: 'studio-unavailable',
    message: messageOf(error),
    details: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });

  const openStudio = async (): Promise<AppStatus> => {
    let opened: OpenedStudio;
    try {
      opened = await openStudioRecords(dataDir, secrets, now);
    } catch (error) {
      // Still unreachable after "Try again": the screen shows the latest reason.
      if (state.on === 'studio-unavailable') await moveTo(unavailable(error));
      throw error;
    }
    try {
      saveRecordsChoice(dataDir, 'studio');
    } catch (error) {
      await opened.close();
      throw error;
    }
    return moveTo({ on: 'studio', studio: opened });
  };

  const backToFile = async (): Promise<AppStatus> => {
    saveRecordsChoice(dataDir, 'file');
    return moveTo({ on: 'file' });
  };

  const oneAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const next = switching.then(change, change);
    switching = next.catch(() => undefined);
    return next;
  };

  return {
    records,
    status,
    start: async () => {
      const choice = readRecordsChoice(dataDir);
      if (choice.state === 'unreadable') {
        state = { on: 'studio-unavailable', message: choice.message, details: choice.message };
        return;
      }
      if (choice.use === 'file') return;
      try {
        state = { on: 'studio', studio: await openStudioRecords(dataDir, secrets, now) };
      } catch (error) {
        state = unavailable(error);
      }
    },
    useStudio: () => oneAtATime(openStudio),
    useFile: () => oneAtATime(backToFile),
    close: async () => {
      const left = state;
      if (left.on === 'studio') await left.studio.close();
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return 'Stance could not open the studio database. Nothing has been changed on the server or on this computer.';
}
