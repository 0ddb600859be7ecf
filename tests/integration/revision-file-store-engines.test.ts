/**
 * One contract, two engines: the photo and clip rows of a revision, and the stored files they
 * name, as amend, discard and erase use them, behave the same on the embedded SQLite file (files
 * in the photos folder) and on a studio's PostgreSQL server (files in photo_files).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevisionContent } from '../../main/db/stores/assessment-rows';
import { storeEngines, type EngineStores } from '../helpers/store-engines';

const content: RevisionContent = {
  assessedOn: '2026-10-01',
  body: { schemaVersion: 1 },
  bodyVersion: 1,
  rulesVersion: 'rules-1',
  summary: {
    painNow: null,
    disabilityScore: null,
    disabilityInstrument: null,
    fpiLeft: null,
    fpiRight: null,
  },
};
const snapshot = { firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '' };
const knee = { leftKnee: { x: 0.4, y: 0.6, confirmed: true } };
const ankle = { leftAnkle: { x: 0.41, y: 0.9, confirmed: false } };

describe.each(Object.entries(storeEngines))('revision files on %s', (_name, open) => {
  let engine: EngineStores;
  let clientId: string;
  let bytes = 0;
  // Each call different bytes, so each file is its own unless a test shares one on purpose.
  const fresh = () => new Uint8Array([1, 2, 3, (bytes += 1)]);

  beforeAll(async () => {
    engine = await open();
    clientId = randomUUID();
    await engine.clients.insert({
      id: clientId,
      firstName: 'Ada',
      lastName: 'Lovelace',
      dateOfBirth: '',
      email: '',
      phone: '',
      occupation: '',
      notes: '',
      createdAt: 't',
      updatedAt: 't',
      archivedAt: null,
    });
  }, 60_000);
  afterAll(() => engine.close());

  async function newAssessment(): Promise<string> {
    const id = randomUUID();
    await engine.assessments.insert({ id, clientId }, content, 't');
    return id;
  }

  it('copies every photo with its landmarks and every clip onto the next revision', async () => {
    const assessmentId = await newAssessment();
    const first = { assessmentId, revision: 1 };
    const photoA = await engine.media.addPhoto(first, fresh(), knee);
    const photoB = await engine.media.addPhoto(first, fresh(), ankle);
    const clip = await engine.media.addClip(first, fresh());
    await engine.assessments.finalize(assessmentId, 1, snapshot, 't');
    await engine.assessments.insertRevision(assessmentId, 2, content, 'typo', 't');

    await engine.stores.revisionFiles.copy(assessmentId, 1, 2);

    const second = { assessmentId, revision: 2 };
    expect(await engine.media.landmarksOf(second)).toEqual(
      expect.arrayContaining([knee, ankle]) as unknown,
    );
    expect(await engine.media.landmarksOf(second)).toHaveLength(2);
    expect(await engine.media.clipCount(second)).toBe(1);
    expect((await engine.stores.revisionFiles.hashesOf(assessmentId, 2)).sort()).toEqual(
      [photoA, photoB, clip].sort(),
    );
    // The finalized revision keeps its own.
    expect(await engine.media.landmarksOf(first)).toHaveLength(2);
  });

  it('names the files a client or one assessment owns', async () => {
    const one = await newAssessment();
    const other = await newAssessment();
    const photo = await engine.media.addPhoto({ assessmentId: one, revision: 1 }, fresh(), knee);
    const clip = await engine.media.addClip({ assessmentId: other, revision: 1 }, fresh());

    expect(await engine.stores.revisionFiles.ownedBy({ assessmentId: one })).toEqual([photo]);
    expect(await engine.stores.revisionFiles.ownedBy({ clientId })).toEqual(
      expect.arrayContaining([photo, clip]) as unknown,
    );
    expect(await engine.stores.revisionFiles.ownedBy({ assessmentId: randomUUID() })).toEqual([]);
  });

  it('removes only the files no row names any more', async () => {
    const gone = await newAssessment();
    const kept = await newAssessment();
    const shared = fresh();
    const own = await engine.media.addPhoto({ assessmentId: gone, revision: 1 }, fresh(), knee);
    const both = await engine.media.addPhoto({ assessmentId: gone, revision: 1 }, shared, knee);
    await engine.media.addPhoto({ assessmentId: kept, revision: 1 }, shared, ankle);
    const clip = await engine.media.addClip({ assessmentId: gone, revision: 1 }, fresh());
    const hashes = await engine.stores.revisionFiles.ownedBy({ assessmentId: gone });

    await engine.assessments.delete(gone);

    expect(await engine.stores.revisionFiles.removeUnreferenced(hashes)).toBe(2);
    expect(await engine.media.isStored(own)).toBe(false);
    expect(await engine.media.isStored(clip)).toBe(false);
    expect(await engine.media.isStored(both)).toBe(true);
    expect(await engine.stores.revisionFiles.removeUnreferenced([])).toBe(0);
  });
});
