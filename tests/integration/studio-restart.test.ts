/**
 * A studio's server restarting in the middle of a working day, through Stance's real router on
 * the studio stores: four practitioners, each her own role, pool and router, save drafts and
 * finalize them while the server restarts (fast once, as for an update; immediate once, as a
 * crash). While it is away every answer is "unavailable" in plain words; afterwards the same
 * routers and pools save again, and every save the server acknowledged is there, in one chain.
 * Then the moment a restart only hits by luck, made certain with a relay that cuts the
 * connection after the server committed: her next save must go on top of her own, and a
 * colleague's save in between must still be reported, not overwritten.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { openStudioPool } from '../../main/db/postgres/pool';
import type { Route } from '../../main/router';
import type { Assessment, SavedDraft } from '../../shared/channels/assessments';
import type { Client } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import { startCuttingProxy, type CuttingProxy } from '../helpers/cutting-proxy';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { lostOrOverwrittenSaves, signInStudioTeam } from '../helpers/practitioner-workload';
import { routerOnStudio } from '../helpers/studio-router';

const TEAM = 4;
const SAVES_BEFORE_FINALIZE = 6;

let cluster: TestCluster;
const pools: pg.Pool[] = [];
const closers: (() => void)[] = [];

function poolAs(url: string, user: string): pg.Pool {
  const address = new URL(url);
  address.username = user;
  const pool = openStudioPool({ connectionString: address.toString(), max: 2 });
  pools.push(pool);
  return pool;
}

async function teamOfRouters(database: string) {
  const url = cluster.createDatabase(database);
  const admin = poolAs(url, 'stance');
  await migrateStudioDatabase(admin);
  const team = await signInStudioTeam(admin, TEAM, (user) => poolAs(url, user));
  const routers = await Promise.all(
    team.map(async ({ name }) => {
      const studio = await routerOnStudio(poolAs(url, name));
      closers.push(studio.close);
      return { name, route: studio.route };
    }),
  );
  return { admin, url, routers };
}

beforeAll(async () => {
  cluster = await startTestCluster({ durable: true });
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  for (const close of closers) close();
  cluster?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const notes = (token: string) => ({ schemaVersion: 1, notes: token });

function saveDraft(route: Route, id: string, expectedUpdatedAt: string, token: string) {
  return route('assessments:saveDraft', {
    id,
    revision: 1,
    assessedOn: '2026-12-05',
    body: notes(token),
    expectedUpdatedAt,
  }) as Promise<Result<SavedDraft>>;
}

/** Asks until the server answers; only "unavailable" is an acceptable way to fail meanwhile. */
async function untilAnswered<T>(ask: () => Promise<Result<unknown>>, problems: string[]) {
  for (;;) {
    const result = (await ask()) as Result<T>;
    if (result.ok) return result.value;
    if (result.error.code !== 'unavailable') {
      problems.push(`${result.error.code}: ${result.error.message}`);
      throw new Error(result.error.message);
    }
    await sleep(50);
  }
}

interface Acknowledged {
  assessmentId: string;
  from: string;
  stamp: string;
  token: string;
}

/**
 * One practitioner through her router until `stopAt`: she saves her own draft (on top of the
 * last stamp she was answered with, as the form does) and finalizes it after a few saves, then
 * starts the next. A save answered "unavailable" keeps her text: she types on and the next save
 * carries it from the same stamp. She finalizes, and stops, only once her last save was answered.
 */
async function practise(
  name: string,
  route: Route,
  stopAt: () => boolean,
  log: {
    acknowledged: Acknowledged[];
    initialStamps: Map<string, string>;
    unavailableAt: number[];
    problems: string[];
  },
): Promise<void> {
  const client = await untilAnswered<Client>(
    () => route('clients:create', { firstName: 'Client', lastName: name }),
    log.problems,
  );
  const start = async () => {
    const draft = await untilAnswered<Assessment>(
      () => route('assessments:create', { clientId: client.id, assessedOn: '2026-12-05' }),
      log.problems,
    );
    log.initialStamps.set(draft.assessmentId, draft.updatedAt);
    return { id: draft.assessmentId, stamp: draft.updatedAt, saves: 0, answered: true };
  };
  let own = await start();
  for (let n = 1; ; n += 1) {
    if (own.answered && stopAt()) return;
    const token = `${name}-${n}`;
    const saved = await saveDraft(route, own.id, own.stamp, token);
    if (saved.ok) {
      log.acknowledged.push({
        assessmentId: own.id,
        from: own.stamp,
        stamp: saved.value.updatedAt,
        token,
      });
      own = { ...own, stamp: saved.value.updatedAt, saves: own.saves + 1, answered: true };
    } else if (saved.error.code === 'unavailable') {
      log.unavailableAt.push(Date.now());
      own = { ...own, answered: false };
      await sleep(50);
      continue;
    } else {
      log.problems.push(`${name}'s own save: ${saved.error.code}: ${saved.error.message}`);
      return;
    }
    if (own.saves < SAVES_BEFORE_FINALIZE) continue;
    const finalized = await route('assessments:finalize', { id: own.id, revision: 1 });
    if (!finalized.ok && finalized.error.code !== 'unavailable') {
      log.problems.push(`${name}'s finalize: ${finalized.error.code}: ${finalized.error.message}`);
      return;
    }
    if (!finalized.ok) {
      // Asked again once the server is back: finalized by the lost call, or by this one.
      log.unavailableAt.push(Date.now());
      const head = await untilAnswered<Assessment>(
        () => route('assessments:get', { id: own.id }),
        log.problems,
      );
      if (head.status !== 'final')
        await untilAnswered(
          () => route('assessments:finalize', { id: own.id, revision: 1 }),
          log.problems,
        );
    }
    own = await start();
  }
}

