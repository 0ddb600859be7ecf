import fs from 'node:fs';

/**
 * A rename is only durable once the folder entry itself is on disk. Windows cannot open a folder
 * for syncing; NTFS journals the rename itself.
 */
export function syncDirectory(directory: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
