/**
 * Each client's last visit, kept on her row by the studio server (migration 10): right after a
 * visit is added, redated, amended, removed or erased with her, also when two practitioners change
 * the same client's visits at once; filled in for the clients a server held before; never
 * written by a practitioner herself, and never counted as her saving the client's details.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';
import { studioClientErasure } from '../../main/db/postgres/client-erasure';
import { studioClientStore } from '../../main/db/postgres/client-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { studioMigrations } from '../../main/db/postgres/migrations';
import { lastVisitColumn } from '../../main/db/postgres/migrations/010-last-visit-column';
import { studioClientRecordStore } from '../../main/db/postgres/record-store';
import { inTransaction } from '../../main/db/postgres/transaction';
import type { StoredRevision } from '../../main/db/repositories/assessments';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { rolePools } from '../helpers/studio-colleagues';
import { draftWithNotes } from '../helpers/practitioner-workload';

let cluster: TestCluster;
const pools: pg.Pool[] = [];
let endRoles: () => Promise<void> = () => Promise.resolve();
let admin: pg.Pool;
let ana: pg.Pool;
let ben: pg.Pool;

beforeAll(async () => {
  cluster = await startTestCluster();
  const roles = rolePools(cluster.createDatabase('last_visit'));
  endRoles = roles.end;
  const { poolAs } = roles;
  admin = poolAs('stance');
  await migrateStudioDatabase(admin);
  await admin.query('CREATE ROLE ana LOGIN IN ROLE stance_practitioner');
  await admin.query('CREATE ROLE ben LOGIN IN ROLE stance_practitioner');
  ana = poolAs('ana');
  ben = poolAs('ben');
}, 60_000);

afterAll(async () => {
  await Promise.all([endRoles(), ...pools.map((pool) => pool.end())]);
  cluster?.stop();
});

const stamp = '2026-12-01T09:00:00.000Z';

async function newClient(pool: pg.Pool, lastName = 'Visit'): Promise<string> {
  const id = randomUUID();
  await studioClientStore(pool).insert({
    id,
    firstName: 'Rosa',
    lastName,
    dateOfBirth: '',
    email: '',
    phone: '',
    occupation: '',
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    archivedAt: null,
  });
  return id;
}

async function addVisit(pool: pg.Pool, clientId: string, assessedOn: string): Promise<string> {
  const id = randomUUID();
  await studioAssessmentStore(pool).insert({ id, clientId }, draftWithNotes(id, assessedOn), stamp);
  return id;
}

async function lastVisit(clientId: string): Promise<string | null | undefined> {
  const { rows } = await admin.query<{ last_visit_on: string | null }>(
    'SELECT last_visit_on FROM clients WHERE id = $1',
    [clientId],
  );
  return rows[0]?.last_visit_on;
}

describe('the last visit the studio server keeps on each client', () => {
  it('follows her visits as they are added, redated, amended and removed', async () => {
    const visits = studioAssessmentStore(ana);
    const rosa = await newClient(ana);
    expect(await lastVisit(rosa)).toBeNull();

    const march = await addVisit(ana, rosa, '2026-03-01');
    expect(await lastVisit(rosa)).toBe('2026-03-01');
    const january = await addVisit(ben, rosa, '2026-01-10');
    expect(await lastVisit(rosa)).toBe('2026-03-01');

    // A draft's date moves the visit's date with it, later and back again.
    await visits.updateDraft(january, 1, draftWithNotes('later', '2026-04-02'), stamp);
    expect(await lastVisit(rosa)).toBe('2026-04-02');
    await visits.updateDraft(january, 1, draftWithNotes('back', '2026-02-01'), stamp);
    expect(await lastVisit(rosa)).toBe('2026-03-01');

    // An amendment of a finalized visit may correct its date.
    const client = { firstName: 'Rosa', lastName: 'Visit', dateOfBirth: '' };
    expect(await visits.finalize(march, 1, client, stamp)).toBe(true);
    await visits.insertRevision(march, 2, draftWithNotes('amended', '2026-05-05'), 'date', stamp);
    await visits.setCurrentRevision(march, 2, '2026-05-05');
    expect(await lastVisit(rosa)).toBe('2026-05-05');

    await visits.delete(march);
    expect(await lastVisit(rosa)).toBe('2026-02-01');
    await visits.delete(january);
    expect(await lastVisit(rosa)).toBeNull();
  });

  it('is what search, the lists and the spreadsheet export read', async () => {
    const lastName = `Listed${randomUUID().slice(0, 8)}`;
    const rosa = await newClient(ana, lastName);
    await addVisit(ana, rosa, '2026-06-01');
    await addVisit(ana, rosa, '2026-07-15');
    // Written behind the triggers' back, so only a read of the column can show it.
    await admin.query("UPDATE clients SET last_visit_on = '2030-01-01' WHERE id = $1", [rosa]);
    const clients = studioClientStore(ana);
    const [found] = await clients.search(lastName, { archived: false, limit: 10 });
    expect(found?.lastVisitOn).toBe('2030-01-01');
    const [first] = await clients.list({ archived: false, sort: 'last-visit', limit: 1 });
    expect(first?.id).toBe(rosa);
    const row = (await clients.listWithLatest(false)).find((one) => one.last_name === lastName);
    expect(row?.last_visit).toBe('2030-01-01');
    await admin.query('DELETE FROM clients WHERE id = $1', [rosa]);
  });

  it('does not count a colleague’s visit as saving the client’s details', async () => {
    const rosa = await newClient(ana);
    await addVisit(ben, rosa, '2026-08-01');
    expect(await studioClientStore(ben).lastChange(rosa)).toEqual({
      updatedAt: stamp,
      updatedBy: 'ana',
    });
  });

  it('cannot be written by a practitioner, on a new client or an existing one', async () => {
    const rosa = await newClient(ana);
    await addVisit(ana, rosa, '2026-09-01');
    await expect(
      ana.query("UPDATE clients SET last_visit_on = '2099-01-01' WHERE id = $1", [rosa]),
    ).rejects.toThrow(/permission denied/);
    await expect(
      ana.query(
        `INSERT INTO clients (id, first_name, last_name, created_at, updated_at, last_visit_on)
         VALUES ($1, 'Eve', 'Early', $2, $2, '2099-01-01')`,
        [randomUUID(), stamp],
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await lastVisit(rosa)).toBe('2026-09-01');
    // Her own details she still saves.
    const clients = studioClientStore(ana);
    const client = (await clients.find(rosa))!;
    expect(await clients.updateFields(rosa, { ...client, notes: 'new' }, stamp)).toBe(true);
    expect(await clients.setArchived(rosa, stamp, stamp)).toBe(true);
  });

  it('goes with the client when she is erased, and leaves others as they were', async () => {
    const rosa = await newClient(ana);
    const other = await newClient(ana);
    await addVisit(ana, rosa, '2026-10-01');
    await addVisit(ana, other, '2026-10-02');
    expect(await studioClientErasure(ana).erase(rosa)).toMatchObject({ place: 'studio' });
    expect(await lastVisit(rosa)).toBeUndefined();
    expect(await lastVisit(other)).toBe('2026-10-02');
  });

  it('is right for records that arrive whole, as a move or an import inserts them', async () => {
    const rosa = await newClient(ana);
    const revision = (assessedOn: string): StoredRevision => ({
      revision: 1,
      status: 'final',
      assessedOn,
      body: { schemaVersion: 1 },
      bodyVersion: 1,
      rulesVersion: 'rules-1',
      painNow: null,
      disabilityScore: null,
      disabilityInstrument: null,
      fpiLeft: null,
      fpiRight: null,
      amendmentReason: '',
      createdAt: stamp,
      updatedAt: stamp,
      finalizedAt: stamp,
      clientSnapshot: { firstName: 'Rosa', lastName: 'Visit', dateOfBirth: '' },
    });
    await inTransaction(ana, async (client) => {
      const records = studioClientRecordStore(client);
      for (const assessedOn of ['2021-05-01', '2023-02-03', '2022-11-30']) {
        const assessment = { id: randomUUID(), currentRevision: 1, assessedOn, createdAt: stamp };
        await records.insertAssessment(rosa, assessment, [revision(assessedOn)]);
      }
    });
    expect(await lastVisit(rosa)).toBe('2023-02-03');
  });

  it('is right when two practitioners change the same client’s visits at once', async () => {
    const rosa = await newClient(ana);
    const latest = await addVisit(ana, rosa, '2026-11-20');
    await addVisit(ana, rosa, '2026-11-01');
    const first = await ana.connect();
    const second = await ben.connect();
    try {
      // Ana removes the latest visit and has not committed when Ben adds one between the two.
      await first.query('BEGIN');
      await first.query('DELETE FROM assessments WHERE id = $1', [latest]);
      const adding = second.query(
        `INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ($1, $2, $3, $4)`,
        [randomUUID(), rosa, '2026-11-10', stamp],
      );
      await waitUntilBlocked(second);
      await first.query('COMMIT');
      await adding;
    } finally {
      first.release();
      second.release();
    }
    expect(await lastVisit(rosa)).toBe('2026-11-10');
  });
});

/** Until the connection's statement waits on a lock another transaction holds. */
async function waitUntilBlocked(connection: pg.PoolClient): Promise<void> {
  const pid = (connection as unknown as { processID: number }).processID;
  for (let tries = 0; tries < 200; tries += 1) {
    const { rows } = await admin.query<{ waiting: boolean }>(
      "SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1",
      [pid],
    );
    if (rows[0]?.waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the second practitioner’s statement never waited for the first');
}

describe('the last-visit migration on a server that already holds visits', () => {
  it('fills in each client’s last visit and changes nothing else of hers', async () => {
    const pool = new pg.Pool({ connectionString: cluster.createDatabase('last_visit_migration') });
    pools.push(pool);
    const before = studioMigrations.filter((step) => step.version < lastVisitColumn.version);
    await migrateStudioDatabase(pool, before);
    const seen = randomUUID();
    const unseen = randomUUID();
    await pool.query(
      `INSERT INTO clients (id, first_name, last_name, created_at, updated_at)
       VALUES ($1, 'Seen', 'Often', $3, $3), ($2, 'Never', 'Seen', $3, $3)`,
      [seen, unseen, stamp],
    );
    await pool.query(
      `INSERT INTO assessments (id, client_id, assessed_on, created_at)
       VALUES ($1, $4, '2025-02-01', $5), ($2, $4, '2025-09-30', $5), ($3, $4, '2024-12-24', $5)`,
      [randomUUID(), randomUUID(), randomUUID(), seen, stamp],
    );
    const rows = await pool.query('SELECT * FROM clients ORDER BY id');

    await expect(migrateStudioDatabase(pool)).resolves.toMatchObject({
      from: before.at(-1)!.version,
    });

    const after = await pool.query<{ id: string; last_visit_on: string | null }>(
      'SELECT * FROM clients ORDER BY id',
    );
    expect(after.rows.map(({ last_visit_on: _, ...rest }) => rest)).toEqual(rows.rows);
    const byId = new Map(after.rows.map((row) => [row.id, row.last_visit_on]));
    expect(byId.get(seen)).toBe('2025-09-30');
    expect(byId.get(unseen)).toBeNull();
    // Search no longer waits on a pending list of index entries.
    const pending = await pool.query<{ relname: string; options: string[] | null }>(
      `SELECT relname, reloptions AS options FROM pg_class
       WHERE relname IN ('clients_search_names', 'clients_search_all') ORDER BY relname`,
    );
    expect(pending.rows).toEqual([
      { relname: 'clients_search_all', options: ['fastupdate=off'] },
      { relname: 'clients_search_names', options: ['fastupdate=off'] },
    ]);
  });
});
