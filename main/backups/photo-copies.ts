import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PhotoCopyCount } from '../../shared/channels/backups';
import { syncDirectory } from '../durable';
import { createPhotoStore } from '../photos/store';

/**
 * Copies the photos named by `hashes` that `targetRoot` lacks, looking in each source folder in
 * turn. Each copy is checked against its hash (a damaged file must never take a good file's name),
 * written under a temporary name, fsynced, renamed, and its folder fsynced. Existing files are
 * never touched: the same name always means the same bytes.
 */
export async function copyMissingPhotos(
  hashes: readonly string[],
  sourceRoots: readonly string[],
  targetRoot: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<PhotoCopyCount> {
  const target = createPhotoStore(targetRoot);
  const sources = sourceRoots.map((root) => createPhotoStore(root));
  const touchedFolders = new Set<string>();
  const count: PhotoCopyCount = { copied: 0, missing: 0 };

  let done = 0;
  onProgress(done, hashes.length);
  for (const hash of hashes) {
    if (!target.has(hash)) {
      const bytes = await readVerified(hash, sources);
      if (bytes) {
        await writeDurably(target.pathOf(hash), bytes);
        touchedFolders.add(path.dirname(target.pathOf(hash)));
        count.copied += 1;
      } else {
        count.missing += 1;
      }
    }
    done += 1;
    onProgress(done, hashes.length);
  }
  for (const folder of touchedFolders) syncDirectory(folder);
  if (touchedFolders.size > 0) {
    syncDirectory(targetRoot);
    syncDirectory(path.dirname(targetRoot));
  }
  return count;
}

async function readVerified(
  hash: string,
  sources: readonly ReturnType<typeof createPhotoStore>[],
): Promise<Buffer | null> {
  for (const source of sources) {
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(source.pathOf(hash));
    } catch {
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') === hash) return bytes;
  }
  return null;
}

async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  try {
    const handle = await fs.promises.open(partial, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(partial, file);
  } catch (error) {
    await fs.promises.rm(partial, { force: true });
    throw error;
  }
}
