/**
 * A practitioner's Stance killed with SIGKILL while it saves a draft to the studio server, again
 * and again: every save the server acknowledged is there after the kill, the draft holds either
 * the last acknowledged save or the one in flight (never a mix), and the next start saves on
 * without waiting on anything the dead process left behind.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';
import { studioClientStore } from '../../main/db/postgres/client-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { bundleChild } from '../helpers/child-bundle';
import { addStudioClient, draftWithNotes } from '../helpers/practitioner-workload';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { makeTempDir } from '../helpers/temp-dir';

const KILLS = 8;

let cluster: TestCluster;
let url: string;
let pool: pg.Pool;
let temp: ReturnType<typeof makeTempDir>;
let writer: string;

beforeAll(async () => {
  temp = makeTempDir('stance-studio-crash-');
  writer = await bundleChild(
    fileURLToPath(new URL('./studio-crash-writer.ts', import.meta.url)),
    temp.dir,
  );
  cluster = await startTestCluster();
  url = cluster.createDatabase('crash');
  pool = new pg.Pool({ connectionString: url, max: 2 });
  await migrateStudioDatabase(pool);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  cluster?.stop();
  temp?.cleanup();
});

/** Runs the writer and kills it 20–300 ms after its first acknowledged save. */
function runAndKill(assessmentId: string, from: string, round: number): Promise<string[]> {
  const child = spawn(process.execPath, [writer, url, assessmentId, from, String(round)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  let acked = false;
  const kill = () => child.kill('SIGKILL');
  const giveUp = setTimeout(kill, 20_000);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    // A line cut by the kill was never fully announced, so it promises nothing.
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (!acked && line.startsWith('ACK ')) {
        acked = true;
        setTimeout(kill, 20 + Math.floor(Math.random() * 280));
      }
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (signal !== 'SIGKILL' || !acked)
        reject(new Error(`writer ended by itself (code ${code}):\n${stderr}`));
      else resolve(lines);
    });
  });
}

/**
 * The server may still finish a statement the dead process sent: it notices the closed socket
 * only when it answers. Wait until its session has ended before reading what it left.
 */
async function deadWriterGone(): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const left = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'crash-writer'",
    );
    if (left.rows[0]!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the killed writer’s session never ended on the server');
}

describe('a practitioner’s Stance killed mid-save on the studio server', () => {
  it(`keeps every acknowledged save across ${KILLS} SIGKILLs`, async () => {
    const store = studioAssessmentStore(pool);
    const clientId = await addStudioClient(
      { name: 'stance', clients: studioClientStore(pool), assessments: store },
      'Test',
    );
    const assessmentId = randomUUID();
    await store.insert(
      { id: assessmentId, clientId },
      draftWithNotes('start', '2026-12-06'),
      new Date().toISOString(),
    );

    let totalAcks = 0;
    for (let round = 1; round <= KILLS; round += 1) {
      const before = await store.findCurrent(assessmentId);
      const lines = await runAndKill(assessmentId, before!.updatedAt, round);
      await deadWriterGone();
      const acks = lines.filter((line) => line.startsWith('ACK '));
      totalAcks += acks.length;
      const [, lastN, lastStamp] = acks.at(-1)!.split(' ');
      const row = await store.findCurrent(assessmentId);
      const notes = (row?.body as { notes?: string }).notes;
      const inFlight = `round ${round} save ${Number(lastN) + 1}`;
      if (notes === inFlight) {
        // Sent, written, killed before the answer arrived: it is whole, and newer.
        expect(row!.updatedAt > lastStamp!).toBe(true);
      } else {
        expect(notes).toBe(`round ${round} save ${lastN}`);
        expect(row!.updatedAt).toBe(lastStamp);
      }
      expect(row!.painNow).toBe(Number(notes!.split(' ').at(-1)) % 11);
    }
    expect(totalAcks).toBeGreaterThan(KILLS);
  }, 120_000);
});
