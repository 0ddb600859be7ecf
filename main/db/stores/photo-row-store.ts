/**
 * The rows of an assessment's photos (their files are in the `FileStore`), as the photos service
 * sees them on either engine. Photos of a finalized revision are refused by the database itself on
 * both (triggers), so a store bug cannot change them.
 */
import type { PhotoRow } from '../repositories/photos';

export interface PhotoRowStore {
  insert(row: PhotoRow, thumbnail: Uint8Array | null): Promise<void>;
  find(id: string): Promise<PhotoRow | undefined>;
  /** Oldest first. */
  listOfRevision(assessmentId: string, revision: number): Promise<PhotoRow[]>;
  /** Undefined when no such photo; null when it has no preview. */
  thumbnail(id: string): Promise<Buffer | null | undefined>;
  setView(id: string, view: string): Promise<void>;
  /** `landmarks` is JSON text already checked by the shared schema. */
  setLandmarks(id: string, landmarks: string): Promise<void>;
  delete(id: string): Promise<void>;
}
