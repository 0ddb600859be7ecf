/**
 * Every store of one engine, as the services get them: the embedded SQLite file's, or a studio
 * PostgreSQL server's. `transaction` is for work that must happen whole or not at all across
 * stores; inside it, only the stores it hands over may be used.
 */
import type { AssessmentStore } from './assessment-store';
import type { ClientErasure } from './client-erasure';
import type { ClientStore } from './client-store';
import type { ClipRowStore } from './clip-row-store';
import type { ExercisePhotoStore, ExerciseStore } from './exercise-store';
import type { FileStore } from './file-store';
import type { PhotoRowStore } from './photo-row-store';
import type { ProgramStore, SettingsStore } from './program-store';
import type { ProgressStore } from './progress-store';
import type { ClientRecordStore } from './record-store';
import type { RevisionFileStore } from './revision-file-store';

export interface Stores {
  readonly clients: ClientStore;
  /** Erasing a client for good; runs its own transaction, never inside `transaction`. */
  readonly erasure: ClientErasure;
  readonly assessments: AssessmentStore;
  readonly programs: ProgramStore;
  readonly settings: SettingsStore;
  /** What the progress charts read of a client's visits. */
  readonly progress: ProgressStore;
  readonly revisionFiles: RevisionFileStore;
  /** The stored bytes of photos, clips and exercise photos, named by their SHA-256. */
  readonly files: FileStore;
  readonly photos: PhotoRowStore;
  readonly clips: ClipRowStore;
  readonly exercises: ExerciseStore;
  readonly exercisePhotos: ExercisePhotoStore;
  /** A client's whole record at once, for her record file. */
  readonly clientRecords: ClientRecordStore;
  /** Committed when `work` resolves, rolled back when it throws. */
  transaction<T>(work: (stores: Stores) => Promise<T>): Promise<T>;
}

/** What a service needs to read and write records: the stores and the clock it stamps them by. */
export interface Records {
  readonly stores: Stores;
  readonly now: () => Date;
}

/** One level is all the services need; a nested one would only hide which work is atomic. */
export const nestedTransactionRefused = (): Promise<never> =>
  Promise.reject(new Error('A transaction cannot be opened inside another.'));
