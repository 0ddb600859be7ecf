/**
 * Two practitioners on one studio server, one adding a photo to a draft while the other
 * finalizes it. Under READ COMMITTED a photo row's foreign key does not make a finalize wait, so
 * without a lock the photo could land on a revision that had just been signed off. The add takes
 * its draft check with FOR SHARE on the revision: a finalize waits for the add to commit (the
 * photo is then part of what was signed off), and an add that comes second waits for the finalize
 * and is refused in plain words. Only the revision is held, so her own autosave arriving at that
 * moment waits its turn instead of deadlocking with the add.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudioPool } from '../../main/db/postgres/pool';
import { studioStores } from '../../main/db/postgres/stores';
import type { Records, Stores } from '../../main/db/stores/stores';
import {
  createAssessment,
  finalizeAssessment,
  requireAssessment,
  saveDraft,
} from '../../main/services/assessments';
import { createClient } from '../../main/services/clients';
import { addPhotoToAssessment } from '../../main/services/photos';
import { figurePhoto } from '../helpers/figure-photo';
import { freshStudioDatabase } from '../helpers/store-engines';

let ana: pg.Pool;
let sam: pg.Pool;
let photo: string;
const now = () => new Date();

beforeAll(async () => {
  const studio = await freshStudioDatabase();
  ana = studio.pool;
  sam = openStudioPool({ connectionString: studio.url });
  photo = (await figurePhoto().jpeg().toBuffer()).toString('base64');
}, 60_000);

afterAll(async () => {
  await sam?.end();
  await ana?.end();
});

/** A client with a fresh draft assessment. */
async function draftAssessment(): Promise<string> {
  const records = { stores: studioStores(ana), now };
  const client = await createClient(records, {
    firstName: 'Ines',
    lastName: 'Moreau',
    dateOfBirth: '',
    email: '',
    phone: '',
    occupation: '',
    notes: '',
  });
  return (await createAssessment(records, client.id, '2026-12-06')).assessmentId;
}

function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

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

/** Ana's stores, whose transactions stop just after the draft check, before the file is stored. */
function pausedAfterCheck(stores: Stores, checked: () => void, resume: Promise<void>): Stores {
  return {
    ...stores,
    transaction: (work) =>
      stores.transaction((inside) =>
        work({
          ...inside,
          files: {
            ...inside.files,
            put: async (bytes, mediaType) => {
              checked();
              await resume;
              return inside.files.put(bytes, mediaType);
            },
          },
        }),
      ),
  };
}

/**
 * A pool whose transactions stop once, right after their first statement that takes a share
 * lock, until `resume`: the moment between the photo's draft check taking its first lock and
 * whatever it takes next.
 */
function pausedAfterFirstShareLock(pool: pg.Pool, paused: () => void, resume: Promise<void>) {
  let stopped = false;
  return new Proxy(pool, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      // The pool's own methods run on the pool itself: its query() checks out a connection
      // through its own connect(), with a callback, which this stop is not for.
      if (key !== 'connect')
        return typeof value === 'function' ? (value.bind(target) as unknown) : value;
      return async () => {
        const client = await target.connect();
        const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
        return Object.assign(client, {
          query: async (...args: unknown[]) => {
            const result = await query(...args);
            if (!stopped && typeof args[0] === 'string' && /FOR SHARE/.test(args[0])) {
              stopped = true;
              paused();
              await resume;
            }
            return result;
          },
        });
      };
    },
  });
}

const photoCount = async (assessmentId: string) =>
  (
    await ana.query<{ n: number; status: string }>(
      `SELECT r.status, count(p.id)::int AS n FROM assessment_revisions r
       LEFT JOIN photos p ON p.assessment_id = r.assessment_id AND p.revision = r.revision
       WHERE r.assessment_id = $1 GROUP BY r.status`,
      [assessmentId],
    )
  ).rows;

describe('a photo added while a colleague finalizes, on a studio server', () => {
  it('holds the finalize until the photo is in, so the signed-off revision is what was checked', async () => {
    const id = await draftAssessment();
    const checked = gate();
    const resume = gate();
    const anaRecords: Records = {
      stores: pausedAfterCheck(studioStores(ana), checked.open, resume.opened),
      now,
    };
    const adding = addPhotoToAssessment(anaRecords, {
      assessmentId: id,
      view: 'anterior',
      fileName: 'front.jpg',
      dataBase64: photo,
    });
    await checked.opened;

    const finalizing = finalizeAssessment({ stores: studioStores(sam), now }, id, 1);
    const first = await Promise.race([
      finalizing.then(() => 'finalized' as const),
      someoneWaitsOnALock(),
    ]);
    expect(first).toBe('waiting');

    resume.open();
    await expect(adding).resolves.toMatchObject({ assessmentId: id, revision: 1 });
    await expect(finalizing).resolves.toMatchObject({ status: 'final' });
    expect(await photoCount(id)).toEqual([{ status: 'final', n: 1 }]);
  });

  it('refuses a photo whose check waited for a colleague’s finalize, and adds nothing', async () => {
    const id = await draftAssessment();
    const finalized = gate();
    const commit = gate();
    const signingOff = studioStores(sam).transaction(async (inside) => {
      await inside.assessments.finalize(
        id,
        1,
        { firstName: 'Ines', lastName: 'Moreau', dateOfBirth: '' },
        now().toISOString(),
      );
      finalized.open();
      await commit.opened;
    });
    await finalized.opened;

    const adding = addPhotoToAssessment(
      { stores: studioStores(ana), now },
      { assessmentId: id, view: 'anterior', fileName: 'front.jpg', dataBase64: photo },
    );
    adding.catch(() => undefined);
    const first = await Promise.race([
      adding.then(
        () => 'added' as const,
        () => 'refused' as const,
      ),
      someoneWaitsOnALock(),
    ]);
    expect(first).toBe('waiting');

    commit.open();
    await signingOff;
    await expect(adding).rejects.toMatchObject({
      code: 'conflict',
      message:
        'This assessment is finalized, so its photos cannot be changed. Amend it first, then add or change photos.',
    });
    expect(await photoCount(id)).toEqual([{ status: 'final', n: 0 }]);
  });

  it('adds the photo and saves the draft typed meanwhile, neither waiting on the other for ever', async () => {
    const id = await draftAssessment();
    const paused = gate();
    const resume = gate();
    const adding = addPhotoToAssessment(
      { stores: studioStores(pausedAfterFirstShareLock(ana, paused.open, resume.opened)), now },
      { assessmentId: id, view: 'anterior', fileName: 'front.jpg', dataBase64: photo },
    );
    await paused.opened;

    // Her autosave arrives while the photo's check holds its first lock.
    const records = { stores: studioStores(sam), now };
    const draft = await requireAssessment(records.stores, id);
    const saving = saveDraft(records, {
      id,
      revision: draft.revision,
      assessedOn: draft.assessedOn,
      body: { ...draft.body, notes: 'Typed while the photo went in.' },
      expectedUpdatedAt: draft.updatedAt,
    });
    saving.catch(() => undefined);
    expect(await someoneWaitsOnALock()).toBe('waiting');

    resume.open();
    await expect(adding).resolves.toMatchObject({ assessmentId: id, revision: 1 });
    await expect(saving).resolves.toMatchObject({ revision: 1 });
    expect(await photoCount(id)).toEqual([{ status: 'draft', n: 1 }]);
    expect((await requireAssessment(records.stores, id)).body.notes).toBe(
      'Typed while the photo went in.',
    );
  });
});
