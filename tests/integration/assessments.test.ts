import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment, SavedDraft } from '../../shared/channels/assessments';
import type {
  AssessmentHistoryEntry,
  AssessmentListItem,
  AssessmentRevisionInfo,
} from '../../shared/domain/assessments';
import type { Client } from '../../shared/domain/clients';
import { RULES_VERSION } from '../../shared/domain/clinical/rules-version';
import type { Result } from '../../shared/errors';
import type { Route } from '../../main/router';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { fileBytes, makeTempDir } from '../helpers/temp-dir';

let route: Route;
let client: Client;

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const addClient = () =>
  ok<Client>(route('clients:create', { firstName: 'Ada', lastName: 'Lovelace' }));

const fullFpi = [2, 1, 1, 2, 1, 1];
const body = {
  schemaVersion: 1,
  pain: { nprsNow: 6, nprsBestLastWeek: 3, nprsWorstLastWeek: 8 },
  oswestry: { variant: 'odi-2.1a', sections: [2, 2, 1, 3, null, 2, 1, 2, 2, 3] },
  feet: { left: { fpi6: { items: [0, 0, 1, 0, 1, 0] } }, right: { fpi6: { items: fullFpi } } },
  notes: 'Stands with the right foot turned out.',
};

async function newDraft(assessedOn = '2026-11-02'): Promise<Assessment> {
  return ok<Assessment>(route('assessments:create', { clientId: client.id, assessedOn }));
}

