import {
  studioConnectionInputSchema,
  type StudioConnectionView,
  type StudioTestResult,
} from '../domain/studio-connection';
import type { StudioBackupStatus, StudioBackupTaken } from '../domain/studio-backup';
import type { MoveOutcome } from '../domain/studio-move';
import type { AppStatus } from './app';
import { channel, noArguments, type Cancelled } from './define';

export const studioChannels = {
  /** The saved studio connection, without the password; empty fields when none was saved. */
  'studio:get': channel<StudioConnectionView>()(noArguments),

  /**
   * Saves the connection details in the data folder, the password encrypted with this computer's
   * keychain or keyring; without `password` the saved one is kept. Saving does not switch where
   * the records are: `studio:use` does.
   */
  'studio:save': channel<StudioConnectionView>()(studioConnectionInputSchema),

  /**
   * Connects once with these details (the saved password when none is sent), checks the server's
   * version and whether Stance's tables are there or can be made, and disconnects. Changes nothing
   * on the server; the answer is in plain words either way.
   */
  'studio:test': channel<StudioTestResult>()(studioConnectionInputSchema),

  /** Opens the file dialog for the server's CA certificate and checks that the file is one. */
  'studio:chooseCaFile': channel<Cancelled | { cancelled: false; file: string }>()(noArguments),

  /**
   * Copies every record on this computer (clients, assessments with every revision, programs, her
   * own exercises, photos and clips with their files) to the saved studio server in one
   * transaction, counts them and checks every file's fingerprint there before committing. Refused,
   * with nothing changed, when the server already holds any of the same records. The records on
   * this computer are read, never changed. Progress comes as `studio:moveProgress` events.
   */
  'studio:moveRecords': channel<MoveOutcome>()(noArguments),

  /**
   * Opens the saved studio connection, checks the server and its tables, and from then on (and at
   * every start) reads and saves the client records there. This computer's file is kept as it is.
   * Also "Try again" when the studio could not be reached at start. Refused in plain words, with
   * nothing switched, when the server cannot be used.
   */
  'studio:use': channel<AppStatus>()(noArguments),

  /** Back to the records in this computer's file; the studio connection is closed and kept saved. */
  'studio:useFile': channel<AppStatus>()(noArguments),

  /** Whether a studio backup can be taken here, and where it would go. Changes nothing. */
  'studio:backupStatus': channel<StudioBackupStatus>()(noArguments),

  /**
   * Backs up the whole studio database with pg_dump (custom format) on the saved connection into
   * the studio backups folder. The file appears only once the dump is complete and on disk.
   */
  'studio:backup': channel<StudioBackupTaken>()(noArguments),
};
