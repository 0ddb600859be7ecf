import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { syncDirectory } from '../durable';

export interface FileSink {
  write: (chunk: string | Uint8Array) => void;
}

/**
 * Writes `target` so that it is either the old file or the whole new one, never half: the bytes go
 * to a temporary file beside it, are synced, then renamed over it, and the folder is synced so the
 * rename itself survives a power cut. Answers with the number of bytes written.
 */
export function writeFileAtomically(target: string, fill: (sink: FileSink) => void): number {
  const partial = openPartial(target);
  try {
    fill(partial.sink);
    return partial.putInPlace();
  } catch (error) {
    throw partial.abandon(error);
  }
}

/**
 * The same, for a `fill` that waits on what it writes (a record's photos, read one at a time from
 * the stores), so the window is not held up while it reads.
 */
export async function writeFileAtomicallyFrom(
  target: string,
  fill: (sink: FileSink) => Promise<void>,
): Promise<number> {
  const partial = openPartial(target);
  try {
    await fill(partial.sink);
    return partial.putInPlace();
  } catch (error) {
    throw partial.abandon(error);
  }
}

interface PartialFile {
  sink: FileSink;
  /** Syncs and closes the temporary file, renames it over the target; answers the bytes written. */
  putInPlace: () => number;
  /** Closes and removes the temporary file; answers the error to throw. */
  abandon: (error: unknown) => AppError;
}

function openPartial(target: string): PartialFile {
  const partial = partialBeside(target);
  let fd: number;
  try {
    fd = fs.openSync(partial, 'wx');
  } catch (error) {
    throw failed(partial, target, error);
  }
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    fs.closeSync(fd);
  };
  const abandon = (error: unknown): AppError => {
    try {
      close();
    } catch {
      // The write already failed; that failure is the one to report.
    }
    return failed(partial, target, error);
  };
  const { sink, count } = sinkOn(fd);
  return {
    sink,
    putInPlace() {
      try {
        fs.fsyncSync(fd);
        close();
        fs.renameSync(partial, target);
        syncDirectory(path.dirname(target));
        return count();
      } catch (error) {
        throw abandon(error);
      }
    },
    abandon,
  };
}

function partialBeside(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomUUID().slice(0, 8)}.partial`,
  );
}

function sinkOn(fd: number): { sink: FileSink; count: () => number } {
  let written = 0;
  const sink: FileSink = {
    write(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let offset = 0;
      while (offset < bytes.byteLength)
        offset += fs.writeSync(fd, bytes, offset, bytes.byteLength - offset);
      written += bytes.byteLength;
    },
  };
  return { sink, count: () => written };
}

function failed(partial: string, target: string, error: unknown): AppError {
  fs.rmSync(partial, { force: true });
  if (error instanceof AppError) return error;
  return new AppError('internal', `Stance could not save ${target}: ${reason(error)}`);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'there is no permission to write in that folder. Choose another place.';
    case 'ENOSPC':
      return 'the disk is full. Free some space or choose another place.';
    case 'EROFS':
      return 'that disk is read-only. Choose another place.';
    case 'ENOENT':
      return 'that folder no longer exists. Choose another place.';
    default:
      return 'the file could not be written. Choose another place and try again.';
  }
}
