/**
 * Erasing a client on either engine: her rows, and the stored files nothing names once they are
 * gone, as one piece of work. What lies beyond the engine (Stance's backups of the file, the
 * studio's backups of its server) is the client service's to handle; `place` says which.
 */
export interface ErasedClient {
  /** Stored files (photos, clips) removed because only she used them. */
  readonly erasedFiles: number;
  /** This computer's file, or a studio's server: they differ in which backups may hold her. */
  readonly place: 'file' | 'studio';
}

export interface ClientErasure {
  /**
   * Deletes the client with her assessments, revisions, photos, clips and programs, then the
   * stored files no row names any more. Runs its own transaction, so it cannot be called inside
   * `Stores.transaction`. Undefined when there is no such client: then nothing changes.
   */
  erase(clientId: string): Promise<ErasedClient | undefined>;
}
