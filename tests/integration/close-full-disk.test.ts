import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStance } from '../../main/stance';
import { addClient, clientNames } from '../helpers/stance-data';

// A real full disk: a tiny tmpfs. Mounting needs root; elsewhere this test cannot be made honestly.
const canMount = process.getuid?.() === 0 && process.platform === 'linux';

let mountPoint: string;

beforeEach(() => {
  if (!canMount) return;
  mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-full-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint]);
});
afterEach(() => {
  if (!canMount) return;
  // Lazy, so a failed test that left the database open still lets the disk go.
  execFileSync('umount', ['-l', mountPoint]);
  fs.rmdirSync(mountPoint);
});

/** Takes every free byte of the disk, as a full disk at quit time would. */
function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) fs.writeSync(fd, block);
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

it.skipIf(!canMount)(
  'quits on a full disk, says what could not be tidied, and keeps every saved client',
  async () => {
    const dataDir = path.join(mountPoint, 'data');
    const core = await openStance({ dataDir, appVersion: 'test' });
    // Saved changes sit in the WAL until the checkpoint at close copies them into stance.db.
    for (let index = 0; index < 20; index += 1)
      await addClient(core, `Ada${index}`, 'n'.repeat(2000));
    const filler = fillDisk(mountPoint);

    let untidy: string | null = null;
    expect(() => {
      untidy = core.close();
    }).not.toThrow();
    expect(untidy).toMatch(/could not finish tidying.*folding recent changes into the main file/);
    expect(core.session).toBeNull();

    fs.rmSync(filler);
    const reopened = await openStance({ dataDir, appVersion: 'test' });
    try {
      expect(reopened.status.state).toBe('ready');
      expect(await clientNames(reopened)).toHaveLength(20);
    } finally {
      reopened.close();
    }
  },
);
