import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths, openStance } from '../../main/stance';
import { bundleChild } from '../helpers/child-bundle';
import { makeTempDir } from '../helpers/temp-dir';
import { bodyHash } from './crash-writer';

/**
 * Kills a real Stance with SIGKILL while it saves drafts, again and again on the same data
 * folder, and checks after every kill that the file is whole and that every save the router
 * acknowledged is there: the last acknowledged body of each revision, or the one save that was
 * announced after it and may have committed just before the kill.
 */

const KILLS = 50;
const seed = Number(process.env.STANCE_CRASH_SEED ?? Date.now() % 1_000_000);

let temp: ReturnType<typeof makeTempDir>;
let writer: string;

beforeAll(async () => {
  temp = makeTempDir('stance-crash-');
  // One bundled file starts in a fraction of tsx's time, so the kills fit the time budget.
  writer = await bundleChild(
    fileURLToPath(new URL('./crash-writer.ts', import.meta.url)),
    temp.dir,
  );
});
afterAll(() => temp.cleanup());

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
function runAndKill(dataDir: string, round: number, next: () => number): Promise<string[]> {
  const child = spawn(process.execPath, [writer, dataDir, String(seed * 1000 + round)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  inFlight: string | null;
  settled: boolean;
}

function readBodies(db: Database.Database, keys: Iterable<string>): Map<string, string | null> {
  const select = db.prepare(
    'SELECT body FROM assessment_revisions WHERE assessment_id = ? AND revision = ?',
  );
  const found = new Map<string, string | null>();
  for (const key of keys) {
    const [id, revision] = key.split(' ');
    const row = select.get(id, Number(revision)) as { body: string } | undefined;
    found.set(key, row ? bodyHash(JSON.parse(row.body)) : null);
  }
  return found;
}

describe('crash safety', () => {
  it(`keeps every acknowledged save whole across ${KILLS} SIGKILLs`, async () => {
    const started = performance.now();
    const dataDir = path.join(temp.dir, 'data');
    const file = dataPaths(dataDir).database;
    const next = random(seed);
    const expected = new Map<string, Expected>();
    let acknowledged = 0;
    let committedInFlight = 0;

    for (let round = 0; round < KILLS; round++) {
      const lines = await runAndKill(dataDir, round, next);
      const announced = new Map<string, string>();
      for (const line of lines) {
        const [kind, id, revision, hash] = line.split(' ');
        if (!id || !revision || !hash) continue;
        const key = `${id} ${revision}`;
        if (kind === 'SAVE') announced.set(key, hash);
        if (kind === 'ACK') {
          expect(announced.get(key), 'an ACK answers the SAVE before it').toBe(hash);
          announced.delete(key);
          expected.set(key, { acked: hash, inFlight: null, settled: false });
          acknowledged += 1;
        }
      }
      for (const [key, hash] of announced) {
        const known = expected.get(key);
        if (known) known.inFlight = hash;
      }

      // A read-only look first: it neither checkpoints nor clears the WAL, so on some rounds the
      // next writer has to recover the survivor's WAL itself.
      const look = new Database(file, { readonly: true, fileMustExist: true });
      expect(look.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = readBodies(look, expected.keys());
      look.close();

      for (const [key, want] of expected) {
        const got = stored.get(key);
        if (want.settled) {
          expect(got, `round ${round}: ${key} changed after it settled`).toBe(want.acked);
          continue;
        }
        if (got !== want.acked) {
          const candidate = want.inFlight;
          expect(got, `round ${round}: ${key} lost its acknowledged save`).toBe(candidate);
          if (candidate) want.acked = candidate;
          committedInFlight += 1;
        }
        want.inFlight = null;
        want.settled = true;
      }

      if (round % 3 !== 2) {
        // The start-up path the app takes: open, quick_check, migrate (a no-op here), close.
        const core = await openStance({ dataDir, appVersion: 'crash-test' });
        expect(core.status.state, JSON.stringify(core.status)).toBe('ready');
        expect(core.session?.db.pragma('foreign_key_check')).toEqual([]);
        core.close();
      }
    }

    const final = new Database(file, { readonly: true });
    expect(final.pragma('integrity_check', { simple: true })).toBe('ok');
    final.close();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test (seed ${seed}): ${KILLS} kills, ${acknowledged} acknowledged saves; the last ` +
        `acknowledged body of each of ${expected.size} revisions verified after its kill and ` +
        `again after every later one; ${committedInFlight} unacknowledged in-flight saves found ` +
        `committed; ${seconds} s`,
    );
    expect(acknowledged).toBeGreaterThanOrEqual(KILLS);
  }, 150_000);
});
