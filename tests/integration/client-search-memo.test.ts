/**
 * Typing on after a search that found nobody is answered from memory (the search that finds
 * nobody is the dearest one); these tests hold that memory to never hiding a client who is there.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../main/session';
import { openStance, type StanceCore } from '../../main/stance';
import type { Client, ClientSummary } from '../../shared/domain/clients';
import { value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

beforeEach(async () => {
  temp = makeTempDir();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
  await core.fullyChecked();
  await create({ firstName: 'Tomasz', lastName: 'Ivanova', occupation: 'Runner' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const create = async (fields: Record<string, string>) =>
  value<Client>(await core.route('clients:create', fields));
const search = async (query: string, archived = false) =>
  value<ClientSummary[]>(await core.route('clients:list', { query, archived })).map(
    (client) => `${client.firstName} ${client.lastName}`,
  );

describe('typing on after a search that found nobody', () => {
  it('still finds nobody while the search only narrows', async () => {
    expect(await search('tomasz n')).toEqual([]);
    expect(await search('tomasz no')).toEqual([]);
    expect(await search('tomasz now')).toEqual([]);
    expect(await search('nowak tomasz')).toEqual([]);
  });

  it('finds a client added since', async () => {
    expect(await search('tomasz n')).toEqual([]);
    await create({ firstName: 'Tomasz', lastName: 'Nowak' });
    expect(await search('tomasz no')).toEqual(['Tomasz Nowak']);
  });

  it('finds a client changed since to match', async () => {
    const yuki = await create({ firstName: 'Yuki', lastName: 'Bello' });
    expect(await search('yuki t')).toEqual([]);
    const updated = await core.route('clients:update', {
      id: yuki.id,
      firstName: 'Yuki',
      lastName: 'Bello',
      notes: 'Trains for a marathon.',
    });
    expect(updated.ok).toBe(true);
    expect(await search('yuki tr')).toEqual(['Yuki Bello']);
  });

  it('finds a client written by another connection since', async () => {
    expect(await search('grace h')).toEqual([]);
    const other = new Database(dataPaths(temp.dir).database);
    other
      .prepare(
        `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation, notes, created_at, updated_at)
         VALUES ('c-other', 'Grace', 'Hopper', '', '', '', '', '', 't', 't')`,
      )
      .run();
    other.close();
    expect(await search('grace ho')).toEqual(['Grace Hopper']);
  });

  it('keeps the archived and the usual list apart', async () => {
    const ada = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(await search('ada l', true)).toEqual([]);
    expect(await search('ada lo')).toEqual(['Ada Lovelace']);
    await core.route('clients:archive', { id: ada.id });
    expect(await search('ada lov', true)).toEqual(['Ada Lovelace']);
  });

  it('does not take a lone letter that matched no name for a search that found nobody', async () => {
    expect(await search('r')).toEqual([]);
    expect(await search('ru')).toEqual(['Tomasz Ivanova']);
  });

  it('answers a search that does not narrow the empty one afresh', async () => {
    expect(await search('tomasz n')).toEqual([]);
    expect(await search('tomasz')).toEqual(['Tomasz Ivanova']);
    expect(await search('tom iv')).toEqual(['Tomasz Ivanova']);
  });
});
