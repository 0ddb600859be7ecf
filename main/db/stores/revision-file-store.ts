/**
 * The photo and clip rows of an assessment's revisions, and the stored files they name, as the
 * assessment and client services need them on either engine: an amendment starts with the photos
 * of the revision it amends, and a discard or erase lets go of the files nothing else names.
 */
export type FileOwner = { clientId: string } | { assessmentId: string };

export interface RevisionFileStore {
  /** Every photo (with its landmarks) and clip of revision `from`, copied onto revision `to`. */
  copy(assessmentId: string, from: number, to: number): Promise<void>;
  /** The stored files one revision's photos and clips name. */
  hashesOf(assessmentId: string, revision: number): Promise<string[]>;
  /** The stored files that belong to one client, or to one of her assessments. */
  ownedBy(owner: FileOwner): Promise<string[]>;
  /** Removes those of `hashes` that no row names any more; how many went. */
  removeUnreferenced(hashes: readonly string[]): Promise<number>;
}
