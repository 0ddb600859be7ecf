/**
 * One contract, two engines: the stores together, as the services get them. Work inside a
 * transaction lands whole or not at all across stores, and on the embedded file a transaction
 * cannot take in a statement from elsewhere.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/clients';
import { storeEngines, type EngineStores } from '../helpers/store-engines';

const client = (lastName: string): Client => ({
  id: randomUUID(),
  firstName: 'Ada',
  lastName,
  dateOfBirth: '',
  email: '',
  phone: '',
  occupation: '',
  notes: '',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  archivedAt: null,
});
const program = { assessmentId: null, title: 'Feet first', notes: '' };

describe.each(Object.entries(storeEngines))('the stores together on %s', (_name, open) => {
  let engine: EngineStores;
  beforeAll(async () => {
    engine = await open();
  }, 60_000);
  afterAll(() => engine.close());

  it('keeps everything a transaction wrote across stores once it resolves', async () => {
    const ada = client('Committed');
    const programId = randomUUID();
    const answer = await engine.stores.transaction(async (inside) => {
      await inside.clients.insert(ada);
      await inside.programs.insert({ id: programId, clientId: ada.id }, program, 't');
      return 'done';
    });
    expect(answer).toBe('done');
    expect(await engine.stores.clients.find(ada.id)).toEqual(ada);
    expect(await engine.stores.programs.find(programId)).toMatchObject({ clientId: ada.id });
  });

  it('keeps nothing a transaction wrote when it throws, and passes the error on', async () => {
    const ada = client('RolledBack');
    const programId = randomUUID();
    await expect(
      engine.stores.transaction(async (inside) => {
        await inside.clients.insert(ada);
        await inside.programs.insert({ id: programId, clientId: ada.id }, program, 't');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await engine.stores.clients.find(ada.id)).toBeUndefined();
    expect(await engine.stores.programs.find(programId)).toBeUndefined();
  });

  it('keeps nothing when a store refuses a step half way', async () => {
    const ada = client('HalfWay');
    await expect(
      engine.stores.transaction(async (inside) => {
        await inside.clients.insert(ada);
        // No such client: the foreign key refuses it.
        await inside.programs.insert({ id: randomUUID(), clientId: randomUUID() }, program, 't');
      }),
    ).rejects.toThrow();
    expect(await engine.stores.clients.find(ada.id)).toBeUndefined();
  });

  it('refuses a transaction opened inside another', async () => {
    const ada = client('Nested');
    await expect(
      engine.stores.transaction(async (inside) => {
        await inside.clients.insert(ada);
        await inside.transaction(() => Promise.resolve());
      }),
    ).rejects.toThrow('A transaction cannot be opened inside another.');
    expect(await engine.stores.clients.find(ada.id)).toBeUndefined();
  });

  it('lets a call from elsewhere see a transaction whole or not at all, never half', async () => {
    const ada = client('Whole');
    const programId = randomUUID();
    const seen: string[] = [];
    const writing = engine.stores.transaction(async (inside) => {
      await inside.clients.insert(ada);
      await inside.programs.insert({ id: programId, clientId: ada.id }, program, 't');
    });
    const reading = (async () => {
      const found = await engine.stores.clients.find(ada.id);
      const itsProgram = await engine.stores.programs.find(programId);
      seen.push(`${found ? 'client' : 'none'}+${itsProgram ? 'program' : 'none'}`);
    })();
    await Promise.all([writing, reading]);
    // The client read first: once it shows, the commit happened, so the program shows too.
    expect(seen[0]).not.toBe('client+none');
  });
});

describe('a transaction on the embedded SQLite file', () => {
  let engine: EngineStores;
  beforeAll(async () => {
    engine = await storeEngines['the embedded SQLite file']!();
  });
  afterAll(() => engine.close());

  it('makes a call from elsewhere wait until it has committed', async () => {
    const ada = client('Waits');
    const order: string[] = [];
    const writing = engine.stores.transaction(async (inside) => {
      order.push('begin');
      await inside.clients.insert(ada);
      await inside.clients.updateFields(ada.id, { ...ada, notes: 'second step' }, 'later');
      order.push('commit');
    });
    const reading = engine.stores.clients.find(ada.id).then((found) => {
      order.push(`read ${found?.notes ?? 'nothing'}`);
    });
    await Promise.all([writing, reading]);
    expect(order).toEqual(['begin', 'commit', 'read second step']);
  });

  it('is rolled back and fails when it waits on anything but its own stores', async () => {
    const ada = client('Waited');
    await expect(
      engine.stores.transaction(async (inside) => {
        await inside.clients.insert(ada);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await inside.clients.updateFields(ada.id, { ...ada, notes: 'too late' }, 'later');
      }),
    ).rejects.toThrow('A SQLite transaction waited on something other than its stores.');
    // Let the abandoned work reach its next store call, which is refused.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await engine.stores.clients.find(ada.id)).toBeUndefined();
  });

  it('does not wait forever on the shared stores it holds back', async () => {
    const ada = client('Deadlock');
    await expect(
      engine.stores.transaction(async (inside) => {
        await inside.clients.insert(ada);
        await engine.stores.clients.find(ada.id);
      }),
    ).rejects.toThrow('A SQLite transaction waited on something other than its stores.');
    expect(await engine.stores.clients.find(ada.id)).toBeUndefined();
  });
});
