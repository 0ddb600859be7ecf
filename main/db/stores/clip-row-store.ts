/**
 * The rows of an assessment's movement clips (their files are in the `FileStore`), as the clips
 * service sees them on either engine. Clips of a finalized revision are refused by the database
 * itself on both (triggers).
 */
import type { ClipRow } from '../repositories/clips';

export interface ClipRowStore {
  insert(row: ClipRow): Promise<void>;
  find(id: string): Promise<ClipRow | undefined>;
  /** Oldest first. */
  listOfRevision(assessmentId: string, revision: number): Promise<ClipRow[]>;
  delete(id: string): Promise<void>;
}
