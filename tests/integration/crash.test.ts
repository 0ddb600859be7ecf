import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { latestStudioSchemaVersion } from '../../main/db/postgres/migrations';
import { dataPaths, openStance } from '../../main/stance';
import { bundleChild } from '../helpers/child-bundle';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { openStudioRouter } from '../helpers/studio-router';
import { makeTempDir } from '../helpers/temp-dir';
import { bodyHash, WRITER_SESSION } from './crash-writer';

/**
 * Kills a real Stance with SIGKILL while it saves drafts through the router, again and again on
 * the same records, with them in the embedded SQLite file and on a studio's PostgreSQL server.
 * After every kill: every save the router acknowledged is there (the last acknowledged body of
 * each revision with the stamp it was acknowledged with, or the one save announced after it,
 * which may have committed just before the kill, never a mix of the two), the summary columns
 * agree with the body, a finalized revision is as it was, and the next start saves on the draft
 * the dead process was saving without waiting on anything it left behind.
 */

const seed = Number(process.env.STANCE_CRASH_SEED ?? Date.now() % 1_000_000);

interface Stored {
  hash: string;
  updatedAt: string;
  status: string;
  painNow: number | null;
  bodyPainNow: number | null;
}

interface StoredRow {
  body: unknown;
  updated_at: string;
  status: string;
  pain_now: number | null;
}

function toStored(row: StoredRow | undefined): Stored | null {
  if (!row) return null;
  const body = (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as {
    pain?: { nprsNow?: number };
  };
  return {
    hash: bodyHash(body),
    updatedAt: row.updated_at,
    status: row.status,
    painNow: row.pain_now,
    bodyPainNow: body.pain?.nprsNow ?? null,
  };
}

const storedSql = `SELECT body, updated_at, status, pain_now FROM assessment_revisions
  WHERE assessment_id = $1 AND revision = $2`;
/** Assessments whose head is not their newest revision: a half-done amendment would leave one. */
const headsBehindSql = `SELECT count(*) AS n FROM assessments a
  WHERE a.current_revision <> (SELECT max(r.revision) FROM assessment_revisions r WHERE r.assessment_id = a.id)`;

interface CrashEngine {
  readonly kills: number;
  /** The writer's third argument: the studio server's address, or '-' for the SQLite file. */
  readonly studio: string;
  /** Waits until nothing of the killed process is still at work on the records. */
  settle(): Promise<void>;
  /** A read past Stance, that changes nothing, of the stored revisions with these keys. */
  read(keys: Iterable<string>): Promise<Map<string, Stored | null>>;
  /** The start-up path the app takes on this engine, after a kill. */
  restart(): Promise<void>;
  /** The last look at the end of the run. */
  finalCheck(): Promise<void>;
  close(): Promise<void>;
}

type EngineMaker = (dataDir: string) => Promise<CrashEngine>;

const engines: Record<string, EngineMaker> = {
  'the embedded SQLite file': (dataDir) => {
    const file = dataPaths(dataDir).database;
    const engine: CrashEngine = {
      kills: 50,
      studio: '-',
      settle: () => Promise.resolve(),
      read(keys) {
        // A read-only look: it neither checkpoints nor clears the WAL, so on some rounds the
        // next writer has to recover the survivor's WAL itself.
        const look = new Database(file, { readonly: true, fileMustExist: true });
        try {
          expect(look.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(look.prepare(headsBehindSql).get()).toEqual({ n: 0 });
          const select = look.prepare(storedSql.replace('$1', '?').replace('$2', '?'));
          const found = new Map<string, Stored | null>();
          for (const key of keys) {
            const [id, revision] = key.split(' ');
            found.set(key, toStored(select.get(id, Number(revision)) as StoredRow | undefined));
          }
          return Promise.resolve(found);
        } finally {
          look.close();
        }
      },
      async restart() {
        // Open, quick_check, migrate (a no-op here), close.
        const core = await openStance({ dataDir, appVersion: 'crash-test' });
        expect(core.status.state, JSON.stringify(core.status)).toBe('ready');
        expect(core.session?.db.pragma('foreign_key_check')).toEqual([]);
        core.close();
      },
      finalCheck() {
        const final = new Database(file, { readonly: true });
        expect(final.pragma('integrity_check', { simple: true })).toBe('ok');
        final.close();
        return Promise.resolve();
      },
      close: () => Promise.resolve(),
    };
    return Promise.resolve(engine);
  },
  'a studio PostgreSQL server': async (dataDir) => {
    const cluster: TestCluster = await startTestCluster();
    const url = cluster.createDatabase('crash');
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    await migrateStudioDatabase(pool);
    return {
      kills: 12,
      studio: url,
      // The server may still finish a statement the dead process sent: it notices the closed
      // socket only when it answers. Wait until the writer's sessions have ended.
      async settle() {
        for (let tries = 0; tries < 400; tries += 1) {
          const left = await pool.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
            [WRITER_SESSION],
          );
          if (left.rows[0]!.n === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        throw new Error('the killed writer’s session never ended on the server');
      },
      async read(keys) {
        const heads = await pool.query<{ n: number }>(`SELECT n::int FROM (${headsBehindSql}) c`);
        expect(heads.rows).toEqual([{ n: 0 }]);
        const found = new Map<string, Stored | null>();
        for (const key of keys) {
          const [id, revision] = key.split(' ');
          const { rows } = await pool.query<StoredRow>(storedSql, [id, Number(revision)]);
          found.set(key, toStored(rows[0]));
        }
        return found;
      },
      async restart() {
        await expect(migrateStudioDatabase(pool)).resolves.toEqual({
          from: latestStudioSchemaVersion,
          to: latestStudioSchemaVersion,
        });
        const studio = await openStudioRouter({ dataDir, pool });
        try {
          expect(await studio.route('clients:list', {})).toMatchObject({ ok: true });
        } finally {
          studio.close();
        }
      },
      finalCheck: () => Promise.resolve(),
      async close() {
        await pool.end();
        cluster.stop();
      },
    };
  },
};

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

/** Runs the writer and kills it either a random 30–400 ms after its first ACK or right at its Nth ACK. */
function runAndKill(writer: string, args: string[], next: () => number): Promise<string[]> {
  const child = spawn(process.execPath, [writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const atAck = next() < 0.3 ? 1 + Math.floor(next() * 60) : null;
  const delay = 30 + Math.floor(next() * 371);
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  let acks = 0;
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    child.kill('SIGKILL');
  };
  const giveUp = setTimeout(kill, 30_000);

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    // A line cut by the kill was never fully announced, so it promises nothing.
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (!line.startsWith('ACK ')) continue;
      acks += 1;
      if (atAck !== null && acks === atAck) kill();
      else if (atAck === null && acks === 1) setTimeout(kill, delay);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (signal !== 'SIGKILL' || acks === 0) {
        reject(new Error(`writer ended by itself (code ${code}, ${acks} ACKs):\n${stderr}`));
      } else resolve(lines);
    });
  });
}

