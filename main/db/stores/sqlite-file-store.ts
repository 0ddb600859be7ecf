import fs from 'node:fs/promises';
import { readSizedCopy } from '../../photos/sized-copy';
import { SHA256_HEX, type PhotoStore } from '../../photos/store';
import type { Db } from '../connection';
import { referencedMediaType } from '../file-references';
import type { Run } from './answered';
import type { FileStore } from './file-store';

/**
 * The photos folder beside the embedded file. Writes answer at once (inside a transaction too);
 * reads are asynchronous so a long clip never holds up the window, and so are for outside
 * transactions only.
 */
export function sqliteFileStore(db: Db, files: PhotoStore, run: Run): FileStore {
  const open = async (hash: string) => {
    if (!SHA256_HEX.test(hash)) return undefined;
    try {
      return await fs.open(files.pathOf(hash), 'r');
    } catch {
      return undefined;
    }
  };
  return {
    put: (bytes) => run(() => files.put(bytes)),
    has: (hash) => run(() => files.has(hash)),
    async size(hash) {
      const file = await open(hash);
      if (!file) return undefined;
      try {
        return (await file.stat()).size;
      } finally {
        await file.close();
      }
    },
    async read(hash, range) {
      const file = await open(hash);
      if (!file) return undefined;
      try {
        if (!range) return await file.readFile();
        const { size } = await file.stat();
        const end = Math.min(range.end, size - 1);
        const body = Buffer.alloc(Math.max(0, end - range.start + 1));
        await file.read(body, 0, body.length, range.start);
        return body;
      } finally {
        await file.close();
      }
    },
    async readSized(hash, mediaType, size) {
      if (!SHA256_HEX.test(hash)) return undefined;
      try {
        return await readSizedCopy(files, hash, mediaType, size);
      } catch {
        return undefined;
      }
    },
    remove: (hash) => run(() => files.remove(hash)),
    referencedMediaType: (hash) => run(() => referencedMediaType(db, hash)),
  };
}
