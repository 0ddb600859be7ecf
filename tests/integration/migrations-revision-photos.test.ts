/**
 * Migration 7 on the data a practitioner had before it: finalized assessments with photos whose
 * rows belonged to the whole assessment. After the upgrade each finalized assessment still shows
 * its photos and landmarks, and from then on they are its own: an amendment that changes them and
 * is discarded leaves them as they were.
 */
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrateDatabase } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { openStance, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { ClientReportData } from '../../shared/channels/reports';
import type { Client } from '../../shared/domain/clients';
import { value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir('stance-migration-7-');
});
afterEach(() => temp.cleanup());

const ids = {
  client: 'c0000000-0000-4000-8000-0000000000a1',
  signed: 'a0000000-0000-4000-8000-0000000000a1',
  twice: 'a0000000-0000-4000-8000-0000000000a2',
  open: 'a0000000-0000-4000-8000-0000000000a3',
  photo: (n: number) => `f0000000-0000-4000-8000-00000000000${n}`,
};
const hash = (digit: string) => digit.repeat(64);
const kneeAt = (x: number) => JSON.stringify({ points: { 'knee-left': { x, y: 600 } } });

/** A database built by the real migrations up to 6, holding what the practitioner had then. */
async function databaseBeforeMigration7(file: string): Promise<void> {
  const db = openDatabase(file);
  await migrateDatabase(db, {
    file,
    backupsDir: path.join(temp.dir, 'backups'),
    migrations: migrations.slice(0, 6),
  });
  db.transaction(() => {
    db.prepare(
      `INSERT INTO clients (id, first_name, last_name, date_of_birth, created_at, updated_at)
       VALUES (?, 'Ines', 'Duarte', '1975-04-20', 't', 't')`,
    ).run(ids.client);
    const header = db.prepare(
      'INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const revision = db.prepare(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version,
         rules_version, amendment_reason, created_at, updated_at, finalized_at)
       VALUES (?, ?, ?, ?, '{"schemaVersion":1}', 1, 'clinical-rules-1', '', 't', 't', ?)`,
    );
    const photo = db.prepare(
      `INSERT INTO photos (id, assessment_id, hash, view, media_type, width, height, bytes, landmarks, created_at)
       VALUES (?, ?, ?, ?, 'image/jpeg', 600, 900, 5000, ?, ?)`,
    );
    // Finalized once.
    header.run(ids.signed, ids.client, 1, '2025-09-01', 't1');
    revision.run(ids.signed, 1, 'final', '2025-09-01', 't');
    photo.run(ids.photo(1), ids.signed, hash('1'), 'anterior', kneeAt(250), 't1');
    photo.run(ids.photo(2), ids.signed, hash('2'), 'posterior', '{"points":{}}', 't2');
    // Amended and finalized again.
    header.run(ids.twice, ids.client, 2, '2025-10-01', 't2');
    revision.run(ids.twice, 1, 'final', '2025-10-01', 't');
    revision.run(ids.twice, 2, 'final', '2025-10-01', 't');
    photo.run(ids.photo(3), ids.twice, hash('3'), 'anterior', kneeAt(260), 't3');
    // Finalized, with an amendment open.
    header.run(ids.open, ids.client, 2, '2025-11-01', 't3');
    revision.run(ids.open, 1, 'final', '2025-11-01', 't');
    revision.run(ids.open, 2, 'draft', '2025-11-01', null);
    photo.run(ids.photo(4), ids.open, hash('4'), 'anterior', kneeAt(270), 't4');
  })();
  db.close();
}

it('keeps every finalized assessment’s photos and landmarks, now its own, through migration 7', async () => {
  await databaseBeforeMigration7(path.join(temp.dir, 'stance.db'));
  const core: StanceCore = await openStance({ dataDir: temp.dir, appVersion: 'test' });
  try {
    expect(core.status.state).toBe('ready');
    const call = async <T>(channel: string, payload: unknown) =>
      value<T>(await core.route(channel, payload));
    const photos = async (assessmentId: string, revision?: number) =>
      (
        await call<PhotoInfo[]>('photos:listForAssessment', {
          assessmentId,
          ...(revision && { revision }),
        })
      ).map((photo) => ({ id: photo.id, hash: photo.hash, landmarks: photo.landmarks }));
    const knee = (x: number) => ({ points: { 'knee-left': { x, y: 600 } } });

    // Each finalized assessment shows what it showed before, at its current revision.
    const signed = await photos(ids.signed);
    expect(signed).toEqual([
      { id: ids.photo(1), hash: hash('1'), landmarks: knee(250) },
      { id: ids.photo(2), hash: hash('2'), landmarks: { points: {} } },
    ]);
    expect(await photos(ids.twice)).toEqual([
      { id: ids.photo(3), hash: hash('3'), landmarks: knee(260) },
    ]);
    // The open amendment keeps the rows; the finalized revision under it gets its own copies.
    expect(await photos(ids.open)).toEqual([
      { id: ids.photo(4), hash: hash('4'), landmarks: knee(270) },
    ]);
    const underneath = await photos(ids.open, 1);
    expect(underneath.map(({ id: _id, ...rest }) => rest)).toEqual([
      { hash: hash('4'), landmarks: knee(270) },
    ]);

    // From now on an amendment that moves a landmark and drops a photo, then is discarded,
    // leaves the finalized assessment as it was.
    await call<Assessment>('assessments:amend', { id: ids.signed, reason: 'Checking the knee.' });
    const [copy, back] = await photos(ids.signed);
    await call('photos:saveLandmarks', { id: copy?.id, landmarks: knee(300) });
    await call('photos:remove', { id: back?.id });
    await call('assessments:discardDraft', { id: ids.signed });
    expect(await photos(ids.signed)).toEqual(signed);

    await call('photos:saveLandmarks', { id: ids.photo(4), landmarks: knee(280) });
    await call('assessments:discardDraft', { id: ids.open });
    expect((await photos(ids.open)).map(({ id: _id, ...rest }) => rest)).toEqual([
      { hash: hash('4'), landmarks: knee(270) },
    ]);

    // The finalized report keeps the client's details as they were at the upgrade.
    await call<Client>('clients:update', {
      id: ids.client,
      firstName: 'Ines',
      lastName: 'Duarte',
      dateOfBirth: '1985-04-20',
    });
    const report = await call<ClientReportData>('reports:clientReport', {
      clientId: ids.client,
      assessmentId: ids.signed,
    });
    expect(report.client.dateOfBirth).toBe('1975-04-20');
    expect(report.ageYears).toBe(50);
    expect(report.photos.map((photo) => photo.id)).toEqual([ids.photo(1), ids.photo(2)]);
  } finally {
    core.close();
  }
});
