/**
 * A finalized assessment is a clinical record: what was signed off reads the same later, whatever
 * happens in an amendment or to the client's details. The real router on a real SQLite file and a
 * real photo folder, step by step as the practitioner works.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referencedHashes } from '../../main/db/file-references';
import { exportClientRecord } from '../../main/exports/record-export';
import { importClientRecord } from '../../main/exports/record-import';
import { sweepOrphanPhotos } from '../../main/photos/photos';
import { openStance, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { ClientReportData } from '../../shared/channels/reports';
import type { AssessmentListItem, AssessmentRevisionInfo } from '../../shared/domain/assessments';
import type { Client } from '../../shared/domain/clients';
import type { LandmarkSet, PhotoView } from '../../shared/domain/photo-views';
import { figurePhoto } from '../helpers/figure-photo';
import { value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

beforeEach(async () => {
  temp = makeTempDir('stance-finalized-');
  core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const call = async <T>(channel: string, payload: unknown): Promise<T> =>
  value<T>(await core.route(channel, payload));

const knees = (x: number): LandmarkSet => ({
  points: { 'knee-left': { x, y: 600 }, 'knee-right': { x: x + 80, y: 600 } },
});

async function addPhoto(assessmentId: string, view: PhotoView, skin: string): Promise<PhotoInfo> {
  const jpeg = await figurePhoto(skin).jpeg().toBuffer();
  return call<PhotoInfo>('photos:add', {
    assessmentId,
    view,
    fileName: `${view}.jpg`,
    dataBase64: jpeg.toString('base64'),
  });
}

/** A client with one assessment: a front photo with two landmarks, finalized. */
async function finalizedWithPhoto() {
  const client = await call<Client>('clients:create', {
    firstName: 'Maren',
    lastName: 'Holt',
    dateOfBirth: '1980-06-15',
  });
  const created = await call<Assessment>('assessments:create', {
    clientId: client.id,
    assessedOn: '2026-03-10',
  });
  const id = created.assessmentId;
  const front = await addPhoto(id, 'anterior', '#6f5646');
  const placed = await call<PhotoInfo>('photos:saveLandmarks', {
    id: front.id,
    landmarks: knees(250),
  });
  await call<Assessment>('assessments:finalize', { id, revision: 1 });
  return { client, id, front: placed };
}

const photosOf = (assessmentId: string, revision?: number) =>
  call<PhotoInfo[]>('photos:listForAssessment', { assessmentId, ...(revision && { revision }) });
const reportOf = (clientId: string, assessmentId: string, revision?: number) =>
  call<ClientReportData>('reports:clientReport', {
    clientId,
    assessmentId,
    ...(revision && { revision }),
  });

/** What a practitioner sees of a photo: which picture, which view, where the landmarks are. */
const seen = (photos: readonly PhotoInfo[]) =>
  photos.map(({ hash, view, landmarks }) => ({ hash, view, landmarks }));

