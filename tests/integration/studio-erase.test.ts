/**
 * Erase on a studio server, where colleagues keep working meanwhile and backups are the studio's:
 * a colleague adding a photo whose bytes the erased client's record also held keeps the file;
 * files left unnamed by earlier work (a removed clip) are swept with hers; and the answer names
 * the studio backups on this computer and a copy of her still in this computer's own file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudioPool } from '../../main/db/postgres/pool';
import { studioStores } from '../../main/db/postgres/stores';
import type { Records, Stores } from '../../main/db/stores/stores';
import { createAssessment } from '../../main/services/assessments';
import { createClient } from '../../main/services/clients';
import { addPhotoToAssessment } from '../../main/services/photos';
import { dataPaths, openStance } from '../../main/stance';
import { studioBackupsFolder } from '../../main/studio/studio-backup';
import type { Assessment } from '../../shared/channels/assessments';
import type { ClientErased } from '../../shared/channels/clients';
import type { ClipInfo } from '../../shared/channels/clips';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client } from '../../shared/domain/clients';
import { figurePhoto } from '../helpers/figure-photo';
import { value } from '../helpers/stance-data';
import { freshStudioDatabase } from '../helpers/store-engines';
import { openStudioRouter } from '../helpers/studio-router';
import { makeTempDir } from '../helpers/temp-dir';

let url: string;
let ana: pg.Pool;
let sam: pg.Pool;
let photo: string;
let otherPhoto: string;
const now = () => new Date();
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/video');

beforeAll(async () => {
  const studio = await freshStudioDatabase();
  url = studio.url;
  ana = studio.pool;
  sam = openStudioPool({ connectionString: url });
  photo = (await figurePhoto().jpeg().toBuffer()).toString('base64');
  otherPhoto = (await figurePhoto('#3b2a20').jpeg().toBuffer()).toString('base64');
}, 60_000);

afterAll(async () => {
  await sam?.end();
  await ana?.end();
});

const noDetails = { dateOfBirth: '', email: '', phone: '', occupation: '', notes: '' };

async function clientWithDraft(records: Records, lastName: string) {
  const client = await createClient(records, { firstName: 'Ines', lastName, ...noDetails });
  const assessment = await createAssessment(records, client.id, '2026-12-06');
  return { client, assessmentId: assessment.assessmentId };
}

const stored = async (hash: string) =>
  (await ana.query('SELECT 1 FROM photo_files WHERE hash = $1', [hash])).rowCount === 1;

/** Once a statement on the server waits for another transaction's lock; or, after 5 s, not. */
async function someoneWaitsOnALock(): Promise<'waiting' | 'nobody waited'> {
  for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
    const waiting = await ana.query(
      "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (waiting.rowCount) return 'waiting';
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return 'nobody waited';
}

function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Stores whose transactions stop once the file is stored, before the row naming it. */
function pausedAfterPut(stores: Stores, put: () => void, resume: Promise<void>): Stores {
  return {
    ...stores,
    transaction: (work) =>
      stores.transaction((inside) =>
        work({
          ...inside,
          files: {
            ...inside.files,
            put: async (bytes, mediaType) => {
              const hash = await inside.files.put(bytes, mediaType);
              put();
              await resume;
              return hash;
            },
          },
        }),
      ),
  };
}

describe('erasing a client on a studio server', () => {
  it('keeps a file a colleague is adding to another record at that moment', async () => {
    const anaRecords = { stores: studioStores(ana), now };
    const her = await clientWithDraft(anaRecords, 'Quillfeather');
    const herPhoto = await addPhotoToAssessment(anaRecords, {
      assessmentId: her.assessmentId,
      view: 'anterior',
      fileName: 'front.jpg',
      dataBase64: photo,
    });
    const bob = await clientWithDraft(anaRecords, 'Stone');

    // Sam adds the same photo to Bob's record: the file is already stored, so only his row will
    // name it, and his transaction is still open when Ana's erase sweeps.
    const putDone = gate();
    const resume = gate();
    const adding = addPhotoToAssessment(
      { stores: pausedAfterPut(studioStores(sam), putDone.open, resume.opened), now },
      { assessmentId: bob.assessmentId, view: 'anterior', fileName: 'same.jpg', dataBase64: photo },
    );
    await putDone.opened;

    const erasing = studioStores(ana).erasure.erase(her.client.id);
    const first = await Promise.race([
      erasing.then(() => 'erased' as const),
      someoneWaitsOnALock(),
    ]);
    expect(first).toBe('waiting');
    resume.open();
    const bobsPhoto = await adding;
    expect(bobsPhoto.hash).toBe(herPhoto.hash);
    await expect(erasing).resolves.toEqual({ erasedFiles: 0, place: 'studio' });

    expect(await stored(herPhoto.hash)).toBe(true);
    const served = await studioStores(ana).files.referencedMediaType(herPhoto.hash);
    expect(served).toBe('image/jpeg');
  });

  it('sweeps the files earlier work left unnamed along with hers', async () => {
    const dataDir = makeTempDir('stance-studio-erase-');
    const studio = await openStudioRouter({ dataDir: dataDir.dir, pool: ana, now });
    try {
      const route = studio.route;
      const bob = value<Client>(
        await route('clients:create', { firstName: 'Bob', lastName: 'Stoneleigh' }),
      );
      const assessment = value<Assessment>(
        await route('assessments:create', { clientId: bob.id, assessedOn: '2026-12-01' }),
      );
      const clip = value<ClipInfo>(
        await route('clips:add', {
          assessmentId: assessment.assessmentId,
          tag: { screen: 'overhead-squat', view: 'front', side: null },
          fileName: 'squat.webm',
          data: fs.readFileSync(path.join(fixtures, 'small.webm')),
        }),
      );
      value(await route('clips:remove', { id: clip.id }));
      expect(await stored(clip.hash)).toBe(true);

      const her = value<Client>(
        await route('clients:create', { firstName: 'Ada', lastName: 'Quill' }),
      );
      const herDraft = value<Assessment>(
        await route('assessments:create', { clientId: her.id, assessedOn: '2026-12-02' }),
      );
      const herPhoto = value<PhotoInfo>(
        await route('photos:add', {
          assessmentId: herDraft.assessmentId,
          view: 'anterior',
          fileName: 'front.jpg',
          dataBase64: otherPhoto,
        }),
      );

      const erased = value<ClientErased>(
        await route('clients:erase', { id: her.id, confirmName: 'Ada Quill' }),
      );
      expect(erased.erasedPhotos).toBe(1);
      expect(await stored(herPhoto.hash)).toBe(false);
      expect(await stored(clip.hash)).toBe(false);
    } finally {
      studio.close();
      dataDir.cleanup();
    }
  });

  it('names the studio backups on this computer and her copy still in this computer’s file', async () => {
    const dataDir = makeTempDir('stance-studio-erase-');
    try {
      // She was in this computer's file before the move; the move leaves the file as it was.
      const local = await openStance({ dataDir: dataDir.dir, appVersion: 'test' });
      const her = value<Client>(
        await local.route('clients:create', { firstName: 'Zoë', lastName: 'Nowak' }),
      );
      local.close();
      await studioStores(ana).clients.insert(her);
      const dumps = studioBackupsFolder(dataPaths(dataDir.dir).backups);
      fs.mkdirSync(dumps, { recursive: true });
      for (const name of ['studio-stance-1.dump', 'studio-stance-2.dump', 'notes.txt'])
        fs.writeFileSync(path.join(dumps, name), 'PGDMP');

      const studio = await openStudioRouter({ dataDir: dataDir.dir, pool: ana, now });
      try {
        const erased = value<ClientErased>(
          await studio.route('clients:erase', { id: her.id, confirmName: 'Zoë Nowak' }),
        );
        expect(erased.remainingCopies).toBe(
          'Zoë Nowak is erased from the studio database. Backups of it made before now still hold Zoë Nowak’s record: the 2 studio backups in this computer’s backups folder (backups/studio), studio backups made on other computers, and the backups the server keeps itself. Stance does not change backups of the studio database; the studio’s owner decides whether to delete or keep them. Zoë Nowak is also still in this computer’s own file, where the record was before it moved to the studio. To erase it there, go back to this computer’s file in Settings → Studio database and erase Zoë Nowak again.',
        );
        expect(await studioStores(ana).clients.find(her.id)).toBeUndefined();
      } finally {
        studio.close();
      }
    } finally {
      dataDir.cleanup();
    }
  });
});
