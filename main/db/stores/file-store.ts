/**
 * Stored file bytes (photos, clips, exercise photos, the logo), named by the SHA-256 of their
 * content, as the services and the `app:` routes see them on either engine: the photos folder
 * beside the embedded file, or a studio server's `photo_files` table (a studio's laptops share
 * no disk). The bytes of a name never change, so a file is written once and read many times.
 */
import type { SizedCopy } from '../../../shared/domain/photos';

/** Inclusive byte offsets, as an HTTP range names them. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface FileStore {
  /** Stores the bytes unless already stored (durably, before this resolves); their hash. */
  put(bytes: Uint8Array, mediaType: string): Promise<string>;
  has(hash: string): Promise<boolean>;
  /** How many bytes are stored under `hash`; undefined when none are. */
  size(hash: string): Promise<number | undefined>;
  /** The bytes, or only those of `range` (clips are played in ranges); undefined when absent. */
  read(hash: string, range?: ByteRange): Promise<Buffer | undefined>;
  /** A photo at print or screen size; the full photo when a copy cannot be made. */
  readSized(hash: string, mediaType: string, size: SizedCopy): Promise<Buffer | undefined>;
  /** False when nothing was stored under `hash`. */
  remove(hash: string): Promise<boolean>;
  /**
   * The media type a row naming `hash` gives it (main/db/file-references.ts); undefined when no
   * row names it, so an erased or stray file is never served.
   */
  referencedMediaType(hash: string): Promise<string | undefined>;
}
