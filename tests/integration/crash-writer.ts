/**
 * The child process of crash.test.ts: opens the real Stance on the data folder it is given, with
 * the records in its SQLite file or on a studio server, and saves assessment drafts through the
 * router until it is killed. Each save is announced with `SAVE` before the call and confirmed
 * with `ACK` (and the stamp it was given) only after the router answered ok, so the parent knows
 * which bodies were promised to the practitioner and which one may have been in flight when the
 * kill came. Every save carries the stamp it started from, as the form's saves do, so one that
 * the last process left half done would be refused, not saved over. Given a draft the last
 * process was saving (`carry`), it first saves on there.
 *
 *   node crash-writer.cjs <dataDir> <seed> <studio url | -> <carry id:revision | ->
 *   npx tsx tests/integration/crash-writer.ts <dataDir> <seed> - -
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import type { Route } from '../../main/router';
import { openStance } from '../../main/stance';
import { openStudioRouter } from '../helpers/studio-router';
import type { Assessment, SavedDraft } from '../../shared/channels/assessments';
import type { AssessmentBody } from '../../shared/domain/clinical/assessment-schema';
import type { Client } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';

/** The parent always kills us well before this; it only stops an orphan if the parent died. */
const ORPHAN_LIMIT_MS = 60_000;

/** Same bytes for the same document whatever the key order, so parent and child agree. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A filled-in document like the form produces, different on every save. */
function realisticBody(next: () => number, label: string): AssessmentBody {
  const pick = (n: number) => Math.floor(next() * n);
  const fpi = () => pick(5) - 2;
  const best = pick(6);
  return {
    schemaVersion: 1,
    pain: {
      nprsNow: pick(11),
      nprsBestLastWeek: best,
      nprsWorstLastWeek: best + pick(11 - best),
      onset: 'Gradual, after a long drive',
      duration: `About ${1 + pick(12)} months`,
      aggravatingFactors: 'Sitting over an hour; bending to lift',
      easingFactors: 'Walking, heat',
    },
    oswestry: {
      variant: next() < 0.5 ? 'odi-2.1a' : 'modified',
      sections: Array.from({ length: 10 }, () => (next() < 0.1 ? null : pick(6))),
    },
    feet: {
      left: {
        footProgressionAngleDeg: pick(20),
        arch: 'neutral',
        fpi6: { items: Array.from({ length: 6 }, fpi) },
        navicularDropMm: 4 + pick(10),
        kneeToWallCm: 5 + pick(10),
      },
      right: {
        footProgressionAngleDeg: pick(25),
        arch: next() < 0.5 ? 'low' : 'high',
        fpi6: { items: Array.from({ length: 6 }, fpi) },
        navicularDropMm: 4 + pick(12),
        kneeToWallCm: 5 + pick(10),
      },
    },
    notes: `${label}: right foot turned out more than the left; knees drift in on the right. ${'Stiff in the morning, eases after walking. '.repeat(1 + pick(20))}`,
  };
}

/** Written with one synchronous write so a line is in the pipe before the next step starts. */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

function valueOf<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The application name the writer's server sessions carry, so the parent can wait them out. */
export const WRITER_SESSION = 'crash-writer';

/** The real router over the chosen engine: the app's own start-up, or the studio's stores. */
async function openRouter(dataDir: string, studioUrl: string | undefined): Promise<Route> {
  if (studioUrl) {
    const pool = new pg.Pool({ connectionString: studioUrl, application_name: WRITER_SESSION });
    return (await openStudioRouter({ dataDir, pool })).route;
  }
  const core = await openStance({ dataDir, appVersion: 'crash-test' });
  if (core.status.state !== 'ready') throw new Error(`data not ready: ${core.status.message}`);
  return core.route;
}

async function main(): Promise<void> {
  const [dataDir, seedText = '1', studio = '-', carry = '-'] = process.argv.slice(2);
  if (!dataDir)
    throw new Error('usage: crash-writer <dataDir> <seed> <studio url | -> <carry | ->');
  setTimeout(() => process.exit(3), ORPHAN_LIMIT_MS).unref();
  const next = random(Number(seedText));
  const route = await openRouter(dataDir, studio === '-' ? undefined : studio);

  const save = async (id: string, revision: number, label: string, from: string) => {
    const body = realisticBody(next, label);
    const hash = bodyHash(body);
    say(`SAVE ${id} ${revision} ${hash}`);
    const saved = valueOf<SavedDraft>(
      await route('assessments:saveDraft', {
        id,
        revision,
        assessedOn: '2026-01-16',
        body,
        expectedUpdatedAt: from,
      }),
      'assessments:saveDraft',
    );
    say(`ACK ${id} ${revision} ${hash} ${saved.updatedAt}`);
    return saved.updatedAt;
  };

  if (carry !== '-') {
    const [id, revisionText] = carry.split(':');
    const revision = Number(revisionText);
    const left = valueOf<Assessment>(
      await route('assessments:getRevision', { id, revision }),
      'assessments:getRevision',
    );
    await save(id!, revision, `${seedText}/carried`, left.updatedAt);
  }

  const client = valueOf<Client>(
    await route('clients:create', {
      firstName: 'Crash',
      lastName: `Round ${seedText}`,
      email: `round${seedText}@example.com`,
      notes: 'Made by the crash test.',
    }),
    'clients:create',
  );
  say(`CLIENT ${client.id}`);

  for (let n = 0; ; n++) {
    const assessment = valueOf<Assessment>(
      await route('assessments:create', { clientId: client.id, assessedOn: '2026-01-15' }),
      'assessments:create',
    );
    const id = assessment.assessmentId;
    let revision = 1;
    let stamp = assessment.updatedAt;
    // Some assessments are finalized and amended, so saves also land on revision 2 beside a
    // final revision 1 that must stay exactly as it was.
    const rounds = next() < 0.3 ? 2 : 1;
    for (let round = 0; round < rounds; round++) {
      if (round > 0) {
        valueOf(await route('assessments:finalize', { id, revision }), 'finalize');
        const amended = valueOf<Assessment>(
          await route('assessments:amend', { id, reason: 'Corrected' }),
          'amend',
        );
        revision += 1;
        stamp = amended.updatedAt;
      }
      const saves = 1 + Math.floor(next() * 4);
      for (let s = 0; s < saves; s++)
        stamp = await save(id, revision, `${seedText}/${n}/${revision}/${s}`, stamp);
    }
  }
}

// The test imports the hashing helpers from here; only a process started on this file writes.
if (/crash-writer\.(ts|cjs)$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
