/**
 * One contract, two engines: the clients store on the embedded SQLite file and on a studio's
 * PostgreSQL server must give the same answers, search order included, so a practitioner who
 * moves her records to the studio finds her clients exactly as before.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientFields, ClientSummary } from '../../shared/domain/clients';
import type { ClientStore } from '../../main/db/stores/client-store';
import { storeEngines, type EngineStores } from '../helpers/store-engines';

const names = (list: ClientSummary[]) =>
  list.map((client) => `${client.firstName} ${client.lastName}`);
const page = { archived: false, limit: 200 };

describe.each(Object.entries(storeEngines))('clients on %s', (_name, open) => {
  let engine: EngineStores;
  let store: ClientStore;
  let clock = 0;

  beforeAll(async () => {
    engine = await open();
    store = engine.clients;
  }, 60_000);
  afterAll(() => engine.close());

  // Each test adds its own clients; wiping between tests keeps them apart on one database.
  beforeEach(async () => {
    for (const archived of [false, true])
      for (const client of await store.list({ archived, sort: 'newest', limit: 10_000 }))
        await store.delete(client.id);
  });

  async function create(fields: Partial<ClientFields>): Promise<Client> {
    clock += 1;
    const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString();
    const client: Client = {
      id: randomUUID(),
      firstName: 'First',
      lastName: 'Last',
      dateOfBirth: '',
      email: '',
      phone: '',
      occupation: '',
      notes: '',
      ...fields,
      createdAt: stamp,
      updatedAt: stamp,
      archivedAt: null,
    };
    await store.insert(client);
    return client;
  }

  const visitOn = (assessedOn: string) => ({
    assessedOn,
    body: {},
    bodyVersion: 1,
    rulesVersion: 'r1',
    summary: {
      painNow: null,
      disabilityScore: null,
      disabilityInstrument: null,
      fpiLeft: null,
      fpiRight: null,
    },
  });

  async function addVisit(clientId: string, assessedOn: string): Promise<string> {
    const id = randomUUID();
    await engine.assessments.insert({ id, clientId }, visitOn(assessedOn), 't');
    return id;
  }

  it('keeps a client as given and changes only what is asked', async () => {
    const ada = await create({
      firstName: 'Ada',
      lastName: 'Lovelace',
      notes: 'line one\nline two',
    });
    expect(await store.find(ada.id)).toEqual(ada);
    const fields = { ...ada, firstName: 'Augusta' };
    expect(await store.updateFields(ada.id, fields, '2026-02-01T00:00:00.000Z')).toBe(true);
    expect(await store.find(ada.id)).toMatchObject({
      firstName: 'Augusta',
      updatedAt: '2026-02-01T00:00:00.000Z',
      createdAt: ada.createdAt,
    });
    expect(await store.updateFields('nobody', fields, 'x')).toBe(false);
    expect(await store.find('nobody')).toBeUndefined();
    expect(await store.delete(ada.id)).toBe(true);
    expect(await store.delete(ada.id)).toBe(false);
  });

  describe('search', () => {
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
      expect(names(await store.search('mar', page))).toEqual(['Mark Ellis', 'Maria Garcia']);
      expect(names(await store.search('studio', page))).toEqual(['Maria Garcia']);
      expect(names(await store.search('7700', page))).toEqual(['Maria Garcia']);
      expect(names(await store.search('carp', page))).toEqual(['Mark Ellis']);
      expect(names(await store.search('flat fe', page))).toEqual(['Zoë Åberg']);
    });

    it('ignores case and accents, and lists name matches before mentions elsewhere', async () => {
      expect(names(await store.search('ZOE ABERG', page))).toEqual(['Zoë Åberg']);
      expect(names(await store.search('garcia', page))).toEqual(['Maria Garcia', 'Mark Ellis']);
    });

    it('looks at names only for a lone first letter', async () => {
      expect(names(await store.search('r', page))).toEqual([]);
      expect(names(await store.search('g', page))).toEqual(['Maria Garcia']);
    });

    it('lists a client matched by name and elsewhere once, newest first within a tier', async () => {
      await create({ firstName: 'Flat', lastName: 'Stanley', notes: 'flat feet since childhood' });
      await create({ firstName: 'Flat', lastName: 'Newer' });
      expect(names(await store.search('flat', page))).toEqual([
        'Flat Newer',
        'Flat Stanley',
        'Zoë Åberg',
      ]);
    });

    it('fills a short page from both tiers, names first', async () => {
      expect(names(await store.search('garcia', { archived: false, limit: 1 }))).toEqual([
        'Maria Garcia',
      ]);
    });

    it('cuts a page across the tiers after the names, at the newest mentions', async () => {
      await create({ firstName: 'Ann', lastName: 'Lee', email: 'ann.garcia@studio.test' });
      const garcia = (limit: number) => store.search('garcia', { archived: false, limit });
      expect(names(await garcia(2))).toEqual(['Maria Garcia', 'Ann Lee']);
      expect(names(await garcia(3))).toEqual(['Maria Garcia', 'Ann Lee', 'Mark Ellis']);
    });

    it('treats search syntax as plain text', async () => {
      for (const typed of [
        '"',
        'OR',
        'mar*',
        'NEAR(a b)',
        "'; DROP TABLE clients; --",
        '-mar',
        ':*',
        '&|!',
      ])
        await expect(store.search(typed, page)).resolves.toBeInstanceOf(Array);
      expect(await store.search('  ,;  ', page)).toEqual([]);
      expect(names(await store.list({ archived: false, sort: 'newest', limit: 10 }))).toHaveLength(
        3,
      );
    });

    it('finds a client again after their details change, and not under the old name', async () => {
      const [maria] = await store.search('maria', page);
      await store.updateFields(
        maria!.id,
        { ...maria!, email: '', occupation: '', notes: '', firstName: 'Marie' },
        'x',
      );
      expect(await store.search('maria', page)).toEqual([]);
      expect(names(await store.search('marie', page))).toEqual(['Marie Garcia']);
    });
  });

  it('sorts by name, newest or last visit, clients never seen last', async () => {
    const zed = await create({ firstName: 'Zed', lastName: 'adams' });
    const amy = await create({ firstName: 'Amy', lastName: 'Brown' });
    await create({ firstName: 'Bea', lastName: 'Cole' });
    await addVisit(zed.id, '2026-03-01');
    await addVisit(amy.id, '2026-05-01');
    const sorted = (sort: 'name' | 'newest' | 'last-visit') =>
      store.list({ archived: false, sort, limit: 10 });

    expect(names(await sorted('name'))).toEqual(['Zed adams', 'Amy Brown', 'Bea Cole']);
    expect(names(await sorted('newest'))).toEqual(['Bea Cole', 'Amy Brown', 'Zed adams']);
    const byVisit = await sorted('last-visit');
    expect(names(byVisit)).toEqual(['Amy Brown', 'Zed adams', 'Bea Cole']);
    expect(byVisit.map((client) => client.lastVisitOn)).toEqual(['2026-05-01', '2026-03-01', null]);
  });

  it('shows her latest visit in search and lists as visits are added, redated and removed', async () => {
    const ada = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    const lastVisit = async () => {
      const [found] = await store.search('lovelace', page);
      const [listed] = await store.list({ archived: false, sort: 'last-visit', limit: 1 });
      const exported = await store.listWithLatest(false);
      expect(listed?.lastVisitOn).toBe(found?.lastVisitOn);
      expect(exported[0]?.last_visit).toBe(found?.lastVisitOn);
      return found?.lastVisitOn;
    };
    expect(await lastVisit()).toBeNull();
    const march = await addVisit(ada.id, '2026-03-01');
    const january = await addVisit(ada.id, '2026-01-10');
    expect(await lastVisit()).toBe('2026-03-01');
    await engine.assessments.updateDraft(january, 1, visitOn('2026-04-02'), 't2');
    expect(await lastVisit()).toBe('2026-04-02');
    await engine.assessments.delete(january);
    expect(await lastVisit()).toBe('2026-03-01');
    await engine.assessments.delete(march);
    expect(await lastVisit()).toBeNull();
  });

  it('keeps an archived client out of the usual list and search until restored', async () => {
    const ada = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(await store.setArchived(ada.id, '2026-03-01T00:00:00.000Z', 'x')).toBe(true);
    expect(await store.search('ada', page)).toEqual([]);
    expect(names(await store.search('ada', { archived: true, limit: 10 }))).toEqual([
      'Ada Lovelace',
    ]);
    expect(names(await store.list({ archived: true, sort: 'name', limit: 10 }))).toEqual([
      'Ada Lovelace',
    ]);
    await store.setArchived(ada.id, null, 'y');
    expect(names(await store.search('ada', page))).toEqual(['Ada Lovelace']);
  });
});