describe('a finalized assessment', () => {
  it('still shows its own front photo and landmark after an amendment that changed them is discarded', async () => {
    const { client, id, front } = await finalizedWithPhoto();
    const before = await reportOf(client.id, id);

    await call<Assessment>('assessments:amend', { id, reason: 'Knee landmark was misplaced.' });
    const [copy] = await photosOf(id);
    expect(copy?.landmarks).toEqual(front.landmarks);
    await call<PhotoInfo>('photos:saveLandmarks', { id: copy?.id, landmarks: knees(300) });
    const second = await addPhoto(id, 'posterior', '#4a3a30');
    await call('photos:remove', { id: copy?.id });
    expect(seen(await photosOf(id))).toEqual(seen([second]));
    await call('assessments:discardDraft', { id });

    const history = await call<AssessmentRevisionInfo[]>('assessments:history', { id });
    expect(history.map(({ revision, status }) => ({ revision, status }))).toEqual([
      { revision: 1, status: 'final' },
    ]);
    const photos = await photosOf(id);
    expect(photos).toEqual([front]);
    const after = await reportOf(client.id, id);
    expect(seen(after.photos)).toEqual(seen([front]));
    expect(after).toEqual(before);

    // The original file stays; the one only the discarded amendment used is gone.
    expect(core.session!.photos.has(front.hash)).toBe(true);
    expect(core.session!.photos.has(second.hash)).toBe(false);
  });

  it('counts, in the client’s list of assessments, the photos of the revision she sees', async () => {
    const { client, id, front } = await finalizedWithPhoto();
    const photoCount = async () =>
      (await call<AssessmentListItem[]>('assessments:listForClient', { clientId: client.id })).map(
        (item) => item.photoCount,
      );
    expect(await photoCount()).toEqual([1]);

    await call<Assessment>('assessments:amend', { id, reason: 'Two more views.' });
    await addPhoto(id, 'posterior', '#4a3a30');
    await addPhoto(id, 'left-lateral', '#4a3a30');
    expect(await photoCount()).toEqual([3]);
    await call('assessments:discardDraft', { id });
    expect(await photoCount()).toEqual([1]);
    expect(await photosOf(id)).toEqual([front]);
  });

  it('refuses a change to its photos even while an amendment is open, and keeps them when the amendment is finalized', async () => {
    const { client, id, front } = await finalizedWithPhoto();
    await call<Assessment>('assessments:amend', { id, reason: 'Knee landmark was misplaced.' });

    const refused = await core.route('photos:saveLandmarks', { id: front.id, landmarks: knees(1) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/earlier revision/);
    expect((await core.route('photos:remove', { id: front.id })).ok).toBe(false);

    const [copy] = await photosOf(id);
    const moved = await call<PhotoInfo>('photos:saveLandmarks', {
      id: copy?.id,
      landmarks: knees(300),
    });
    await call<Assessment>('assessments:finalize', { id, revision: 2 });

    expect(await photosOf(id, 1)).toEqual([front]);
    expect(await photosOf(id, 2)).toEqual([moved]);
    expect(seen((await reportOf(client.id, id, 1)).photos)).toEqual(seen([front]));
    expect(seen((await reportOf(client.id, id)).photos)).toEqual(seen([moved]));
    const db = core.session!.db;
    expect(() =>
      db.prepare("UPDATE photos SET landmarks = '{}' WHERE id = ?").run(moved.id),
    ).toThrow(/finalized assessment cannot be changed/);
  });

  it('prints the same report after the client’s birth date and name change and the live photos are edited', async () => {
    const { client, id } = await finalizedWithPhoto();
    const printed = await reportOf(client.id, id);
    expect(printed.ageYears).toBe(45);
    expect(printed.client.dateOfBirth).toBe('1980-06-15');
    expect(printed.assessment.rulesVersion).toMatch(/\S/);

    await call<Client>('clients:update', {
      id: client.id,
      firstName: 'Maren',
      lastName: 'Holt-Berg',
      dateOfBirth: '1990-01-01',
    });
    await call<Assessment>('assessments:amend', { id, reason: 'Birth date was wrong.' });
    const [copy] = await photosOf(id);
    await call<PhotoInfo>('photos:saveLandmarks', { id: copy?.id, landmarks: knees(320) });
    await addPhoto(id, 'left-lateral', '#4a3a30');

    // The amendment is the current revision and shows the new details and photos...
    const draft = await reportOf(client.id, id);
    expect(draft.client.lastName).toBe('Holt-Berg');
    expect(draft.ageYears).toBe(36);
    expect(draft.photos).toHaveLength(2);
    // ...while the finalized revision prints exactly as it did.
    const again = await reportOf(client.id, id, 1);
    expect({ ...again, client: { ...again.client, updatedAt: '' }, history: [] }).toEqual({
      ...printed,
      client: { ...printed.client, updatedAt: '' },
      history: [],
    });
  });
});

describe('the photo folder', () => {
  it('keeps a file that only an earlier finalized revision still shows when unused files are swept', async () => {
    const { id, front } = await finalizedWithPhoto();
    await call<Assessment>('assessments:amend', { id, reason: 'Retook the front photo.' });
    const [copy] = await photosOf(id);
    await call('photos:remove', { id: copy?.id });
    const retaken = await addPhoto(id, 'anterior', '#5b463a');
    await call<Assessment>('assessments:finalize', { id, revision: 2 });

    const session = core.session!;
    expect(referencedHashes(session.db)).toEqual(new Set([front.hash, retaken.hash]));
    const removed = sweepOrphanPhotos(session.db, session.photos, new Date(), 0);
    expect(removed).toEqual([]);
    expect(fs.existsSync(session.photos.pathOf(front.hash))).toBe(true);
    expect(await photosOf(id, 1)).toEqual([front]);
  });
});

describe('a client record carried to another Stance', () => {
  /** Exports the client, erases nothing, and imports the file into a second, empty data folder. */
  async function carried(client: Client, edit: (record: Record<string, unknown>) => void) {
    const file = path.join(temp.dir, 'maren.stance-client.json');
    await exportClientRecord(core.session!, client, file, 'test');
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(record);
    fs.writeFileSync(file, JSON.stringify(record));
    const other = makeTempDir('stance-finalized-other-');
    const target = await openStance({ dataDir: other.dir, appVersion: 'test' });
    await importClientRecord(() => target.session!, file);
    return {
      photos: async (assessmentId: string, revision?: number) =>
        value<PhotoInfo[]>(
          await target.route('photos:listForAssessment', {
            assessmentId,
            ...(revision && { revision }),
          }),
        ),
      report: async (assessmentId: string, revision?: number) =>
        value<ClientReportData>(
          await target.route('reports:clientReport', {
            clientId: client.id,
            assessmentId,
            ...(revision && { revision }),
          }),
        ),
      close: () => {
        target.close();
        other.cleanup();
      },
    };
  }

  // Import remakes every photo as one she adds, so its file (hash and size) is new; the rest holds.
  const asRemade = ({ hash: _hash, bytes: _bytes, ...rest }: PhotoInfo) => rest;

  it('keeps each revision’s own photos, landmarks and client details', async () => {
    const { client, id, front } = await finalizedWithPhoto();
    await call<Assessment>('assessments:amend', { id, reason: 'Knee landmark was misplaced.' });
    const [copy] = await photosOf(id);
    const moved = await call<PhotoInfo>('photos:saveLandmarks', {
      id: copy?.id,
      landmarks: knees(300),
    });
    await call<Client>('clients:update', {
      id: client.id,
      firstName: 'Maren',
      lastName: 'Holt',
      dateOfBirth: '1991-02-02',
    });
    const printedHere = await reportOf(client.id, id, 1);

    const there = await carried(client, () => undefined);
    try {
      expect((await there.photos(id, 1)).map(asRemade)).toEqual([asRemade(front)]);
      expect((await there.photos(id)).map(asRemade)).toEqual([asRemade(moved)]);
      const printedThere = await there.report(id, 1);
      expect(printedThere.client.dateOfBirth).toBe('1980-06-15');
      expect(printedThere.ageYears).toBe(printedHere.ageYears);
      expect(printedThere.photos.map((photo) => photo.view)).toEqual(
        printedHere.photos.map((photo) => photo.view),
      );
    } finally {
      there.close();
    }
  });

  it('reads a file from before photos had revisions: they go to each assessment’s current revision', async () => {
    const { client, id, front } = await finalizedWithPhoto();
    const there = await carried(client, (record) => {
      for (const photo of record.photos as Record<string, unknown>[]) delete photo.revision;
      for (const assessment of record.assessments as { revisions: Record<string, unknown>[] }[])
        for (const revision of assessment.revisions) delete revision.clientSnapshot;
    });
    try {
      expect((await there.photos(id)).map(asRemade)).toEqual([asRemade(front)]);
    } finally {
      there.close();
    }
  });
});
