import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SIZED_COPIES, type SizedCopy } from '../../shared/domain/photos';
import { syncDirectory } from '../durable';

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Photo files named by the SHA-256 of their bytes, two-character fan-out folders so no folder
 * grows huge. A file is never modified once written: the same bytes always land at the same name,
 * which makes backups a matter of copying the names that are missing.
 */
export interface PhotoStore {
  readonly root: string;
  pathOf(hash: string): string;
  /**
   * Where a smaller copy (for print or the screen) is kept, beside the photo. It is derived from
   * the photo, so it is never listed, backed up or swept on its own: it goes when its photo goes.
   */
  copyPathOf(hash: string, size: SizedCopy): string;
  /** Writes and fsyncs the bytes (unless already stored) and returns their hash. */
  put(bytes: Uint8Array): string;
  has(hash: string): boolean;
  remove(hash: string): boolean;
  /** Every stored hash with the file's modification time, for the orphan sweep. */
  list(): { hash: string; modifiedMs: number }[];
}

export function createPhotoStore(root: string): PhotoStore {
  const pathOf = (hash: string): string => {
    if (!SHA256_HEX.test(hash)) throw new Error(`not a photo hash: ${hash.slice(0, 80)}`);
    return path.join(root, hash.slice(0, 2), hash);
  };

  return {
    root,
    pathOf,
    copyPathOf: (hash, size) => `${pathOf(hash)}.${size}`,
    put(bytes) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(hash);
      if (fs.existsSync(target)) return hash;
      const folder = path.dirname(target);
      fs.mkdirSync(folder, { recursive: true });
      const partial = `${target}.${process.pid}.partial`;
      const fd = fs.openSync(partial, 'w');
      try {
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(partial, target);
      syncDirectory(folder);
      return hash;
    },
    has: (hash) => SHA256_HEX.test(hash) && fs.existsSync(pathOf(hash)),
    remove(hash) {
      if (!SHA256_HEX.test(hash)) return false;
      for (const size of Object.keys(SIZED_COPIES))
        fs.rmSync(`${pathOf(hash)}.${size}`, { force: true });
      try {
        fs.unlinkSync(pathOf(hash));
        return true;
      } catch {
        return false;
      }
    },
    list() {
      if (!fs.existsSync(root)) return [];
      const found: { hash: string; modifiedMs: number }[] = [];
      for (const fan of fs.readdirSync(root)) {
        const folder = path.join(root, fan);
        if (!fs.statSync(folder).isDirectory()) continue;
        for (const name of fs.readdirSync(folder)) {
          if (SHA256_HEX.test(name))
            found.push({ hash: name, modifiedMs: fs.statSync(path.join(folder, name)).mtimeMs });
        }
      }
      return found;
    },
  };
}
