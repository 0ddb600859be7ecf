import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind, BackupSummary } from '../../shared/channels/backups';
import { AppError } from '../../shared/errors';
import { syncDirectory } from '../durable';
import { planRetention } from './ladder';
import { backupFileName, parseBackupFileName } from './naming';

/**
 * The backups in `backupsDir`, newest first. Only reads the folder, so it works when the database
 * itself cannot be opened. A file only ever gets a backup name after it was verified, so every
 * entry here passed its check when it was made; restore checks it again.
 */
export function listBackups(backupsDir: string): BackupSummary[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir);
  } catch {
    return [];
  }
  const found: BackupSummary[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    let stats: fs.Stats;
    try {
      stats = fs.statSync(path.join(backupsDir, name));
    } catch {
      continue;
    }
    if (!stats.isFile()) continue;
    found.push({
      name,
      kind: parsed.kind,
      takenAt: parsed.takenAt.toISOString(),
      schemaVersion: parsed.schemaVersion,
      bytes: stats.size,
    });
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

/** The file of a listed backup; the name must be one the list shows, never a path. */
export function backupFile(backupsDir: string, name: string): string {
  const listed = listBackups(backupsDir).some((backup) => backup.name === name);
  if (!listed) {
    throw new AppError(
      'not-found',
      'That backup is no longer in the backups folder. Nothing was changed.',
    );
  }
  return path.join(backupsDir, name);
}

/**
 * A name no other backup has. Two backups in the same millisecond would otherwise share a name and
 * the second rename would silently replace the first.
 */
export function freshBackupName(
  folder: string,
  kind: BackupKind,
  schemaVersion: number,
  takenAt: Date,
): string {
  let time = takenAt.getTime();
  for (;;) {
    const name = backupFileName({ kind, schemaVersion, takenAt: new Date(time) });
    if (!fs.existsSync(path.join(folder, name))) return name;
    time += 1;
  }
}

/**
 * Deletes what the retention ladder lets go. Only call this after a new backup was verified, so a
 * run of failing backups never thins out the good ones. Photo copies are never deleted here.
 */
export function pruneBackups(backupsDir: string, now: Date): string[] {
  const { prune } = planRetention(listBackups(backupsDir), now);
  const removed: string[] = [];
  for (const name of prune) {
    try {
      fs.unlinkSync(path.join(backupsDir, name));
      removed.push(name);
    } catch {
      // Left for the next round; a backup that could not be deleted harms nothing.
    }
  }
  if (removed.length > 0) syncDirectory(backupsDir);
  return removed;
}
