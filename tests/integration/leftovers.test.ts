import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../main/db/migrate';
import { latestSchemaVersion, migrations } from '../../main/db/migrations';
import { backupFileName, fileStamp } from '../../main/backups/naming';
import { dataPaths, openStance } from '../../main/stance';
import type { CreatedBackup } from '../../shared/channels/backups';
import { bundleChild } from '../helpers/child-bundle';
import { addClient, addPhotoOf, clientNames, value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';
import { BASE_CLIENT } from './leftovers-child';

/**
 * Start-up removes what interrupted restores, migrations, backups and photo writes leave in the
 * data folder (copies of client data nobody would ever find and delete), and keeps anything that
 * may be the only copy of her data.
 */

let temp: ReturnType<typeof makeTempDir>;
let child: string;

beforeAll(async () => {
  temp = makeTempDir('stance-leftovers-');
  child = await bundleChild(
    fileURLToPath(new URL('./leftovers-child.ts', import.meta.url)),
    temp.dir,
  );
});
afterAll(() => temp.cleanup());

async function clientNamesAfterOpen(dataDir: string): Promise<string[]> {
  const core = await openStance({ dataDir, appVersion: 'test' });
  const names = await clientNames(core);
  core.close();
  return names;
}

let folders = 0;
const freshFolder = (): string => path.join(temp.dir, `data-${(folders += 1)}`);

/** Every leftover name start-up is meant to clear, wherever it is in the data folder. */
function leftoversIn(dataDir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      const relative = path.relative(dataDir, file);
      if (
        /\.restoring-|\.before-restore-|\.partial(-journal)?$|^backups\/\.(incoming|erasing)$/.test(
          relative,
        )
      )
        found.push(relative);
      else if (entry.isDirectory()) walk(file);
    }
  };
  walk(dataDir);
  return found.sort();
}

/** Some bytes under a name; a leftover only has to exist to be found. */
function plant(file: string, bytes: Buffer | string = 'client data'): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

describe('leftovers found at start-up', () => {
  it('removes copies that are never the only copy, and keeps what may be', async () => {
    const dataDir = freshFolder();
    const paths = dataPaths(dataDir);
    const clock = new Date('2026-06-17T08:00:00.000Z');
    let core = await openStance({ dataDir, appVersion: 'test', now: () => clock });
    const ada = await addClient(core, 'Ada');
    const hash = addPhotoOf(core, ada.id, new Uint8Array([1, 2, 3]));
    const backup = value<CreatedBackup>(await core.route('backups:create', {})).backup;
    core.close();

    const db = paths.database;
    const at = (minutes: number) => new Date(clock.getTime() + minutes * 60_000);
    const stamp = fileStamp(at(0));
    // Restores cut off after their safety backup, which is listed (a copy stands in for it here).
    for (const minutes of [0, 2]) {
      fs.copyFileSync(
        path.join(paths.backups, backup.name),
        path.join(
          paths.backups,
          backupFileName({
            kind: 'pre-restore',
            schemaVersion: backup.schemaVersion,
            takenAt: at(minutes),
          }),
        ),
      );
    }
    const gone = [
      plant(`${db}.restoring-${stamp}`),
      plant(`${db}.restoring-${stamp}.partial`),
      plant(`${db}.restoring-${stamp}.partial-journal`),
      plant(`${db}.before-restore-${stamp}`),
      plant(`${db}.before-restore-${stamp}-shm`),
      plant(path.join(paths.backups, `pre-migration-v5-${stamp}.stance.db.partial`)),
      plant(path.join(paths.backups, '.incoming', backup.name)),
      plant(path.join(paths.backups, '.erasing', backup.name)),
      plant(path.join(paths.photos, hash.slice(0, 2), `${hash}.4242.partial`)),
      plant(path.join(paths.photos, 'ab', `${'ab'.repeat(32)}.print.77.partial`)),
      plant(path.join(paths.backups, 'photos', 'cd', `${'cd'.repeat(32)}.99.partial`)),
      plant(path.join(paths.backups, 'studio', `studio-front_desk-${stamp}.dump.partial`)),
    ];
    const kept = [
      // No safety backup of its moment is listed: it may be the only copy of that data.
      plant(`${db}.before-restore-${fileStamp(at(1))}`),
      // Backed up, but its WAL holds something the backup may not have.
      plant(`${db}.before-restore-${fileStamp(at(2))}`),
      plant(`${db}.before-restore-${fileStamp(at(2))}-wal`, Buffer.alloc(4096, 1)),
      // Kept by a restore that could not back them up, and named to the practitioner.
      plant(`${db}.set-aside-${stamp}`),
      plant(`${db}.damaged-${stamp}`),
      path.join(paths.photos, hash.slice(0, 2), hash),
      // A finished studio dump: the studio keeps or deletes those.
      plant(path.join(paths.backups, 'studio', `studio-front_desk-${stamp}.dump`), 'PGDMP'),
    ];

    core = await openStance({ dataDir, appVersion: 'test', now: () => clock });
    expect(core.status.state).toBe('ready');
    core.close();

    for (const file of gone) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
    expect(await clientNamesAfterOpen(dataDir)).toEqual(['Ada']);
  });

  it('removes nothing while the live database cannot be opened', async () => {
    const dataDir = freshFolder();
    const paths = dataPaths(dataDir);
    const core = await openStance({ dataDir, appVersion: 'test' });
    core.close();
    fs.writeFileSync(paths.database, Buffer.alloc(8192, 0x5a));
    const staged = plant(`${paths.database}.restoring-${fileStamp(new Date())}`);
    const partial = plant(path.join(paths.backups, 'x.stance.db.partial'));

    const reopened = await openStance({ dataDir, appVersion: 'test' });
    expect(reopened.status.state).toBe('problem');
    reopened.close();
    expect(fs.existsSync(staged)).toBe(true);
    expect(fs.existsSync(partial)).toBe(true);
  });
});

