import path from 'node:path';
import { referencedHashesIn } from '../db/file-references';
import { createPhotoStore } from '../photos/store';
import { listBackups } from './catalog';
import { backupPhotosRoot } from './snapshot';

export type PhotoCopySweep =
  | { state: 'swept'; removed: number }
  /** What the backups need could not be read in full, so nothing was removed. */
  | { state: 'refused'; reason: string };

/**
 * Removes the photo copies that no backup in the folder mentions any more: after a client is
 * erased from the backups, and after the ladder lets old backups go, so her photos do not outlive
 * the last backup that holds her. Only run it while no backup is being taken (through
 * `exclusive`): a backup being assembled has copied its photos but is not listed yet.
 */
export function sweepBackupPhotoCopies(backupsDir: string): PhotoCopySweep {
  const needed = new Set<string>();
  for (const { name } of listBackups(backupsDir)) {
    try {
      for (const hash of referencedHashesIn(path.join(backupsDir, name))) needed.add(hash);
    } catch (error) {
      return { state: 'refused', reason: `${name} could not be read (${messageOf(error)})` };
    }
  }
  let removed = 0;
  try {
    const copies = createPhotoStore(backupPhotosRoot(backupsDir));
    for (const { hash } of copies.list()) {
      if (!needed.has(hash) && copies.remove(hash)) removed += 1;
    }
  } catch (error) {
    return { state: 'refused', reason: messageOf(error) };
  }
  return { state: 'swept', removed };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
