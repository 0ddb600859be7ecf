/**
 * "Back up the studio database now": pg_dump's custom format, taken on the saved connection into
 * the backups folder's `studio` folder. The dump is written under a temporary name and renamed
 * only once pg_dump has finished and the file is on disk, so a file with a backup's name is always
 * a whole dump. Stance's own backup list, ladder and erase do not touch this folder: a dump holds
 * the whole studio, and the studio keeps it as it keeps the server's own backups.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StudioBackupTaken } from '../../shared/domain/studio-backup';
import { AppError } from '../../shared/errors';
import { syncDirectory } from '../durable';
import type { SecretBox } from '../host';
import { findPgDump, pgDumpEnvironment, runPgDump } from './pg-dump';
import { requireSavedConnection, savedPassword, type SavedConnection } from './saved-connection';

export const STUDIO_BACKUPS_FOLDER = 'studio';

/** The first bytes of every custom-format dump. */
const CUSTOM_FORMAT_MAGIC = 'PGDMP';

export function studioBackupsFolder(backupsDir: string): string {
  return path.join(backupsDir, STUDIO_BACKUPS_FOLDER);
}

export const pgDumpMissing = () =>
  new AppError(
    'unavailable',
    'Stance backs up the studio database with PostgreSQL’s pg_dump, which is not installed on this computer. Install PostgreSQL’s client tools (on Debian or Ubuntu, the postgresql-client package), or back up on the server itself.',
  );

export async function takeStudioBackup(
  backupsDir: string,
  dataDir: string,
  secrets: SecretBox,
  now: Date,
): Promise<StudioBackupTaken> {
  const saved = requireSavedConnection(dataDir);
  const pgDump = findPgDump();
  if (pgDump === null) throw pgDumpMissing();
  const password = await savedPassword(saved, secrets);

  const folder = studioBackupsFolder(backupsDir);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, backupName(saved.database, now));
  const partial = `${file}.partial`;
  try {
    const { code, stderr } = await runPgDump(
      pgDump,
      partial,
      pgDumpEnvironment(saved, password, folder),
    );
    if (code !== 0) throw explainFailure(stderr, saved);
    const bytes = keepOnDisk(partial);
    fs.renameSync(partial, file);
    syncDirectory(folder);
    return { file, bytes };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw pgDumpMissing();
    throw new AppError(
      'internal',
      `The studio database could not be backed up: ${(error as Error).message}`,
    );
  }
}

/** `studio-<database>-<UTC stamp>.dump`, safe as a file name whatever the database is called. */
export function backupName(database: string, now: Date): string {
  const safe = database.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60) || 'database';
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  return `studio-${safe}-${stamp}.dump`;
}

/** Flushes the finished dump and checks it is one; returns its size. */
function keepOnDisk(file: string): number {
  const fd = fs.openSync(file, 'r+');
  try {
    const head = Buffer.alloc(CUSTOM_FORMAT_MAGIC.length);
    fs.readSync(fd, head, 0, head.length, 0);
    if (head.toString('latin1') !== CUSTOM_FORMAT_MAGIC)
      throw new AppError(
        'internal',
        'pg_dump finished but did not write a backup Stance recognises, so it was not kept.',
      );
    fs.fsyncSync(fd);
    return fs.fstatSync(fd).size;
  } finally {
    fs.closeSync(fd);
  }
}

/** What pg_dump said, in words she can act on. Its messages are English: its locale is C. */
export function explainFailure(stderr: string, saved: SavedConnection): AppError {
  const said = (message: string) => new AppError('unavailable', message);
  const server = `${saved.host}:${saved.port}`;
  const mismatch = stderr.match(/server version: ([\d.]+\S*); pg_dump version: ([\d.]+\S*)/);
  if (mismatch)
    return said(
      `The studio server runs PostgreSQL ${mismatch[1]}, newer than this computer’s pg_dump (${mismatch[2]}), which cannot back it up. Install PostgreSQL’s client tools version ${mismatch[1]?.split('.')[0]} or newer on this computer.`,
    );
  const denied = stderr.match(/permission denied for (\w+) ([\w.]+)/);
  if (denied)
    return said(
      `“${saved.user}” may not read all of the studio database (the server keeps the ${denied[1]} ${denied[2]} from it), so no backup was taken. Back up with the role that set up the studio database, or on the server itself.`,
    );
  if (/password authentication failed/.test(stderr))
    return said(`The server refused the saved password for “${saved.user}”. Save it again.`);
  if (/no password supplied|fe_sendauth/.test(stderr))
    return said(
      `The server asks for a password for “${saved.user}”, and none is saved on this computer.`,
    );
  if (/Connection refused/i.test(stderr))
    return said(
      `Nothing answered at ${server}: PostgreSQL may not be running there, or it listens on another port.`,
    );
  if (/timeout expired|could not translate host name/i.test(stderr))
    return said(
      `The server at ${server} could not be reached. Check that this computer is on the studio’s network.`,
    );
  if (/certificate|SSL/i.test(stderr))
    return said(
      'The server’s certificate could not be checked against the saved CA certificate, so no backup was taken. Test the connection in Settings → Studio database.',
    );
  const last = stderr
    .split('\n')
    .map((line) => line.replace(/^pg_dump: (error|detail): /, '').trim())
    .filter((line) => line !== '' && !line.startsWith('pg_dump:'))
    .at(0);
  return said(
    `pg_dump could not back up the studio database${last ? `: ${last}` : '.'} No backup was taken.`,
  );
}
