import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { build, type BuildOptions } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkOnThisThread,
  checkOnWorkerThread,
  INTEGRITY_WORKER_FILE,
  type IntegrityCheck,
} from '../../main/db/integrity-check';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type { Result } from '../../shared/errors';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

let temp: ReturnType<typeof makeTempDir>;
let host: TestHost;
let core: StanceCore | null = null;

beforeEach(() => {
  temp = makeTempDir();
  host = createTestHost();
});
afterEach(() => {
  core?.close();
  core = null;
  temp.cleanup();
});

const file = () => dataPaths(temp.dir).database;

/** Real data spanning many pages, closed cleanly (no WAL left), as at the end of a day. */
async function dayOfData(): Promise<void> {
  const opened = await openStance({ dataDir: temp.dir, appVersion: 'test', host });
  for (let index = 0; index < 60; index += 1) {
    const result = await opened.route('clients:create', {
      firstName: `Client${index}`,
      lastName: 'Seen',
      notes: 'n'.repeat(400),
    });
    expect(result.ok).toBe(true);
  }
  opened.close();
}

/** Garbage over one page in the middle: the header and schema (page 1) stay readable. */
function damageMiddlePage(): void {
  const db = new Database(file(), { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file(), 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize * Math.floor(pages / 2));
  fs.closeSync(fd);
}

/** The real check, held until the test lets it go, so a write can arrive while it runs. */
function heldCheck(): { check: IntegrityCheck; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { check: (at) => released.then(() => checkOnThisThread(at)), release };
}

async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

describe('the full check after the window opens', () => {
  it('serves reads at once; a save made during the check waits for it, then is kept', async () => {
    await dayOfData();
    const before = fs.statSync(file()).mtimeMs;
    const { check, release } = heldCheck();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test', host, integrityCheck: check });

    expect(core.status.state).toBe('ready');
    const list = (await core.route('clients:list', {})) as Result<unknown[]>;
    expect(list.ok && list.value).toHaveLength(60);

    const save = core.route('clients:create', { firstName: 'Waited', lastName: 'ForCheck' });
    expect(await settledWithin(save, 100)).toBe(false);
    expect(fs.statSync(file()).mtimeMs).toBe(before);

    release();
    expect(await save).toMatchObject({ ok: true });
    const found = (await core.route('clients:list', { query: 'waited' })) as Result<unknown[]>;
    expect(found.ok && found.value).toHaveLength(1);
  });

  it('finds damage the cheap checks miss, shows the recovery screen, refuses the waiting save and writes nothing', async () => {
    await dayOfData();
    damageMiddlePage();
    const damaged = fs.readFileSync(file());
    const mtime = fs.statSync(file()).mtimeMs;
    const { check, release } = heldCheck();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test', host, integrityCheck: check });
    expect(core.status.state).toBe('ready');

    const save = core.route('clients:create', { firstName: 'Never', lastName: 'Saved' });
    release();
    const refused = await save;
    expect(refused).toMatchObject({ ok: false, error: { code: 'database-damaged' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/nothing has been changed or deleted/i);

    expect(core.status).toMatchObject({ state: 'problem', kind: 'database-damaged' });
    if (core.status.state === 'problem') expect(core.status.details).toMatch(/found: .+/);
    expect(host.eventsNamed('app:status')).toEqual([core.status]);

    core.close();
    core = null;
    expect(fs.readFileSync(file()).equals(damaged)).toBe(true);
    expect(fs.statSync(file()).mtimeMs).toBe(mtime);
  });
});

describe('the integrity worker the built app uses', () => {
  it('answers nothing for a sound file and names what it found in a damaged one', async () => {
    const root = path.join(import.meta.dirname, '../..');
    const cache = path.join(root, 'node_modules/.cache');
    fs.mkdirSync(cache, { recursive: true });
    const workerDir = fs.mkdtempSync(path.join(cache, 'stance-integrity-worker-'));
    try {
      const workerFile = path.join(workerDir, INTEGRITY_WORKER_FILE);
      const buildScript = pathToFileURL(path.join(root, 'scripts/build-main.mjs'));
      const { integrityWorkerBundle } = (await import(buildScript.href)) as {
        integrityWorkerBundle: BuildOptions;
      };
      await build({ ...integrityWorkerBundle, outfile: workerFile, logLevel: 'silent' });
      const check = checkOnWorkerThread(workerFile);

      await dayOfData();
      expect(await check(file())).toEqual([]);
      damageMiddlePage();
      const findings = await check(file());
      expect(findings.length).toBeGreaterThan(0);
      expect(findings).toEqual(await checkOnThisThread(file()));
    } finally {
      fs.rmSync(workerDir, { recursive: true, force: true });
    }
  });
});