interface ChildRun {
  lines: string[];
  killed: boolean;
}

/** Runs the child and kills it `delayMs` after it says STARTED (or lets it finish). */
function runAndKill(
  mode: 'restore' | 'migrate',
  dataDir: string,
  delayMs: number,
): Promise<ChildRun> {
  const process_ = spawn(process.execPath, [child, mode, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    process_.kill('SIGKILL');
  };
  const giveUp = setTimeout(kill, 30_000);
  process_.stdout.setEncoding('utf8');
  process_.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line === 'STARTED') setTimeout(kill, delayMs);
    }
  });
  process_.stderr.setEncoding('utf8');
  process_.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    process_.on('error', reject);
    process_.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (signal === 'SIGKILL') resolve({ lines, killed: true });
      else if (code === 0) resolve({ lines, killed: false });
      else reject(new Error(`child ended with code ${code}:\n${stderr}`));
    });
  });
}

function random(initial: number): () => number {
  let state = initial >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const seed = Number(process.env.STANCE_CRASH_SEED ?? Date.now() % 1_000_000);

describe('a restore killed part-way', () => {
  it('leaves nothing behind after the next start, and loses nothing acknowledged', async () => {
    const next = random(seed);
    const dataDir = freshFolder();
    let expected = new Set<string>();
    let leftoversSeen = 0;
    let restoresCut = 0;

    for (let round = 0; round < 10; round += 1) {
      const { lines } = await runAndKill('restore', dataDir, 80 + Math.floor(next() * 900));
      let inFlight: string | null = null;
      let restoring = false;
      for (const line of lines) {
        const [kind, name] = line.split(' ');
        if (kind === 'CREATE') inFlight = name!;
        if (kind === 'ACK') {
          expected.add(name!);
          inFlight = null;
        }
        if (kind === 'RESTORE') restoring = true;
        if (kind === 'RESTORED') {
          expected = new Set([BASE_CLIENT]);
          restoring = false;
        }
      }
      leftoversSeen += leftoversIn(dataDir).length;

      const core = await openStance({ dataDir, appVersion: 'leftovers-test' });
      expect(core.status.state, JSON.stringify(core.status)).toBe('ready');
      const names = await clientNames(core);
      core.close();
      expect(leftoversIn(dataDir), `round ${round}`).toEqual([]);

      const before = [...expected].sort();
      if (restoring && names.join() === BASE_CLIENT) restoresCut += 1;
      else {
        // Every acknowledged client is there; at most the one in flight besides.
        const extra = names.filter((name) => !expected.has(name));
        expect(
          before.filter((name) => !names.includes(name)),
          `round ${round}: lost`,
        ).toEqual([]);
        expect(
          extra.length <= 1 && extra.every((name) => name === inFlight),
          `round ${round}: ${extra.join()}`,
        ).toBe(true);
      }
      expected = new Set(names);
    }
    console.log(
      `restore kills (seed ${seed}): 10 rounds, ${leftoversSeen} leftovers found before restarts, ` +
        `${restoresCut} restores cut off after the swap`,
    );
    expect(leftoversSeen, 'the kills should land mid-restore at least once').toBeGreaterThan(0);
  }, 120_000);
});

describe('a migration killed part-way', () => {
  it('leaves nothing behind after the next start, and the data is whole', async () => {
    const next = random(seed + 1);
    const template = freshFolder();
    const templatePaths = dataPaths(template);
    fs.mkdirSync(template, { recursive: true });
    const db = new Database(templatePaths.database);
    db.pragma('journal_mode = WAL');
    await migrateDatabase(db, {
      file: templatePaths.database,
      backupsDir: templatePaths.backups,
      migrations: migrations.slice(0, -1),
    });
    const insert = db.prepare(
      "INSERT INTO clients (id, first_name, last_name, notes, created_at, updated_at) VALUES (?, ?, 'Old', ?, 't', 't')",
    );
    const CLIENTS = 12_000;
    db.transaction(() => {
      for (let index = 0; index < CLIENTS; index += 1)
        insert.run(`c${index}`, `Client${index}`, 'Notes taken at the first visit. '.repeat(12));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.rmSync(templatePaths.backups, { recursive: true, force: true });

    let leftoversSeen = 0;
    let cut = 0;
    for (let round = 0; round < 5; round += 1) {
      const dataDir = freshFolder();
      fs.cpSync(template, dataDir, { recursive: true });
      const { lines, killed } = await runAndKill('migrate', dataDir, Math.floor(next() * 700));
      if (killed && !lines.includes('READY')) cut += 1;
      leftoversSeen += leftoversIn(dataDir).length;

      const core = await openStance({ dataDir, appVersion: 'leftovers-test' });
      expect(core.status, JSON.stringify(core.status)).toMatchObject({
        state: 'ready',
        schemaVersion: latestSchemaVersion,
      });
      const count = core.session!.db.prepare('SELECT count(*) FROM clients').pluck().get();
      core.close();
      expect(count, `round ${round}`).toBe(CLIENTS);
      expect(leftoversIn(dataDir), `round ${round}`).toEqual([]);
    }
    console.log(
      `migration kills (seed ${seed}): 5 rounds, ${cut} cut before the migration finished, ` +
        `${leftoversSeen} leftovers found before restarts`,
    );
    expect(
      cut,
      'the kills should land before the migration finished at least once',
    ).toBeGreaterThan(0);
  }, 120_000);
});
