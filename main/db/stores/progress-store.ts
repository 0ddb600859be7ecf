/** What the progress charts read of a client's visits, on either engine. */
import type { ProgressPhotoRow, ProgressRow } from '../repositories/progress';

export interface ProgressStore {
  /** The client's assessments at their current revisions, oldest visit first. */
  visits(clientId: string): Promise<ProgressRow[]>;
  /** The photos of those current revisions, oldest first within each. */
  photos(clientId: string): Promise<ProgressPhotoRow[]>;
}