describe('a studio server restarting mid-session', () => {
  it('answers unavailable while it is away, then the same routers save again and nothing is lost', async () => {
    const { admin, routers } = await teamOfRouters('restart_team');
    const log = {
      acknowledged: [] as Acknowledged[],
      initialStamps: new Map<string, string>(),
      unavailableAt: [] as number[],
      problems: [] as string[],
    };
    let stop = false;
    const work = Promise.all(
      routers.map(({ name, route }) => practise(name, route, () => stop, log)),
    );

    await sleep(1500);
    const fast = { from: Date.now(), to: 0 };
    await cluster.restart();
    fast.to = Date.now();
    await sleep(1500);
    const crash = { from: Date.now(), to: 0 };
    await cluster.restart({ immediate: true });
    crash.to = Date.now();
    const ackedBeforeCrashEnded = log.acknowledged.length;
    // Long enough for every practitioner to be answered again on a busy machine.
    await sleep(4000);
    stop = true;
    await work;
    console.log(
      `restart: ${log.acknowledged.length} saves acknowledged, ${log.unavailableAt.length} answered unavailable; ` +
        `fast restart ${fast.to - fast.from} ms, immediate ${crash.to - crash.from} ms`,
    );

    expect(log.problems).toEqual([]);
    const during = (window: { from: number; to: number }) =>
      log.unavailableAt.filter((at) => at >= window.from && at <= window.to + 2000).length;
    expect(during(fast)).toBeGreaterThan(0);
    expect(during(crash)).toBeGreaterThan(0);
    // Every practitioner's own router and pool saved again after the crash, none rebuilt.
    const savedAfter = new Set(
      log.acknowledged.slice(ackedBeforeCrashEnded).map((save) => save.token.split('-')[0]),
    );
    expect([...savedAfter].sort()).toEqual(routers.map(({ name }) => name).sort());

    const report = {
      acknowledged: log.acknowledged,
      initialStamps: log.initialStamps,
      conflicts: 0,
      finalized: [],
      searches: 0,
      problems: [],
      saveMs: [],
    };
    expect(await lostOrOverwrittenSaves(report, studioAssessmentStore(admin))).toEqual([]);
  }, 120_000);
});

describe('a save whose answer was lost after the server committed it', () => {
  // Roles belong to the whole server, so this team signs in on a server of its own.
  let server: TestCluster;
  let proxy: CuttingProxy;
  beforeAll(async () => {
    server = await startTestCluster();
  });
  afterAll(async () => {
    await proxy?.close();
    server?.stop();
  });

  it('lets her next save go on top of her own, and still reports a colleague’s', async () => {
    const url = server.createDatabase('restart_cut');
    const admin = poolAs(url, 'stance');
    await migrateStudioDatabase(admin);
    const [, ana, sam] = await signInStudioTeam(admin, 3, (user) => poolAs(url, user));
    proxy = await startCuttingProxy(server.port);
    const relayed = new URL(url);
    relayed.port = String(proxy.port);
    const anaStudio = await routerOnStudio(poolAs(relayed.toString(), ana!.name));
    const samStudio = await routerOnStudio(poolAs(url, sam!.name));
    closers.push(anaStudio.close, samStudio.close);
    const anaRoute = anaStudio.route;
    const samRoute = samStudio.route;
    const stored = async (id: string) =>
      (await studioAssessmentStore(admin).findCurrent(id))?.body as { notes?: string };
    const ok = async <T>(pending: Promise<Result<unknown>>) => {
      const result = await pending;
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as T;
    };

    const client = await ok<Client>(
      anaRoute('clients:create', { firstName: 'Cut', lastName: 'Off' }),
    );
    const draft = await ok<Assessment>(
      anaRoute('assessments:create', { clientId: client.id, assessedOn: '2026-12-05' }),
    );
    const first = await ok<SavedDraft>(
      saveDraft(anaRoute, draft.assessmentId, draft.updatedAt, 'first'),
    );

    proxy.cutAfterNextCommit();
    const lost = await saveDraft(anaRoute, draft.assessmentId, first.updatedAt, 'second');
    expect(lost).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await stored(draft.assessmentId)).toEqual(notes('second'));

    // The form sends her newest text on top of the last stamp it was answered with.
    const third = await ok<SavedDraft>(
      saveDraft(anaRoute, draft.assessmentId, first.updatedAt, 'third'),
    );
    expect(await stored(draft.assessmentId)).toEqual(notes('third'));

    proxy.cutAfterNextCommit();
    const lostAgain = await saveDraft(anaRoute, draft.assessmentId, third.updatedAt, 'fourth');
    expect(lostAgain).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const seenBySam = await ok<Assessment>(samRoute('assessments:get', { id: draft.assessmentId }));
    await ok(saveDraft(samRoute, draft.assessmentId, seenBySam.updatedAt, 'sam’s'));

    const refused = await saveDraft(anaRoute, draft.assessmentId, third.updatedAt, 'fifth');
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toContain(`by ${sam!.name}`);
    expect(await stored(draft.assessmentId)).toEqual(notes('sam’s'));
  }, 60_000);
});
