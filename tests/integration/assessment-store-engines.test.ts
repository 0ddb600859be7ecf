/**
 * One contract, two engines: drafts, finalizing, amendments and a client's history behave the
 * same on the embedded SQLite file and on a studio's PostgreSQL server, and a finalized revision
 * cannot be saved over on either.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevisionContent } from '../../main/db/stores/assessment-rows';
import type { AssessmentStore } from '../../main/db/stores/assessment-store';
import { storeEngines, type EngineStores } from '../helpers/store-engines';

const body = {
  schemaVersion: 1,
  notes: 'Zoë says “better” — 0.1 mm, ½ turn',
  feet: { left: { navicularDropMm: 7.5, rcspEversionDeg: -2 } },
  checkpointFindings: [{ checkpointId: 'anterior.head.tilt', side: null, severity: 'mild' }],
};

const content = (assessedOn: string, painNow: number | null = 6): RevisionContent => ({
  assessedOn,
  body,
  bodyVersion: 1,
  rulesVersion: 'rules-1',
  summary: {
    painNow,
    disabilityScore: 31.5,
    disabilityInstrument: 'oswestry',
    fpiLeft: 4,
    fpiRight: -1,
  },
});

const snapshot = { firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1815-12-10' };

describe.each(Object.entries(storeEngines))('assessments on %s', (_name, open) => {
  let engine: EngineStores;
  let store: AssessmentStore;
  let clientId: string;

  beforeAll(async () => {
    engine = await open();
    store = engine.assessments;
    clientId = await newClient(snapshot);
  }, 60_000);
  afterAll(() => engine.close());

  async function newClient(names: typeof snapshot): Promise<string> {
    const id = randomUUID();
    await engine.clients.insert({
      id,
      ...names,
      email: '',
      phone: '',
      occupation: '',
      notes: '',
      createdAt: 't',
      updatedAt: 't',
      archivedAt: null,
    });
    return id;
  }

  it('keeps a new draft as saved, body and summary alike, and follows its saves', async () => {
    const id = randomUUID();
    await store.insert({ id, clientId }, content('2026-10-01'), '2026-10-01T09:00:00.000Z');
    expect(await store.findCurrent(id)).toMatchObject({
      assessmentId: id,
      clientId,
      revision: 1,
      status: 'draft',
      assessedOn: '2026-10-01',
      body,
      painNow: 6,
      disabilityScore: 31.5,
      disabilityInstrument: 'oswestry',
      fpiLeft: 4,
      fpiRight: -1,
      finalizedAt: null,
      clientSnapshot: null,
    });

    const saved = await store.updateDraft(
      id,
      1,
      content('2026-10-02', 3),
      '2026-10-02T09:00:00.000Z',
    );
    expect(saved).toBe('2026-10-02T09:00:00.000Z');
    expect(await store.findCurrent(id)).toMatchObject({
      assessedOn: '2026-10-02',
      painNow: 3,
      updatedAt: '2026-10-02T09:00:00.000Z',
    });
    const listed = (await store.listForClient(clientId)).find((item) => item.assessmentId === id);
    expect(listed).toMatchObject({ assessedOn: '2026-10-02', revisionCount: 1, photoCount: 0 });
  });

  it('refuses a save that started from a stamp the draft has moved on from, and says who moved it', async () => {
    const id = randomUUID();
    const opened = '2026-10-03T09:00:00.000Z';
    await store.insert({ id, clientId }, content('2026-10-03', 1), opened);

    // Two windows opened the draft at `opened`; the first to save wins.
    expect(
      await store.updateDraft(id, 1, content('2026-10-03', 2), '2026-10-03T09:01:00.000Z', opened),
    ).toBe('2026-10-03T09:01:00.000Z');
    expect(
      await store.updateDraft(id, 1, content('2026-10-03', 9), '2026-10-03T09:02:00.000Z', opened),
    ).toBeNull();
    expect(await store.findCurrent(id)).toMatchObject({
      painNow: 2,
      updatedAt: '2026-10-03T09:01:00.000Z',
    });
    expect(await store.lastChange(id, 1)).toEqual({
      updatedAt: '2026-10-03T09:01:00.000Z',
      updatedBy: engine.savedBy,
    });

    // Saved again on top of what is there now, it goes through.
    expect(
      await store.updateDraft(
        id,
        1,
        content('2026-10-03', 9),
        '2026-10-03T09:03:00.000Z',
        '2026-10-03T09:01:00.000Z',
      ),
    ).toBe('2026-10-03T09:03:00.000Z');
    expect(await store.findCurrent(id)).toMatchObject({ painNow: 9 });
  });

  it('never writes the stamp it replaces: saves in one millisecond, or from a clock that is behind', async () => {
    const id = randomUUID();
    const opened = '2026-10-05T09:00:00.000Z';
    await store.insert({ id, clientId }, content('2026-10-05', 1), opened);
    // Saved twice in the same millisecond: the second stamp moves on, so a colleague who read
    // the first one cannot save over the second without being told.
    const first = await store.updateDraft(id, 1, content('2026-10-05', 2), opened, opened);
    expect(first).toBe('2026-10-05T09:00:00.001Z');
    const second = await store.updateDraft(id, 1, content('2026-10-05', 3), opened, first!);
    expect(second).toBe('2026-10-05T09:00:00.002Z');
    expect(
      await store.updateDraft(id, 1, content('2026-10-05', 9), '2026-10-05T09:05:00.000Z', first!),
    ).toBeNull();
    // A computer whose clock is a minute behind still moves the stamp forward.
    const behind = await store.updateDraft(
      id,
      1,
      content('2026-10-05', 4),
      '2026-10-05T08:59:00.000Z',
      second!,
    );
    expect(behind).toBe('2026-10-05T09:00:00.003Z');
    expect(await store.findCurrent(id)).toMatchObject({ painNow: 4, updatedAt: behind });
  });

  it('lets exactly one of two saves from the same stamp through when they arrive together', async () => {
    const id = randomUUID();
    const opened = '2026-10-04T09:00:00.000Z';
    await store.insert({ id, clientId }, content('2026-10-04', 1), opened);
    const results = await Promise.all(
      [4, 5].map((pain, i) =>
        store.updateDraft(
          id,
          1,
          content('2026-10-04', pain),
          `2026-10-04T09:0${i + 1}:00.000Z`,
          opened,
        ),
      ),
    );
    expect(results.filter((stamp) => stamp !== null)).toHaveLength(1);
    const winner = results.findIndex((stamp) => stamp !== null);
    expect(await store.findCurrent(id)).toMatchObject({ painNow: [4, 5][winner] });
  });

  it('freezes a finalized revision, and an amendment starts a new draft beside it', async () => {
    const id = randomUUID();
    await store.insert({ id, clientId }, content('2026-11-01'), 'a');
    expect(await store.finalize(id, 1, snapshot, '2026-11-01T10:00:00.000Z')).toBe(true);
    expect(await store.finalize(id, 1, snapshot, 'again')).toBe(false);
    expect(await store.updateDraft(id, 1, content('2026-11-05', 0), 'b')).toBeNull();
    expect(await store.findCurrent(id)).toMatchObject({
      status: 'final',
      painNow: 6,
      finalizedAt: '2026-11-01T10:00:00.000Z',
      clientSnapshot: snapshot,
    });

    await store.insertRevision(id, 2, content('2026-11-01', 5), 'Pain score typed wrongly', 'c');
    await store.setCurrentRevision(id, 2, '2026-11-01');
    expect(await store.findCurrent(id)).toMatchObject({
      revision: 2,
      status: 'draft',
      painNow: 5,
      amendmentReason: 'Pain score typed wrongly',
    });
    expect((await store.listRevisions(id)).map((info) => [info.revision, info.status])).toEqual([
      [2, 'draft'],
      [1, 'final'],
    ]);
    expect(await store.find(id, 1)).toMatchObject({ status: 'final', painNow: 6 });

    // Dropping the amendment leaves the finalized revision; a final one is never dropped.
    await store.deleteDraftRevision(id, 2);
    await store.setCurrentRevision(id, 1, '2026-11-01');
    await store.deleteDraftRevision(id, 1);
    expect(await store.find(id, 2)).toBeUndefined();
    expect(await store.findCurrent(id)).toMatchObject({ revision: 1, status: 'final' });
  });

  it('lists a client’s visits newest first and forgets an erased assessment', async () => {
    const other = await newClient({ firstName: 'Bo', lastName: 'Ek', dateOfBirth: '' });
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    await store.insert({ id: ids[0]!, clientId: other }, content('2026-01-10'), '1');
    await store.insert({ id: ids[1]!, clientId: other }, content('2026-03-10'), '2');
    await store.insert({ id: ids[2]!, clientId: other }, content('2026-02-10'), '3');
    expect((await store.listForClient(other)).map((item) => item.assessedOn)).toEqual([
      '2026-03-10',
      '2026-02-10',
      '2026-01-10',
    ]);
    await store.delete(ids[1]!);
    expect(await store.findCurrent(ids[1]!)).toBeUndefined();
    expect(await store.listForClient(other)).toHaveLength(2);
    expect(await store.listForClient('nobody')).toEqual([]);
  });
});