describe.each(Object.entries(serviceEngines))('assessments on %s', (_name, open) => {
  let engine: ServiceEngine;
  beforeEach(async () => {
    engine = await open();
    route = engine.route;
    client = await addClient();
  });
  afterEach(() => engine.close());
  // Who the message names: on a studio server, the practitioner signed in (here the test role).
  const elsewhere = () => (engine.savedBy === null ? 'in another window' : `by ${engine.savedBy}`);

  it('starts a draft with nothing assessed, stamped with the rules version', async () => {
    const draft = await newDraft();
    expect(draft).toMatchObject({
      status: 'draft',
      revision: 1,
      clientId: client.id,
      rulesVersion: RULES_VERSION,
    });
    expect(draft.body).toEqual({ schemaVersion: 1 });
    expect(draft.painNow).toBeNull();
  });

  it('carries the latest complaint into a new assessment, and nothing measured', async () => {
    const first = await newDraft('2026-10-01');
    const complaint = { regions: ['back.low-back'], duration: '2 years', goal: 'garden' };
    await ok(
      route('assessments:saveDraft', {
        id: first.assessmentId,
        revision: 1,
        assessedOn: '2026-10-01',
        body: { ...body, complaint },
      }),
    );
    const next = await newDraft('2026-11-02');
    expect(next.body).toEqual({ schemaVersion: 1, complaint });
  });

  it('saves a draft and fills the summary columns lists and charts use', async () => {
    const draft = await newDraft();
    const saved = await ok<SavedDraft>(
      route('assessments:saveDraft', {
        id: draft.assessmentId,
        revision: 1,
        assessedOn: '2026-11-03',
        body,
      }),
    );
    expect(saved).toMatchObject({
      painNow: 6,
      disabilityInstrument: 'odi',
      fpiLeft: 2,
      fpiRight: 8,
    });
    // Oswestry: 18 points over 9 answered sections = 18 / 45 = 40 %.
    expect(saved.disabilityScore).toBeCloseTo(40, 5);

    const reread = await ok<Assessment>(route('assessments:get', { id: draft.assessmentId }));
    expect(reread.body).toEqual(body);
    expect(reread.assessedOn).toBe('2026-11-03');
    const [listed] = await ok<AssessmentListItem[]>(
      route('assessments:listForClient', { clientId: client.id }),
    );
    expect(listed).toMatchObject({
      assessmentId: draft.assessmentId,
      assessedOn: '2026-11-03',
      painNow: 6,
    });
  });

  it('refuses a save from a window that opened the draft before another window saved it, keeping what was saved', async () => {
    const draft = await newDraft();
    const save = (notes: string, expectedUpdatedAt: string) =>
      route('assessments:saveDraft', {
        id: draft.assessmentId,
        revision: 1,
        assessedOn: draft.assessedOn,
        body: { ...body, notes },
        expectedUpdatedAt,
      });
    // Both windows opened the draft as created; the first one saves, a moment later (the stamps
    // are milliseconds, and a save in the same one as the creation would leave it unmoved).
    await new Promise((resolve) => setTimeout(resolve, 5));
    const first = await ok<SavedDraft>(save('Typed in the first window.', draft.updatedAt));
    const refused = await save('Typed in the second window.', draft.updatedAt);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const at = new Date(first.updatedAt);
    const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    expect(refused.error).toEqual({
      code: 'conflict',
      message: `This draft was changed ${elsewhere()} at ${hhmm} while you were typing. Your text is still here: copy what you need, then go back to the client and open the assessment again to see the saved version.`,
    });
    const kept = await ok<Assessment>(route('assessments:get', { id: draft.assessmentId }));
    expect(kept.body).toMatchObject({ notes: 'Typed in the first window.' });
    expect(kept.updatedAt).toBe(first.updatedAt);

    // The first window goes on saving on top of its own save.
    await ok(save('Typed on in the first window.', first.updatedAt));
  });

  it('locks a finalized assessment; amending adds a revision and keeps the final one whole', async () => {
    const draft = await newDraft();
    const id = draft.assessmentId;
    await ok(route('assessments:saveDraft', { id, revision: 1, assessedOn: '2026-11-02', body }));
    const final = await ok<Assessment>(route('assessments:finalize', { id, revision: 1 }));
    expect(final.status).toBe('final');
    expect(final.finalizedAt).not.toBeNull();

    const refused = await route('assessments:saveDraft', {
      id,
      revision: 1,
      assessedOn: '2026-11-02',
      body: { schemaVersion: 1 },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await expect(engine.rewriteBodiesInSql(id)).rejects.toThrow(/cannot be changed/);

    const amended = await ok<Assessment>(
      route('assessments:amend', { id, reason: 'Wrong foot recorded' }),
    );
    expect(amended).toMatchObject({
      revision: 2,
      status: 'draft',
      amendmentReason: 'Wrong foot recorded',
      body,
    });
    await ok(
      route('assessments:saveDraft', {
        id,
        revision: 2,
        assessedOn: '2026-11-02',
        body: { ...body, pain: { nprsNow: 4 } },
      }),
    );

    const history = await ok<AssessmentRevisionInfo[]>(route('assessments:history', { id }));
    expect(history.map((entry) => [entry.revision, entry.status, entry.painNow])).toEqual([
      [2, 'draft', 4],
      [1, 'final', 6],
    ]);
    const first = await ok<Assessment>(route('assessments:getRevision', { id, revision: 1 }));
    expect(first.body).toEqual(body);

    const stale = await route('assessments:saveDraft', {
      id,
      revision: 1,
      assessedOn: '2026-11-02',
      body,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('names in the history who started and finalized each revision where the server records it, and nobody on the file', async () => {
    const draft = await newDraft();
    const id = draft.assessmentId;
    await ok(route('assessments:finalize', { id, revision: 1 }));
    await ok(route('assessments:amend', { id, reason: 'Wrong foot recorded' }));
    const history = await ok<AssessmentHistoryEntry[]>(route('assessments:history', { id }));
    // On SQLite there is one practitioner: nobody is named, not even as "unknown".
    const who = engine.savedBy;
    expect(
      history.map(({ revision, createdBy, finalizedBy }) => [revision, createdBy, finalizedBy]),
    ).toEqual([
      [2, who, null],
      [1, who, who],
    ]);
  });

  it('answers a finalize retried after its answer was lost with the finalized revision, unchanged', async () => {
    const draft = await newDraft();
    const id = draft.assessmentId;
    await ok(route('assessments:saveDraft', { id, revision: 1, assessedOn: '2026-11-02', body }));
    const first = await ok<Assessment>(route('assessments:finalize', { id, revision: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 5));

    const retried = await route('assessments:finalize', { id, revision: 1 });
    expect(retried).toEqual({ ok: true, value: first });
    const history = await ok<AssessmentHistoryEntry[]>(route('assessments:history', { id }));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ status: 'final', finalizedAt: first.finalizedAt });
  });

  it('discards an amendment back to the final revision, and a first draft entirely', async () => {
    const draft = await newDraft();
    const id = draft.assessmentId;
    await ok(route('assessments:finalize', { id, revision: 1 }));
    await ok(route('assessments:amend', { id, reason: 'typo' }));
    expect(await ok(route('assessments:discardDraft', { id }))).toEqual({
      removed: 'revision',
    });
    expect(await ok<Assessment>(route('assessments:get', { id }))).toMatchObject({
      revision: 1,
      status: 'final',
    });
    expect(await route('assessments:discardDraft', { id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    const other = await newDraft('2026-11-05');
    expect(await ok(route('assessments:discardDraft', { id: other.assessmentId }))).toEqual({
      removed: 'assessment',
    });
    expect(await route('assessments:get', { id: other.assessmentId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lists a client’s assessments newest first and gives their last visit', async () => {
    await newDraft('2026-01-10');
    await newDraft('2026-06-01');
    await newDraft('2026-03-15');
    const listed = await ok<AssessmentListItem[]>(
      route('assessments:listForClient', { clientId: client.id }),
    );
    expect(listed.map((item) => item.assessedOn)).toEqual([
      '2026-06-01',
      '2026-03-15',
      '2026-01-10',
    ]);
    const [summary] = await ok<{ lastVisitOn: string }[]>(route('clients:list', {}));
    expect(summary?.lastVisitOn).toBe('2026-06-01');
  });

  it('refuses a date in the future and an assessment for an unknown client', async () => {
    expect(
      await route('assessments:create', { clientId: client.id, assessedOn: '2999-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await route('assessments:create', { clientId: '5b0e4c0e-2f0e-4b7a-9b53-2d1f1b8a0c11' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a refused draft save on the embedded SQLite file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: StanceCore;

  beforeEach(async () => {
    temp = makeTempDir();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    route = core.route;
    client = await addClient();
  });
  afterEach(() => {
    core.close();
    temp.cleanup();
  });

  it.each([
    [
      'an FPI-6 item of 3',
      { feet: { left: { fpi6: { items: [3, 0, 0, 0, 0, 0] } } } },
      'feet.left.fpi6.items.0',
    ],
    [
      'a negative navicular drop',
      { feet: { right: { navicularDropMm: -2 } } },
      'feet.right.navicularDropMm',
    ],
    ['a pain score of 11', { pain: { nprsNow: 11 } }, 'pain.nprsNow'],
    [
      'a squat compensation with no side where each side is graded',
      {
        movement: {
          findings: [{ compensationId: 'ohs.knees-move-in', side: null, grade: 'mild' }],
        },
      },
      'movement.findings.0.side',
    ],
    [
      'a squat grade that is not in the list',
      {
        movement: {
          findings: [{ compensationId: 'ohs.forward-lean', side: null, grade: 'severe' }],
        },
      },
      'movement.findings.0.grade',
    ],
    ['an unknown section', { posture: {} }, ''],
  ])(
    'refuses %s beside the field and keeps the saved draft as it was',
    async (_label, change, path) => {
      const draft = await newDraft();
      await ok(
        core.route('assessments:saveDraft', {
          id: draft.assessmentId,
          revision: 1,
          assessedOn: '2026-11-02',
          body,
        }),
      );
      core.close();
      const before = fileBytes(dataPaths(temp.dir).database);
      core = await openStance({ dataDir: temp.dir, appVersion: 'test' });

      const result = await core.route('assessments:saveDraft', {
        id: draft.assessmentId,
        revision: 1,
        assessedOn: '2026-11-02',
        body: { ...body, ...change },
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.issues?.map((issue) => issue.path)).toContain(
          path ? `body.${path}` : 'body',
        );
      }
      core.close();
      expect(fileBytes(dataPaths(temp.dir).database).equals(before)).toBe(true);
      core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    },
  );
});
