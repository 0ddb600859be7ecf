import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataPaths, openStance } from '../../main/stance';
import { bundleChild } from '../helpers/child-bundle';
import { clientNames, value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost } from '../helpers/test-host';

let temp: ReturnType<typeof makeTempDir>;
let holder: string;

beforeAll(async () => {
  temp = makeTempDir('stance-lock-');
  holder = await bundleChild(
    fileURLToPath(new URL('./folder-holder.ts', import.meta.url)),
    temp.dir,
  );
});
afterAll(() => temp.cleanup());

/** Starts the holder and resolves once it has the folder open and has saved a client. */
function holdFolder(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holder, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        if (out.startsWith('ready saved')) resolve(child);
        else reject(new Error(`holder answered: ${out} ${err}`));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${err}`)));
  });
}

it('a second Stance on the same data folder is told another one is using it, and touches nothing', async () => {
  const dataDir = `${temp.dir}/data`;
  const child = await holdFolder(dataDir);
  const { database } = dataPaths(dataDir);
  const before = [database, `${database}-wal`].map((file) =>
    fs.existsSync(file) ? fs.readFileSync(file) : null,
  );
  const host = createTestHost();
  const picked = `${temp.dir}/picked.stance.db`;
  fs.writeFileSync(picked, '');
  host.answers.openFile = picked;

  const second = await openStance({ dataDir, appVersion: 'test', host });
  try {
    expect(second.status).toMatchObject({ state: 'problem', kind: 'unavailable' });
    if (second.status.state === 'problem')
      expect(second.status.message).toMatch(
        /Stance is already using this data folder in another window or program: .*data/,
      );
    expect(await second.route('clients:list', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    const restore = await second.route('backups:restoreFrom', {});
    expect(restore.ok).toBe(false);
    if (!restore.ok) expect(restore.error.message).toMatch(/already using this data folder/);
    const after = [database, `${database}-wal`].map((file) =>
      fs.existsSync(file) ? fs.readFileSync(file) : null,
    );
    expect(after).toEqual(before);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('restoring'))).toEqual([]);
  } finally {
    second.close();
  }

  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;

  const third = await openStance({ dataDir, appVersion: 'test', host });
  try {
    expect(third.status.state).toBe('ready');
    expect(await clientNames(third)).toEqual(['Held']);
    value(await third.route('clients:list', {}));
  } finally {
    third.close();
  }
});

it('keeps the folder through a restore’s close and reopen', async () => {
  const dataDir = `${temp.dir}/restoring`;
  const core = await openStance({ dataDir, appVersion: 'test', host: createTestHost() });
  try {
    await core.route('clients:create', { firstName: 'Ada', lastName: 'Test' });
    const backup = value<{ backup: { name: string } }>(await core.route('backups:create', {}));
    let seenDuringSwap: string | null = null;
    const restoring = core.route('backups:restore', { name: backup.backup.name });
    // While the restore runs, another process would still be refused.
    const rival = await openStance({ dataDir, appVersion: 'test' });
    seenDuringSwap = rival.status.state === 'problem' ? rival.status.message : null;
    rival.close();
    value(await restoring);
    expect(seenDuringSwap).toMatch(/already using this data folder/);
    const after = await openStance({ dataDir, appVersion: 'test' });
    expect(after.status.state).toBe('problem');
    after.close();
  } finally {
    core.close();
  }
});
