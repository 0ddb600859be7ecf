import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { insertClient, searchPlan } from '../../main/db/repositories/clients';
import { openStance, type StanceCore } from '../../main/stance';
import type { ClientSummary } from '../../shared/domain/clients';
import { value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir> | null = null;
let core: StanceCore | null = null;
afterEach(() => {
  core?.close();
  temp?.cleanup();
});

/** FTS5's plan flags (idxNum): the index itself hands rows over by rowid, newest first. */
const ORDER_BY_ROWID = 0x40;
const DESCENDING = 0x80;

/** The index a tier's plan starts by scanning, and whether that scan walks it newest first. */
function firstScan(plan: string[]): { index: string; newestFirst: boolean } {
  const [, index, flags] = /^SCAN (\w+) VIRTUAL TABLE INDEX (\d+):/.exec(plan[0] ?? '') ?? [];
  const idxNum = Number(flags);
  return {
    index: index ?? '',
    newestFirst: (idxNum & ORDER_BY_ROWID) !== 0 && (idxNum & DESCENDING) !== 0,
  };
}

/** Clients as a busy practitioner has them: a few dozen names shared many times over. */
async function generatedDatabase(clients: number): Promise<StanceCore> {
  temp = makeTempDir();
  const opened = await openStance({ dataDir: temp.dir, appVersion: 'test' });
  const db = opened.session!.db;
  const firstNames = ['Maria', 'Tomasz', 'Yuki', 'Lucía', 'Noah', 'Grace', 'Amara', 'Henrik'];
  const lastNames = ['Gallagher', 'Nowak', 'Tanaka', 'Fernández', 'Okonkwo', 'Haddad'];
  db.transaction(() => {
    for (let index = 0; index < clients; index += 1) {
      const stamp = new Date(Date.UTC(2020, 0, 1) + index * 60_000).toISOString();
      const firstName = firstNames[index % firstNames.length]!;
      const lastName = lastNames[(index * 5) % lastNames.length]!;
      insertClient(db, {
        id: randomUUID(),
        firstName,
        lastName,
        dateOfBirth: '',
        email: `${firstName}.${lastName}${index}@example.com`.toLowerCase(),
        phone: `07700 ${String(index).padStart(6, '0')}`,
        occupation: index % 10 === 0 ? 'Runner' : 'Teacher',
        notes: '',
        createdAt: stamp,
        updatedAt: stamp,
        archivedAt: null,
      });
    }
  })();
  await opened.fullyChecked();
  return opened;
}

describe('the client search plan', () => {
  it('walks the full-text index newest first and joins each hit by rowid, with no sort of all matches', async () => {
    temp = makeTempDir();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    const plan = searchPlan(core.session!.db).anywhere;
    expect(plan[0]).toMatch(/^SCAN clients_fts VIRTUAL TABLE INDEX \d+:/);
    expect(plan.some((step) => /SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(step))).toBe(
      true,
    );
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('reads names from the index of names alone and the rest from the index of every column, each newest first with no sort', async () => {
    core = await generatedDatabase(3_000);
    const plans = searchPlan(core.session!.db);
    expect(firstScan(plans.names)).toEqual({ index: 'clients_fts_names', newestFirst: true });
    expect(firstScan(plans.anywhere)).toEqual({ index: 'clients_fts', newestFirst: true });
    for (const plan of [plans.names, plans.anywhere]) {
      expect(
        plan.some((step) => /SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(step)),
      ).toBe(true);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    }

    // The plan serves the ranking: names first, newest first within each tier.
    const search = async (query: string, limit = 200) =>
      value<ClientSummary[]>(await core!.route('clients:list', { query, limit }));
    const gall = await search('gallag', 5);
    expect(gall.map((client) => client.lastName)).toEqual(Array(5).fill('Gallagher'));
    expect(gall.map((client) => client.createdAt)).toEqual(
      gall
        .map((client) => client.createdAt)
        .sort()
        .reverse(),
    );
    const runners = await search('runn');
    expect(runners).toHaveLength(200);
    expect(runners[0]!.createdAt).toBe(
      new Date(Date.UTC(2020, 0, 1) + 2_990 * 60_000).toISOString(),
    );
  });
});
