import fs from 'node:fs';
import path from 'node:path';
import type {
  BackupKind,
  BackupProgress,
  CreatedBackup,
  ExportedBackup,
} from '../../shared/channels/backups';
import { createVerifiedBackup } from '../db/backup';
import { syncDirectory } from '../durable';
import { schemaVersionOf } from '../db/connection';
import type { Session } from '../session';
import { freshBackupName } from './catalog';
import { backupFileName, parseBackupFileName } from './naming';
import { referencedHashesIn } from '../db/file-references';
import { copyMissingPhotos } from './photo-copies';

/** The shared, content-addressed photo set every backup in the folder draws on. */
export function backupPhotosRoot(backupsDir: string): string {
  return path.join(backupsDir, 'photos');
}

/**
 * Takes a verified backup into the app's backups folder and copies the photos it mentions into the
 * shared photo set. The file is verified and its photos copied in a side folder first, and only
 * then renamed into the list, so every listed backup has its photos beside it.
 */
export async function takeBackup(
  session: Pick<Session, 'db' | 'paths' | 'now'>,
  kind: BackupKind,
): Promise<CreatedBackup> {
  const { backups, photos } = session.paths;
  const incoming = path.join(backups, '.incoming');
  // Anything here is an unfinished copy from a run that was cut off; the live data still has it.
  fs.rmSync(incoming, { recursive: true, force: true });

  const name = freshBackupName(backups, kind, schemaVersionOf(session.db), session.now());
  const staged = path.join(incoming, name);
  try {
    const verified = await createVerifiedBackup(session.db, staged);
    const photoCount = await copyMissingPhotos(
      referencedHashesIn(staged),
      [photos],
      backupPhotosRoot(backups),
    );
    fs.renameSync(staged, path.join(backups, name));
    syncDirectory(backups);
    const parsed = parseBackupFileName(name);
    return {
      backup: {
        name,
        kind,
        takenAt: (parsed?.takenAt ?? session.now()).toISOString(),
        schemaVersion: verified.schemaVersion,
        bytes: verified.bytes,
      },
      photos: photoCount,
    };
  } finally {
    fs.rmSync(incoming, { recursive: true, force: true });
  }
}

/**
 * "Back up now" to a folder the practitioner chose: a dated folder holding the verified database
 * and every photo it mentions. It is assembled under a `.partial` name and renamed when complete,
 * so the folder either is a whole backup or is not there.
 */
export async function exportBackup(
  session: Session,
  chosenFolder: string,
  onProgress: (progress: BackupProgress) => void,
): Promise<ExportedBackup> {
  const now = session.now();
  const folder = freshFolder(chosenFolder, `Stance backup ${localStamp(now)}`);
  const partial = `${folder}.partial`;
  fs.mkdirSync(partial);
  try {
    const fileName = backupFileName({
      kind: 'manual',
      schemaVersion: schemaVersionOf(session.db),
      takenAt: now,
    });
    let pages = 1;
    await createVerifiedBackup(session.db, path.join(partial, fileName), {
      onProgress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        onProgress({ phase: 'database', done: totalPages - remainingPages, total: totalPages });
      },
    });
    // SQLite reports the steps before the last one only; the practitioner should see it finish.
    onProgress({ phase: 'database', done: pages, total: pages });

    const photos = await copyMissingPhotos(
      referencedHashesIn(path.join(partial, fileName)),
      [session.paths.photos, backupPhotosRoot(session.paths.backups)],
      path.join(partial, 'photos'),
      (done, total) => onProgress({ phase: 'photos', done, total }),
    );
    fs.renameSync(partial, folder);
    syncDirectory(chosenFolder);
    return { cancelled: false, folder, file: path.join(folder, fileName), photos };
  } catch (error) {
    // Only the folder this call created, never anything the practitioner had there.
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

function freshFolder(parent: string, base: string): string {
  for (let attempt = 1; ; attempt += 1) {
    const candidate = path.join(parent, attempt === 1 ? base : `${base} (${attempt})`);
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
  }
}

/** Only a person reads the folder name, so it uses their clock rather than UTC. */
function localStamp(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`
  );
}
