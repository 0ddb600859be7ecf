/**
 * A client's complete record as stored (every assessment with every revision, programs, the own
 * exercises they use, photos and clips), for her record file on either engine: read whole from one
 * snapshot for an export, and put back row by row inside the stores' transaction for an import.
 * Photos and clips go back through their own row stores, their bytes through the `FileStore`.
 */
import type { StoredAssessment, StoredRevision } from '../repositories/assessments';
import type { ClipRow } from '../repositories/clips';
import type { StoredExercise } from '../repositories/exercises';
import type { PhotoRow } from '../repositories/photos';
import type { StoredItem, StoredProgram } from '../repositories/programs';

export interface StoredRecord {
  /** Oldest visit first, each with its revisions in order. */
  assessments: (StoredAssessment & { revisions: StoredRevision[] })[];
  /** Oldest first, each with its items in order. */
  programs: (StoredProgram & { items: StoredItem[] })[];
  /** The practitioner's own exercises the programs use; built-in ones live in code. */
  exercises: StoredExercise[];
  /** In the order of her assessments. */
  photos: { photo: PhotoRow; thumbnail: Buffer | null }[];
  clips: ClipRow[];
}

export interface ClientRecordStore {
  /** Every row of the client's record, all read from one snapshot. */
  read(clientId: string): Promise<StoredRecord>;
  /** Which of `ids` an assessment, program, photo or clip already has (any client's). */
  existingIds(ids: readonly string[]): Promise<string[]>;
  /** An assessment with its whole history, as it was stored (finalized revisions stay final). */
  insertAssessment(
    clientId: string,
    assessment: StoredAssessment,
    revisions: readonly StoredRevision[],
  ): Promise<void>;
  /** A program exactly as it was stored, its items at their own positions. */
  insertProgram(program: StoredProgram, items: readonly StoredItem[]): Promise<void>;
  /** An exercise already in this library is kept as it is: the practitioner's own edits win. */
  insertExerciseIfMissing(exercise: StoredExercise): Promise<void>;
  /**
   * Says that what this transaction inserts from here on arrives from a record file, so a
   * studio's audit trail logs it as imported now rather than finalized or amended now. The
   * embedded file keeps no trail.
   */
  labelAsImport(): Promise<void>;
}
