/**
 * The practitioner's own exercises and the photos of any exercise (built-in ones too), as the
 * exercises and programs services see them on either engine. Built-in exercises live in code.
 */
import type { LibraryExercise, OwnExerciseFields } from '../../../shared/channels/exercises';
import type { ExercisePhotoRecord } from '../repositories/exercises-photos';
import type { OwnExerciseRecord } from '../repositories/exercises';

export interface ExerciseStore {
  insert(exercise: OwnExerciseRecord, at: string): Promise<void>;
  /** False when no such own exercise exists. */
  update(id: string, fields: OwnExerciseFields, at: string): Promise<boolean>;
  setRetired(id: string, retiredAt: string | null, at: string): Promise<boolean>;
  /** With its photo's hash, if it has one. */
  find(id: string): Promise<LibraryExercise | undefined>;
  /** The own exercises among `ids`, by id; ids that are not own exercises are absent. */
  findMany(ids: readonly string[]): Promise<Map<string, LibraryExercise>>;
  /** Oldest first. */
  list(includeRetired: boolean): Promise<LibraryExercise[]>;
}

export interface ExercisePhotoStore {
  /** One photo per exercise: a new one replaces the old row (its file is left to the sweep). */
  set(photo: ExercisePhotoRecord): Promise<void>;
  remove(exerciseId: string): Promise<boolean>;
  /** The photo hash of each exercise among `ids` that has one; or of every one, without `ids`. */
  hashes(ids?: readonly string[]): Promise<Map<string, string>>;
  /** A copied exercise starts with its source's photo; the file is shared. */
  copy(fromId: string, toId: string, at: string): Promise<void>;
}
