import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { openHardened } from './hardened';

/** Beside stance.db; it holds no data, only SQLite's lock on it. */
export const LOCK_FILE = 'stance.lock';

export interface FolderLock {
  release(): void;
}

/**
 * Claims the data folder for this process with SQLite's own file locking: in EXCLUSIVE locking
 * mode a connection keeps the lock of its first write transaction until it closes, and the
 * operating system drops it when the process dies, however it dies. So there is no stale lock to
 * clear after a crash, and a second process is refused at once rather than waiting.
 */
export function lockDataFolder(dataDir: string): FolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const db = openHardened(file);
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (error) {
    db.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'unavailable',
      `Stance is already using this data folder in another window or program: ${dataDir}. ` +
        'Close the other Stance, then open this one again. Nothing has been changed. ' +
        `(${detail})`,
    );
  }
  return { release: () => db.close() };
}
