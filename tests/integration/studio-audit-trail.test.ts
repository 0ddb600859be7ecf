/**
 * The studio owner's view of the audit trail through Stance's real router, on the connection
 * saved in Settings, against a real PostgreSQL server that asks for passwords. The trail itself
 * is written by the server (tests/helpers/audit-studio.ts); here it is read: newest first, names
 * joined, by practitioner and by client, a page at a time, and refused to anyone but the owner.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { studioMigrations } from '../../main/db/postgres/migrations';
import { openStance, type StanceCore } from '../../main/stance';
import type { AuditEvent, AuditTrailPage } from '../../shared/domain/audit-trail';
import { startAuditStudio, type AuditStudio, type StudioPerson } from '../helpers/audit-studio';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost } from '../helpers/test-host';

let studio: AuditStudio;
let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

beforeAll(async () => {
  studio = await startAuditStudio();
}, 60_000);
afterAll(() => studio?.stop());

beforeEach(async () => {
  temp = makeTempDir();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', host: createTestHost() });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

async function signInAs(person: StudioPerson): Promise<void> {
  const saved = await core.route('studio:save', studio.connectionFor(person));
  if (!saved.ok) throw new Error(saved.error.message);
}

async function trail(request: object = {}): Promise<AuditTrailPage> {
  const result = await core.route('audit:trail', request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as AuditTrailPage;
}

const brief = (events: readonly AuditEvent[]) =>
  events.map((e) => [e.actor, e.action, e.clientName, e.assessedOn, e.revision]);

const everything = [
  ['sam', 'erase', null, null, null],
  ['sam', 'export', null, null, null],
  ['sam', 'export', 'Ana Diaz', null, null],
  ['ana', 'finalize', 'Ana Diaz', '2026-03-03', 2],
  ['sam', 'amend', 'Ana Diaz', '2026-03-03', 2],
  ['sam', 'finalize', 'Ana Diaz', '2026-03-03', 1],
];

describe('the audit trail for the studio’s owner', () => {
  it('lists every event newest first, with the client’s name and the assessment’s day', async () => {
    await signInAs('ana');
    const page = await trail();
    expect(page.signedInAs).toBe('ana');
    expect(brief(page.events)).toEqual(everything);
    expect(page.practitioners).toEqual(['ana', 'sam']);
    expect(page.olderThan).toBeNull();
    // Zoë Nowak was erased: her events stay, under her id, without her name.
    expect(page.events.slice(0, 2).map((e) => e.clientId)).toEqual([
      studio.zoeNowakId,
      studio.zoeNowakId,
    ]);
  });

  it('shows one practitioner’s events, or one client’s', async () => {
    await signInAs('ana');
    expect(brief((await trail({ practitioner: 'ana' })).events)).toEqual([everything[3]]);
    expect(brief((await trail({ clientId: studio.anaDiazId })).events)).toEqual(
      everything.slice(2),
    );
    expect(
      brief((await trail({ clientId: studio.anaDiazId, practitioner: 'sam' })).events),
    ).toEqual([everything[2], everything[4], everything[5]]);
    expect((await trail({ practitioner: 'nobody' })).events).toEqual([]);
  });

  it('reads a page at a time, each older page starting where the last one ended', async () => {
    await signInAs('ana');
    const pages: AuditTrailPage[] = [await trail({ limit: 4 })];
    while (pages.at(-1)!.olderThan !== null)
      pages.push(await trail({ limit: 4, before: pages.at(-1)!.olderThan }));
    expect(pages.map((page) => page.events.length)).toEqual([4, 2]);
    expect(brief(pages.flatMap((page) => page.events))).toEqual(everything);
  });

  it('names clients for an owner who is not a practitioner herself', async () => {
    await signInAs('olga');
    const page = await trail();
    expect(page.signedInAs).toBe('olga');
    expect(brief(page.events)).toEqual(everything);
  });

  it('tells a practitioner in plain words that the trail is the owner’s, and changes nothing', async () => {
    await signInAs('sam');
    expect(await core.route('audit:trail', {})).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'Only the studio’s owner can read the audit trail. This computer signs in to the studio database as “sam”, who is a practitioner, not the owner.',
      },
    });
    const count = await studio.admin.query('SELECT count(*)::int AS n FROM audit_events');
    expect(count.rows).toEqual([{ n: everything.length }]);
  });

  it('refuses a malformed request in plain words before reaching the server', async () => {
    await signInAs('ana');
    const refused = async (request: object) => {
      const result = await core.route('audit:trail', request);
      if (result.ok) throw new Error('accepted');
      return [result.error.code, result.error.issues?.map((issue) => issue.message)];
    };
    expect(await refused({ limit: 1000 })).toEqual([
      'invalid-input',
      ['The page size can be at most 200.'],
    ]);
    expect(await refused({ clientId: 'Robert; DROP TABLE clients' })).toEqual([
      'invalid-input',
      ['That client reference is not valid.'],
    ]);
    expect(await refused({ before: -3 })).toEqual([
      'invalid-input',
      ['That page of the audit trail is not valid.'],
    ]);
    expect(await refused({ practitioner: 7 })).toEqual([
      'invalid-input',
      ['Choose a practitioner from the list.'],
    ]);
    expect((await refused({ extra: true }))[0]).toBe('invalid-input');
  });

  it('says the trail is not there yet on a studio database set up before it', async () => {
    const older = new pg.Pool({
      connectionString: studio.cluster.createDatabase('before_the_trail'),
      max: 1,
    });
    try {
      await migrateStudioDatabase(older, studioMigrations.slice(0, 2));
    } finally {
      await older.end();
    }
    await core.route('studio:save', {
      ...studio.connectionFor('ana'),
      database: 'before_the_trail',
    });
    expect(await core.route('audit:trail', {})).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'The studio database has no audit trail yet: it was set up by an older Stance. Ask whoever runs the server to run “npm run studio:setup” from this version.',
      },
    });
  });

  it('says what is wrong when no studio is saved or the server does not answer', async () => {
    const none = await core.route('audit:trail', {});
    expect(none.ok || none.error).toEqual({
      code: 'unavailable',
      message:
        'No studio database is set up on this computer. Enter its details in Settings → Studio database and save them first.',
    });
    await core.route('studio:save', { ...studio.connectionFor('ana'), port: 1 });
    expect(await core.route('audit:trail', {})).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'Nothing answered at 127.0.0.1:1: PostgreSQL may not be running there, or it listens on another port.',
      },
    });
  });
});
