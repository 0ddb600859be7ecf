/**
 * Erasing a client on either engine, through Stance's real router: she is gone from search and
 * from every table, her own photos and clips are gone from the stored files while a photo another
 * client also uses stays, a studio's server writes the erase to its audit trail under the
 * signed-in role and says which backups of the server still hold her, and a name typed wrong
 * changes nothing. (erase.test.ts proves the SQLite file's bytes, WAL and backups are clean.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/channels/assessments';
import type { ClientErased } from '../../shared/channels/clients';
import type { ClipInfo } from '../../shared/channels/clips';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client, ClientSummary } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import { figurePhoto } from '../helpers/figure-photo';
import { serviceEngines, type CountedTable, type ServiceEngine } from '../helpers/service-engines';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/video');
const clipBytes = fs.readFileSync(path.join(fixtures, 'small.webm'));
const FRONT = { screen: 'overhead-squat', view: 'front', side: null } as const;
const TABLES: CountedTable[] = [
  'clients',
  'assessments',
  'assessment_revisions',
  'photos',
  'clips',
  'programs',
  'program_items',
];

let herPhoto: string;
let sharedPhoto: string;

beforeAll(async () => {
  herPhoto = (await figurePhoto('#6f5646').jpeg().toBuffer()).toString('base64');
  sharedPhoto = (await figurePhoto('#3b2a20').jpeg().toBuffer()).toString('base64');
});

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe.each(Object.entries(serviceEngines))('erasing a client on %s', (_name, open) => {
  let engine: ServiceEngine;
  let her: Client;
  let bob: Client;
  /** The stored files of her photo, her clip, and the photo Bob's record also uses. */
  let files: { photo: string; clip: string; shared: string };

  const call = <T>(channel: string, payload: unknown) => ok<T>(engine.route(channel, payload));
  const found = async (query: string) =>
    (await call<ClientSummary[]>('clients:list', { query })).map((c) => c.lastName);
  const stored = (hash: string) => engine.records()!.stores.files.has(hash);
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(TABLES.map(async (table) => [table, await engine.countRows(table)])),
    ) as Record<CountedTable, number>;

  async function draftFor(client: Client, assessedOn: string): Promise<string> {
    const assessment = await call<Assessment>('assessments:create', {
      clientId: client.id,
      assessedOn,
    });
    return assessment.assessmentId;
  }

  const addPhoto = (assessmentId: string, dataBase64: string) =>
    call<PhotoInfo>('photos:add', {
      assessmentId,
      view: 'anterior',
      fileName: 'front.jpg',
      dataBase64,
    });

  beforeEach(async () => {
    engine = await open();
    her = await call<Client>('clients:create', {
      firstName: 'Ottoline',
      lastName: 'Quillfeather',
      email: 'ottoline.q@example.com',
      notes: 'Quillfeather family: mother also seen here.',
    });
    bob = await call<Client>('clients:create', { firstName: 'Bob', lastName: 'Stone' });

    const first = await draftFor(her, '2026-06-01');
    const photo = await addPhoto(first, herPhoto);
    const clip = await call<ClipInfo>('clips:add', {
      assessmentId: first,
      tag: FRONT,
      fileName: 'squat.webm',
      data: clipBytes,
    });
    // Finalized and amended: the erase takes final revisions too, which nothing else may delete.
    await call('assessments:finalize', { id: first, revision: 1 });
    await call('assessments:amend', { id: first, reason: 'Ankle measured again.' });
    const shared = await addPhoto(await draftFor(her, '2026-06-02'), sharedPhoto);
    const bobs = await addPhoto(await draftFor(bob, '2026-06-03'), sharedPhoto);
    expect(bobs.hash).toBe(shared.hash);
    await call('programs:save', {
      clientId: her.id,
      title: 'Home exercises',
      notes: '',
      items: [
        {
          exerciseId: 'short-foot',
          dosage: {
            kind: 'reps',
            sets: 2,
            reps: 10,
            perSide: false,
            timesPerDay: 1,
            daysPerWeek: 5,
          },
          notes: '',
        },
      ],
    });
    files = { photo: photo.hash, clip: clip.hash, shared: shared.hash };
  });
  afterEach(() => engine.close());

  it('leaves nothing of her in search or in any table, and only the files she alone used go', async () => {
    const before = await counts();
    expect(before).toMatchObject({ clients: 2, assessments: 3, photos: 4, clips: 2, programs: 1 });

    const erased = await call<ClientErased>('clients:erase', {
      id: her.id,
      confirmName: ' ottoline  QUILLFEATHER ',
    });

    expect(erased.erasedPhotos).toBe(2);
    expect(await found('Quillfeather')).toEqual([]);
    expect(await found('ottoline')).toEqual([]);
    expect(await found('mother')).toEqual([]);
    expect(await found('stone')).toEqual(['Stone']);
    expect(await engine.route('clients:get', { id: her.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // Bob's client, assessment, revision and photo are what is left.
    expect(await counts()).toEqual({
      clients: 1,
      assessments: 1,
      assessment_revisions: 1,
      photos: 1,
      clips: 0,
      programs: 0,
      program_items: 0,
    });
    expect(await stored(files.photo)).toBe(false);
    expect(await stored(files.clip)).toBe(false);
    expect(await stored(files.shared)).toBe(true);
  });

  it('says where she may still be, and on a server writes the erase to the audit trail under the signed-in role', async () => {
    const erased = await call<ClientErased>('clients:erase', {
      id: her.id,
      confirmName: 'Ottoline Quillfeather',
    });
    const trail = await engine.auditTrail();
    if (engine.savedBy === null) {
      expect(erased).toEqual({
        erasedPhotos: 2,
        backupsRewritten: 0,
        backupsStillHolding: [],
        remainingCopies: null,
      });
      expect(trail).toBeNull();
      return;
    }
    expect(erased).toEqual({
      erasedPhotos: 2,
      backupsRewritten: 0,
      backupsStillHolding: [],
      remainingCopies:
        'Ottoline Quillfeather is erased from the studio database. Backups of it made before now still hold Ottoline Quillfeather’s record: studio backups made on other computers, and the backups the server keeps itself. Stance does not change backups of the studio database; the studio’s owner decides whether to delete or keep them.',
    });
    expect(trail?.filter((event) => event.clientId === her.id).at(-1)).toEqual({
      actor: engine.savedBy,
      action: 'erase',
      clientId: her.id,
    });
    expect(trail?.filter((event) => event.action === 'erase')).toHaveLength(1);
  });

  it('changes nothing when the name typed is not hers', async () => {
    const before = await counts();
    const trailBefore = await engine.auditTrail();
    const answer = await engine.route('clients:erase', {
      id: her.id,
      confirmName: 'Ottoline Quillfeathers',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'To erase this client, type their full name exactly: Ottoline Quillfeather.',
      },
    });
    expect(await counts()).toEqual(before);
    expect(await found('Quillfeather')).toEqual(['Quillfeather']);
    for (const hash of Object.values(files)) expect(await stored(hash)).toBe(true);
    expect(await engine.auditTrail()).toEqual(trailBefore);
  });
});
