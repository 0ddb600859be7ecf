import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientErased } from '../../shared/channels/clients';
import type { Client, ClientSummary } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import { addPhoto } from '../../main/photos/photos';
import type { Route } from '../../main/router';
import { openStance, type StanceCore } from '../../main/stance';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { makeTempDir } from '../helpers/temp-dir';

let route: Route;

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const create = (fields: Record<string, string>) => ok<Client>(route('clients:create', fields));
const names = (list: ClientSummary[]) =>
  list.map((client) => `${client.firstName} ${client.lastName}`);
const list = (payload: Record<string, unknown>) =>
  ok<ClientSummary[]>(route('clients:list', payload));

describe.each(Object.entries(serviceEngines))('clients on %s', (_name, open) => {
  let engine: ServiceEngine;
  beforeEach(async () => {
    engine = await open();
    route = engine.route;
  });
  afterEach(() => engine.close());

  describe('client search', () => {
    beforeEach(async () => {
      await create({
        firstName: 'Maria',
        lastName: 'Garcia',
        email: 'maria@studio.test',
        phone: '+44 7700 900123',
      });
      await create({
        firstName: 'Mark',
        lastName: 'Ellis',
        occupation: 'Carpenter',
        notes: 'Garcia referred him',
      });
      await create({ firstName: 'Zoë', lastName: 'Åberg', notes: 'runner, flat feet' });
    });

    it('matches word prefixes across name, email, phone, occupation and notes', async () => {
      expect(names(await list({ query: 'mar' })).sort()).toEqual(['Maria Garcia', 'Mark Ellis']);
      expect(names(await list({ query: 'studio' }))).toEqual(['Maria Garcia']);
      expect(names(await list({ query: '7700' }))).toEqual(['Maria Garcia']);
      expect(names(await list({ query: 'carp' }))).toEqual(['Mark Ellis']);
      expect(names(await list({ query: 'flat fe' }))).toEqual(['Zoë Åberg']);
    });

    it('ignores accents and ranks a name match above a mention in the notes', async () => {
      expect(names(await list({ query: 'zoe aberg' }))).toEqual(['Zoë Åberg']);
      expect(names(await list({ query: 'garcia' }))).toEqual(['Maria Garcia', 'Mark Ellis']);
    });

    it('lists a client matched by name and by notes once', async () => {
      await create({ firstName: 'Flat', lastName: 'Stanley', notes: 'flat feet since childhood' });
      expect(names(await list({ query: 'flat' }))).toEqual(['Flat Stanley', 'Zoë Åberg']);
    });

    it('treats search syntax as plain text', async () => {
      for (const query of ['"', 'OR', 'mar*', 'NEAR(a b)', "'; DROP TABLE clients; --", '-mar']) {
        const result = await route('clients:list', { query });
        expect(result.ok).toBe(true);
      }
      expect(names(await list({}))).toHaveLength(3);
    });

    it('finds a client again after their details change', async () => {
      const [maria] = await list({ query: 'maria' });
      await ok(route('clients:update', { id: maria!.id, firstName: 'Marie', lastName: 'Garcia' }));
      expect(await list({ query: 'maria' })).toEqual([]);
      expect(names(await list({ query: 'marie' }))).toEqual(['Marie Garcia']);
    });
  });

  describe('client list order', () => {
    it('sorts by name or by last visit, clients never seen last', async () => {
      const zed = await create({ firstName: 'Zed', lastName: 'Adams' });
      const amy = await create({ firstName: 'Amy', lastName: 'Brown' });
      await create({ firstName: 'Bea', lastName: 'Cole' });
      await ok(route('assessments:create', { clientId: zed.id, assessedOn: '2026-03-01' }));
      await ok(route('assessments:create', { clientId: amy.id, assessedOn: '2026-05-01' }));

      expect(names(await list({ sort: 'name' }))).toEqual(['Zed Adams', 'Amy Brown', 'Bea Cole']);
      const byVisit = await list({ sort: 'last-visit' });
      expect(names(byVisit)).toEqual(['Amy Brown', 'Zed Adams', 'Bea Cole']);
      expect(byVisit.map((client) => client.lastVisitOn)).toEqual([
        '2026-05-01',
        '2026-03-01',
        null,
      ]);
    });
  });

  describe('saving details', () => {
    it('refuses a save from a form opened before another save, changing nothing, and says who and when', async () => {
      const opened = await create({ firstName: 'Ada', lastName: 'Byron', notes: 'first' });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const saved = await ok<Client>(
        route('clients:update', {
          id: opened.id,
          firstName: 'Ada',
          lastName: 'Lovelace',
          notes: 'saved elsewhere',
          expectedUpdatedAt: opened.updatedAt,
        }),
      );
      const refused = await route('clients:update', {
        id: opened.id,
        firstName: 'Ada',
        lastName: 'Byron',
        notes: 'typed in the stale form',
        expectedUpdatedAt: opened.updatedAt,
      });
      const at = new Date(saved.updatedAt);
      const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
      const by = engine.savedBy === null ? 'in another window' : `by ${engine.savedBy}`;
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message: `These details were changed ${by} at ${hhmm} after you opened them, so your changes were not saved. Your text is still here: copy what you need, then choose Cancel, then Edit details again to see the saved details.`,
        },
      });
      expect(await ok<Client>(route('clients:get', { id: opened.id }))).toEqual(saved);

      // The form that saved goes on saving on top of its own save.
      const next = await ok<Client>(
        route('clients:update', {
          id: opened.id,
          firstName: 'Ada',
          lastName: 'King',
          expectedUpdatedAt: saved.updatedAt,
        }),
      );
      expect(next.lastName).toBe('King');
      expect(next.updatedAt > saved.updatedAt).toBe(true);
    });

    it('takes her own save sent again after its answer was lost, and still refuses other text', async () => {
      const opened = await create({ firstName: 'Ada', lastName: 'Byron' });
      const sent = {
        id: opened.id,
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.com',
        expectedUpdatedAt: opened.updatedAt,
      };
      const first = await ok<Client>(route('clients:update', sent));
      // The same save again, from the same form: the server had stored it before the line broke.
      expect(await ok<Client>(route('clients:update', sent))).toEqual(first);
      const other = await route('clients:update', { ...sent, email: 'other@example.com' });
      expect(other).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await ok<Client>(route('clients:get', { id: opened.id }))).toEqual(first);
    });
  });

  describe('archive', () => {
    it('hides an archived client from the usual list and search, and restores them', async () => {
      const client = await create({ firstName: 'Ada', lastName: 'Lovelace' });
      const archived = await ok<Client>(route('clients:archive', { id: client.id }));
      expect(archived.archivedAt).not.toBeNull();
      expect(await list({})).toEqual([]);
      expect(await list({ query: 'ada' })).toEqual([]);
      expect(names(await list({ archived: true }))).toEqual(['Ada Lovelace']);

      await ok(route('clients:restore', { id: client.id }));
      expect(names(await list({ query: 'ada' }))).toEqual(['Ada Lovelace']);
    });
  });
});

