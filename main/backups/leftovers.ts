import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../durable';
import type { DataPaths } from '../session';
import { listBackups } from './catalog';
import { ERASING_FOLDER } from './erase-from-backups';
import { studioBackupsFolder } from '../studio/studio-backup';
import { backupPhotosRoot } from './snapshot';

/**
 * What an interrupted restore, migration, backup, erase or photo write leaves in the data folder,
 * and why each is never the only copy of anything when it is removed:
 *
 * - `stance.db.restoring-<stamp>`: a restore's checked copy of the file being restored, which
 *   still exists where it came from. Once the swap happens the copy is renamed to stance.db, so a
 *   file under this name is a restore that never took effect.
 * - `stance.db.before-restore-<stamp>`: the data a restore replaced, kept until the restore
 *   finishes. Removed only when a 'pre-restore' backup taken at that moment is in the list (the
 *   restore takes it before the swap, from the same closed file) and its WAL holds nothing.
 *   `stance.db.set-aside-*` and `stance.db.damaged-*` are never removed: they are kept because no
 *   backup of them could be made, and the restore told the practitioner where they are.
 * - `*.partial` and `*.partial-journal`: a backup or restore copy before it was verified, made from
 *   data that still exists; `backups/.incoming` and `backups/.erasing` hold only such copies.
 * - `backups/studio/*.dump.partial`: a studio database dump pg_dump had not finished; the server
 *   it was taken from still holds everything in it.
 * - `photos/xx/<hash>.<pid>.partial` (and in the backups' photo set): a photo file being written
 *   before its rename; no row ever names a file before the rename, so it was never saved.
 *
 * Nothing is removed unless the live database opened and passed its checks: when it did not, the
 * recovery screen may need any of these files.
 */
export function removeLeftovers(paths: DataPaths, liveDatabaseIsSound: boolean): string[] {
  if (!liveDatabaseIsSound) return [];
  const removed: string[] = [];
  const remove = (file: string): void => {
    try {
      fs.rmSync(file, { recursive: true, force: true });
      removed.push(file);
    } catch {
      // Left for the next start; a leftover that cannot be removed harms nothing by staying.
    }
  };

  const base = path.basename(paths.database);
  const preRestoreTimes = listBackups(paths.backups)
    .filter((backup) => backup.kind === 'pre-restore')
    .map((backup) => Date.parse(backup.takenAt));
  for (const name of namesIn(paths.dataDir)) {
    const file = path.join(paths.dataDir, name);
    if (isPartial(name) || name.startsWith(`${base}.restoring-`)) remove(file);
    else if (isBackedUpBeforeRestore(name, base, file, preRestoreTimes)) remove(file);
  }
  for (const name of namesIn(paths.backups)) {
    if (isPartial(name) || name === '.incoming' || name === ERASING_FOLDER)
      remove(path.join(paths.backups, name));
  }
  const studioDumps = studioBackupsFolder(paths.backups);
  for (const name of namesIn(studioDumps)) {
    if (isPartial(name)) remove(path.join(studioDumps, name));
  }
  for (const root of [paths.photos, backupPhotosRoot(paths.backups)]) {
    for (const fan of namesIn(root)) {
      const folder = path.join(root, fan);
      for (const name of namesIn(folder)) {
        if (PHOTO_PARTIAL.test(name)) remove(path.join(folder, name));
      }
    }
  }
  for (const folder of new Set(removed.map((file) => path.dirname(file)))) {
    try {
      syncDirectory(folder);
    } catch {
      // The removals stand whether or not the folder's entry is flushed now.
    }
  }
  return removed;
}

/** `<hash>.<pid>.partial` from the photo store, `<hash>.<size>.<pid>.partial` from sized copies. */
const PHOTO_PARTIAL = /^[0-9a-f]{64}(\.print|\.screen)?\.\d+\.partial$/;

/** A verified copy's name before verification, and SQLite's journal beside such a copy. */
function isPartial(name: string): boolean {
  return name.endsWith('.partial') || name.endsWith('.partial-journal');
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;
/** A name collision moves a backup's stamp on by a millisecond at a time; a second is ample. */
const SAFETY_BACKUP_WINDOW_MS = 1000;

/**
 * `stance.db.before-restore-<stamp>` or one of its -wal/-shm/-journal, when the pre-restore backup
 * taken at that moment is listed and the file's WAL is empty (a clean close leaves it so; one
 * that is not empty may hold changes, so the file is kept).
 */
function isBackedUpBeforeRestore(
  name: string,
  base: string,
  file: string,
  preRestoreTimes: readonly number[],
): boolean {
  const prefix = `${base}.before-restore-`;
  if (!name.startsWith(prefix)) return false;
  const rest = name.slice(prefix.length);
  const companion = ['-wal', '-shm', '-journal'].find((suffix) => rest.endsWith(suffix));
  const stamp = companion ? rest.slice(0, -companion.length) : rest;
  const main = companion ? file.slice(0, -companion.length) : file;
  const match = stamp.match(STAMP);
  if (!match) return false;
  const [, day, hours, minutes, seconds, millis] = match;
  const time = Date.parse(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  const backedUp = preRestoreTimes.some(
    (taken) => taken >= time && taken - time <= SAFETY_BACKUP_WINDOW_MS,
  );
  return backedUp && sizeOf(`${main}-wal`) === 0;
}

/** 0 for a file that is not there. */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function namesIn(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}
