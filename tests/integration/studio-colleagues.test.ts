/**
 * Two practitioners on one studio server, each signed in as her own role and each with her own
 * copy of Stance (router): what one sees of the other's work, by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/channels/assessments';
import type { Program } from '../../shared/channels/programs';
import type { AssessmentHistoryEntry } from '../../shared/domain/assessments';
import type { Client } from '../../shared/domain/clients';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { anaAndSam, call, type StudioColleagues } from '../helpers/studio-colleagues';
import type { StudioRouter } from '../helpers/studio-router';

let cluster: TestCluster;
let colleagues: StudioColleagues;
let ana: StudioRouter;
let sam: StudioRouter;

beforeAll(async () => {
  cluster = await startTestCluster();
  colleagues = await anaAndSam(cluster, 'colleagues');
  ({ ana, sam } = colleagues);
}, 60_000);

afterAll(async () => {
  await colleagues?.close();
  cluster?.stop();
});

async function draftOfNewClient(): Promise<Assessment> {
  const client = await call<Client>(ana, 'clients:create', { firstName: 'Rosa', lastName: 'Two' });
  return call<Assessment>(ana, 'assessments:create', { clientId: client.id });
}

describe('two practitioners on one studio server', () => {
  it('the history says who started each revision and who finalized it', async () => {
    const { assessmentId: id } = await draftOfNewClient();
    await call(sam, 'assessments:finalize', { id, revision: 1 });
    await call(sam, 'assessments:amend', { id, reason: 'Wrong side' });

    const history = await call<AssessmentHistoryEntry[]>(ana, 'assessments:history', { id });
    expect(
      history.map(({ revision, createdBy, finalizedBy }) => ({ revision, createdBy, finalizedBy })),
    ).toEqual([
      { revision: 2, createdBy: 'sam', finalizedBy: null },
      { revision: 1, createdBy: 'ana', finalizedBy: 'sam' },
    ]);
  });

  it('a finalize of a revision a colleague finalized first names her; her own retry succeeds', async () => {
    const { assessmentId: id } = await draftOfNewClient();
    const final = await call<Assessment>(sam, 'assessments:finalize', { id, revision: 1 });

    const refused = await ana.route('assessments:finalize', { id, revision: 1 });
    const at = new Date(final.finalizedAt!);
    const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `This assessment was already finalized by sam at ${hhmm}. Close this and open the assessment again to read it as finalized.`,
      },
    });
    expect(await sam.route('assessments:finalize', { id, revision: 1 })).toEqual({
      ok: true,
      value: final,
    });
  });

  it('a stale save of a client’s details or a program names who saved since, and changes nothing', async () => {
    const client = await call<Client>(ana, 'clients:create', {
      firstName: 'Vera',
      lastName: 'Old',
    });
    const bySam = await call<Client>(sam, 'clients:update', {
      id: client.id,
      firstName: 'Vera',
      lastName: 'New',
      expectedUpdatedAt: client.updatedAt,
    });
    const refused = await ana.route('clients:update', {
      id: client.id,
      firstName: 'Vera',
      lastName: 'Typed by Ana',
      expectedUpdatedAt: client.updatedAt,
    });
    expect(refused.ok || refused.error).toMatchObject({ code: 'conflict' });
    expect(refused.ok ? '' : refused.error.message).toMatch(
      /^These details were changed by sam at \d\d:\d\d after you opened them/,
    );
    expect(await call<Client>(ana, 'clients:get', { id: client.id })).toEqual(bySam);

    const items = [
      {
        exerciseId: 'short-foot',
        dosage: { kind: 'reps', sets: 2, reps: 10, perSide: false, timesPerDay: 1, daysPerWeek: 5 },
        notes: '',
      },
    ];
    const program = await call<Program>(ana, 'programs:save', {
      clientId: client.id,
      title: 'Weeks 1–4',
      items,
    });
    const samsProgram = await call<Program>(sam, 'programs:save', {
      id: program.id,
      clientId: client.id,
      title: 'Weeks 1–6',
      items,
      expectedUpdatedAt: program.updatedAt,
    });
    const stale = await ana.route('programs:save', {
      id: program.id,
      clientId: client.id,
      title: 'Typed by Ana',
      items: [],
      expectedUpdatedAt: program.updatedAt,
    });
    expect(stale.ok || stale.error).toMatchObject({ code: 'conflict' });
    expect(stale.ok ? '' : stale.error.message).toMatch(
      /^This program was changed by sam at \d\d:\d\d after you opened it/,
    );
    expect(await call<Program>(ana, 'programs:get', { id: program.id })).toEqual(samsProgram);
  });
});
