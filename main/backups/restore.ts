import fs from 'node:fs';
import path from 'node:path';
import type { RestoredBackup } from '../../shared/channels/backups';
import { AppError } from '../../shared/errors';
import type { DataAccess } from '../data-access';
import { openUntrusted } from '../db/hardened';
import { syncDirectory } from '../durable';
import type { DataPaths } from '../session';
import { fileStamp } from './naming';
import { referencedHashesIn } from '../db/file-references';
import { copyMissingPhotos } from './photo-copies';
import { checkRestoreCandidate, stageRestoreCandidate } from './restore-candidate';
import { takeBackup } from './snapshot';

export interface RestoreRequest {
  /** The database file to restore. */
  file: string;
  /** What the answer reports it as: the backup's name, or the path the practitioner picked. */
  restoredFrom: string;
  /** How messages name it, e.g. "The backup daily-v5-….stance.db". */
  label: string;
  /** Folders of content-addressed photos that may hold the ones it mentions, best first. */
  photoSources: string[];
}

/** SQLite's companions of a database file; they belong to that file and move with it. */
const COMPANIONS = ['-wal', '-shm'] as const;

interface SafetyCopy {
  backupName: string | null;
  /** The previous file under a second name, kept when no backup of it could be made. */
  keptAside: string | null;
}

/**
 * Replaces the data with a verified copy of `request.file`. Nothing changes until the candidate
 * has been checked, copied into the data folder and verified again, and its photos are in place.
 * Then, with the database closed, the current file gets a 'pre-restore' backup (or, when it cannot
 * be read, is kept under a second name) and the copy is renamed over it. If the restored data then
 * does not open, the previous file is put back.
 */
export async function restoreDatabase(
  data: DataAccess,
  request: RestoreRequest,
  now: Date,
): Promise<RestoredBackup> {
  const { paths } = data;
  data.claimFolder();
  // Schema and version only: the copy staged next is quick_checked as it is made.
  checkRestoreCandidate(request.file, request.label, { integrity: false });
  const staged = await stageRestoreCandidate(request.file, paths, now, request.label);
  try {
    // Photos first, as when a photo is added: the data never mentions a file that is not there.
    const photos = await copyMissingPhotos(
      referencedHashesIn(staged),
      request.photoSources,
      paths.photos,
    );
    const wasReady = data.status().state === 'ready';
    const aside = `${paths.database}.${wasReady ? 'before-restore' : asideLabel(data)}-${fileStamp(now)}`;

    const safety = await data.whileClosed(async () => {
      const copy = await safetyCopy(paths, now, aside, wasReady);
      swapIn(staged, paths.database, aside);
      return copy;
    });

    const status = data.status();
    if (status.state !== 'ready') {
      await data
        .whileClosed(() => putBack(paths.database, aside))
        .catch((error: unknown) => {
          throw new AppError(
            'internal',
            `${request.label} could not be opened, and Stance could not put your previous data ` +
              `back by itself. It is kept, unchanged, at ${aside}. (${detailOf(error)})`,
          );
        });
      throw new AppError(
        status.kind,
        `${request.label} was copied in, but Stance could not open it, so your previous data ` +
          `was put back exactly as it was. Nothing was lost. (${status.message})`,
      );
    }
    if (!safety.keptAside) removeWithCompanions(aside);
    return {
      restoredFrom: request.restoredFrom,
      safetyBackup: safety.backupName,
      setAsideFile: safety.keptAside,
      missingPhotos: photos.missing,
    };
  } finally {
    fs.rmSync(staged, { force: true });
  }
}

function asideLabel(data: DataAccess): string {
  const status = data.status();
  return status.state === 'problem' && status.kind === 'database-damaged' ? 'damaged' : 'set-aside';
}

/**
 * Backs up the closed file exactly as it will be replaced, read-only, like any other backup (with
 * its photos). Data that was open must get that backup or the restore stops; data that could not
 * be opened (damaged) may not survive a backup, so then its file is simply kept.
 */
async function safetyCopy(
  paths: DataPaths,
  now: Date,
  aside: string,
  mustBackUp: boolean,
): Promise<SafetyCopy> {
  if (!fs.existsSync(paths.database)) return { backupName: null, keptAside: null };
  try {
    const db = openUntrusted(paths.database);
    try {
      const { backup } = await takeBackup({ db, paths, now: () => now }, 'pre-restore');
      return { backupName: backup.name, keptAside: null };
    } finally {
      db.close();
    }
  } catch (error) {
    if (mustBackUp) {
      throw new AppError(
        'internal',
        'Stance could not make a safety backup of your current data first, so the restore was ' +
          `not done. Nothing was changed. (${detailOf(error)})`,
      );
    }
    return { backupName: null, keptAside: aside };
  }
}

/**
 * Runs with the database closed. The previous file gets its second name first (a hard link, or a
 * copy where links are not possible), so there is never a moment without a stance.db: a crash
 * here leaves the old data or the new, never an empty start. Its -wal/-shm go with it rather than
 * being deleted: after a clean close they are empty or gone, and after an unclean one they are part
 * of it; left in place they would be paired with the wrong file.
 */
function swapIn(staged: string, live: string, aside: string): void {
  const hadLive = fs.existsSync(live);
  if (hadLive) keepSecondName(live, aside);
  const moved = moveCompanions(live, aside);
  try {
    fs.renameSync(staged, live);
    syncDirectory(path.dirname(live));
  } catch (error) {
    moveCompanions(aside, live, moved);
    if (hadLive) fs.rmSync(aside, { force: true });
    throw error;
  }
}

/** Undoes `swapIn` after the restored copy failed to open; that copy came from a file that remains. */
function putBack(live: string, aside: string): void {
  for (const suffix of COMPANIONS) fs.rmSync(live + suffix, { force: true });
  if (fs.existsSync(aside)) fs.renameSync(aside, live);
  else fs.rmSync(live, { force: true });
  moveCompanions(aside, live);
  syncDirectory(path.dirname(live));
}

function keepSecondName(file: string, secondName: string): void {
  try {
    fs.linkSync(file, secondName);
  } catch {
    fs.copyFileSync(file, secondName);
    const fd = fs.openSync(secondName, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  syncDirectory(path.dirname(file));
}

function moveCompanions(from: string, to: string, only: readonly string[] = COMPANIONS): string[] {
  const moved: string[] = [];
  for (const suffix of only) {
    if (!fs.existsSync(from + suffix)) continue;
    fs.renameSync(from + suffix, to + suffix);
    moved.push(suffix);
  }
  return moved;
}

/**
 * Only the rollback copy of data a verified 'pre-restore' backup now holds. The restore has
 * succeeded by now, so a copy that cannot be removed is left rather than reported as a failure.
 */
function removeWithCompanions(file: string): void {
  try {
    for (const name of [file, ...COMPANIONS.map((suffix) => file + suffix)]) {
      fs.rmSync(name, { force: true });
    }
    syncDirectory(path.dirname(file));
  } catch {
    // Harmless: a second copy of backed-up data beside the database.
  }
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