describe('erasing a client from the embedded SQLite file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: StanceCore;

  beforeEach(async () => {
    temp = makeTempDir();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    route = core.route;
  });
  afterEach(() => {
    core.close();
    temp.cleanup();
  });

  function addAssessmentWithPhoto(clientId: string, assessedOn: string, data: Uint8Array): string {
    const session = core.session!;
    const id = crypto.randomUUID();
    session.db
      .prepare(
        'INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at) VALUES (?, ?, 1, ?, ?)',
      )
      .run(id, clientId, assessedOn, 't');
    session.db
      .prepare(
        `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version, rules_version, created_at, updated_at)
         VALUES (?, 1, 'draft', ?, '{}', 1, 'r', 't', 't')`,
      )
      .run(id, assessedOn);
    return addPhoto(
      session.db,
      session.photos,
      {
        assessmentId: id,
        revision: 1,
        view: 'anterior',
        mediaType: 'image/jpeg',
        width: 10,
        height: 20,
        landmarks: '{}',
        thumbnail: null,
        data,
      },
      new Date(),
    ).hash;
  }

  it('refuses to erase without the client’s name and keeps everything', async () => {
    const client = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    const result = await route('clients:erase', { id: client.id, confirmName: 'Ada' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain('Ada Lovelace');
    expect(names(await list({}))).toEqual(['Ada Lovelace']);
  });

  it('erases the client, their assessments, and photos no one else uses', async () => {
    const ada = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    const bob = await create({ firstName: 'Bob', lastName: 'Stone' });
    const own = addAssessmentWithPhoto(ada.id, '2026-01-01', new Uint8Array([9, 9, 9]));
    const shared = addAssessmentWithPhoto(ada.id, '2026-01-02', new Uint8Array([7, 7]));
    addAssessmentWithPhoto(bob.id, '2026-01-03', new Uint8Array([7, 7]));
    const photos = core.session!.photos;

    const erased = await ok<ClientErased>(
      core.route('clients:erase', { id: ada.id, confirmName: '  ada   LOVELACE ' }),
    );
    expect(erased).toEqual({
      erasedPhotos: 1,
      backupsRewritten: 0,
      backupsStillHolding: [],
      remainingCopies: null,
    });
    expect(fs.existsSync(photos.pathOf(own))).toBe(false);
    expect(fs.existsSync(photos.pathOf(shared))).toBe(true);
    const db = core.session!.db;
    expect(
      db.prepare('SELECT count(*) AS n FROM assessments WHERE client_id = ?').get(ada.id),
    ).toEqual({ n: 0 });
    expect(await core.route('clients:get', { id: ada.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