/** What each (assessment, revision) must hold: settled after a check, or one of two candidates. */
interface Expected {
  acked: string;
  stamp: string;
  inFlight: string | null;
  settled: boolean;
}

describe.each(Object.entries(engines))('crash safety on %s', (_name, makeEngine) => {
  let temp: ReturnType<typeof makeTempDir>;
  let writer: string;
  let engine: CrashEngine;

  beforeAll(async () => {
    temp = makeTempDir('stance-crash-');
    // One bundled file starts in a fraction of tsx's time, so the kills fit the time budget.
    writer = await bundleChild(
      fileURLToPath(new URL('./crash-writer.ts', import.meta.url)),
      temp.dir,
    );
    engine = await makeEngine(path.join(temp.dir, 'data'));
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
    temp?.cleanup();
  });

  it('keeps every acknowledged save whole across repeated SIGKILLs mid-save', async () => {
    const started = performance.now();
    const dataDir = path.join(temp.dir, 'data');
    const next = random(seed);
    const expected = new Map<string, Expected>();
    let acknowledged = 0;
    let committedInFlight = 0;
    let carried = 0;
    let carry = '-';

    for (let round = 0; round < engine.kills; round++) {
      const lines = await runAndKill(
        writer,
        [dataDir, String(seed * 1000 + round), engine.studio, carry],
        next,
      );
      await engine.settle();
      const announced = new Map<string, string>();
      let lastKey: string | null = null;
      for (const line of lines) {
        const [kind, id, revision, hash, stamp] = line.split(' ');
        if (!id || !revision || !hash) continue;
        const key = `${id} ${revision}`;
        if (kind === 'SAVE') announced.set(key, hash);
        if (kind === 'SAVE' && key === carry.replace(':', ' ')) carried += 1;
        if (kind === 'ACK') {
          expect(announced.get(key), 'an ACK answers the SAVE before it').toBe(hash);
          expect(stamp, 'an ACK names the stamp it was given').toBeTruthy();
          announced.delete(key);
          expected.set(key, { acked: hash, stamp: stamp!, inFlight: null, settled: false });
          acknowledged += 1;
        }
        lastKey = key;
      }
      for (const [key, hash] of announced) {
        const known = expected.get(key);
        if (known) {
          known.inFlight = hash;
          known.settled = false;
        }
      }

      const stored = await engine.read(expected.keys());
      for (const [key, want] of expected) {
        const got = stored.get(key);
        expect(got?.painNow, `round ${round}: ${key} summary agrees with its body`).toBe(
          got?.bodyPainNow,
        );
        // Finalizing stamps the revision anew; a draft keeps the stamp of its last save.
        const stampKept = got?.status === 'draft' ? want.stamp : got?.updatedAt;
        if (want.settled) {
          expect(got?.hash, `round ${round}: ${key} changed after it settled`).toBe(want.acked);
          expect(got?.updatedAt, `round ${round}: ${key} restamped after it settled`).toBe(
            stampKept,
          );
          continue;
        }
        if (got?.hash === want.acked) {
          expect(got.updatedAt, `round ${round}: ${key} keeps its acknowledged stamp`).toBe(
            stampKept,
          );
        } else {
          expect(got?.hash, `round ${round}: ${key} lost its acknowledged save`).toBe(
            want.inFlight,
          );
          // Sent, written, killed before the answer came: whole, and newer than the last ACK.
          expect(got!.updatedAt > want.stamp).toBe(true);
          want.acked = got!.hash;
          want.stamp = got!.updatedAt;
          committedInFlight += 1;
        }
        want.inFlight = null;
        want.settled = true;
      }

      // The next writer first saves on the draft this one was saving, when it is still a draft.
      const last = lastKey === null ? undefined : stored.get(lastKey);
      carry = lastKey !== null && last?.status === 'draft' ? lastKey.replace(' ', ':') : '-';

      if (round % 3 !== 2) await engine.restart();
    }

    await engine.finalCheck();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test on ${_name} (seed ${seed}): ${engine.kills} kills, ${acknowledged} acknowledged ` +
        `saves; the last acknowledged body of each of ${expected.size} revisions verified after ` +
        `its kill and again after every later one; ${committedInFlight} unacknowledged in-flight ` +
        `saves found committed; ${carried} saves on a draft a killed process was saving; ${seconds} s`,
    );
    expect(acknowledged).toBeGreaterThanOrEqual(engine.kills);
    expect(carried).toBeGreaterThan(0);
  }, 240_000);
});
