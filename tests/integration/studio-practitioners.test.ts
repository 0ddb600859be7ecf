/**
 * Practitioners on a real PostgreSQL server, each signed in as her own role: the server writes
 * who made and finalized each record and keeps the audit trail, whatever a copy of Stance sends.
 * Ana owns the studio; Sam is a practitioner she added.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { latestStudioSchemaVersion } from '../../main/db/postgres/migrations';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';

let cluster: TestCluster;
let databaseUrl: string;
const pools: pg.Pool[] = [];
let admin: pg.Pool;
let ana: pg.Pool;
let sam: pg.Pool;
const stamp = '2026-12-05T10:00:00.000Z';

function poolAs(user: string, url = databaseUrl): pg.Pool {
  const address = new URL(url);
  address.username = user;
  const pool = new pg.Pool({ connectionString: address.toString(), max: 2 });
  pools.push(pool);
  return pool;
}

beforeAll(async () => {
  cluster = await startTestCluster();
  databaseUrl = cluster.createDatabase('practitioners');
  admin = poolAs('stance');
  await migrateStudioDatabase(admin);
  await admin.query(
    "CREATE ROLE ana LOGIN PASSWORD 'owner password 1' IN ROLE stance_owner, stance_practitioner",
  );
  ana = poolAs('ana');
  await ana.query("SELECT stance_add_practitioner('sam', 'a long password')");
  sam = poolAs('sam');
}, 60_000);

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  cluster?.stop();
});

async function addClient(as: pg.Pool, id: string, forgedCreator = 'someone else') {
  await as.query(
    `INSERT INTO clients (id, first_name, last_name, created_at, updated_at, created_by)
     VALUES ($1, 'Zoë', 'Nowak', $2, $2, $3)`,
    [id, stamp, forgedCreator],
  );
}

async function addAssessment(as: pg.Pool, clientId: string, id: string) {
  await as.query(
    `INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ($1, $2, '2026-12-05', $3)`,
    [id, clientId, stamp],
  );
  await as.query(
    `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
       body_version, rules_version, created_at, updated_at, finalized_by)
     VALUES ($1, 1, 'draft', '2026-12-05', '{}', 1, 'r1', $2, $2, 'ana')`,
    [id, stamp],
  );
}

async function trail(clientId: string) {
  const rows = await ana.query<{ actor: string; action: string; revision: number | null }>(
    'SELECT actor, action, revision FROM audit_events WHERE client_id = $1 ORDER BY id',
    [clientId],
  );
  return rows.rows;
}

describe('practitioners in the studio database', () => {
  it('names the practitioner who added a record, whatever name the app sends', async () => {
    await addClient(sam, 'c-sam', 'ana');
    await sam.query("UPDATE clients SET created_by = 'ana', notes = 'x' WHERE id = 'c-sam'");
    // Becoming the shared group role does not make her anonymous either.
    const client = await sam.connect();
    try {
      await client.query('SET ROLE stance_practitioner');
      await client.query(
        `INSERT INTO clients (id, first_name, last_name, created_at, updated_at)
         VALUES ('c-group', 'A', 'B', $1, $1)`,
        [stamp],
      );
    } finally {
      client.release(true);
    }
    const rows = await admin.query(
      "SELECT id, created_by FROM clients WHERE id IN ('c-sam', 'c-group') ORDER BY id",
    );
    expect(rows.rows).toEqual([
      { id: 'c-group', created_by: 'sam' },
      { id: 'c-sam', created_by: 'sam' },
    ]);
  });

  it('names who finalized a revision, and writes finalize and amend to the trail', async () => {
    await addClient(ana, 'c-final');
    await addAssessment(ana, 'c-final', 'a-final');
    const draft = await admin.query(
      "SELECT created_by, finalized_by FROM assessment_revisions WHERE assessment_id = 'a-final'",
    );
    expect(draft.rows).toEqual([{ created_by: 'ana', finalized_by: null }]);

    await sam.query(
      "UPDATE assessment_revisions SET status = 'final', finalized_at = $1, finalized_by = 'ana' WHERE assessment_id = 'a-final'",
      [stamp],
    );
    await sam.query(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
         body_version, rules_version, amendment_reason, created_at, updated_at)
       VALUES ('a-final', 2, 'draft', '2026-12-05', '{}', 1, 'r1', 'wrong side', $1, $1)`,
      [stamp],
    );
    const revisions = await admin.query(
      "SELECT revision, created_by, finalized_by FROM assessment_revisions WHERE assessment_id = 'a-final' ORDER BY revision",
    );
    expect(revisions.rows).toEqual([
      { revision: 1, created_by: 'ana', finalized_by: 'sam' },
      { revision: 2, created_by: 'sam', finalized_by: null },
    ]);
    expect(await trail('c-final')).toEqual([
      { actor: 'sam', action: 'finalize', revision: 1 },
      { actor: 'sam', action: 'amend', revision: 2 },
    ]);
  });

  it('writes erase and export to the trail, with the name of who did it', async () => {
    await addClient(sam, 'c-gone');
    await sam.query("SELECT stance_record_export('c-gone')");
    await sam.query("DELETE FROM clients WHERE id = 'c-gone'");
    expect(await trail('c-gone')).toEqual([
      { actor: 'sam', action: 'export', revision: null },
      { actor: 'sam', action: 'erase', revision: null },
    ]);
    await expect(sam.query("SELECT stance_record_export('no-such-client')")).rejects.toThrow(
      /There is no client no-such-client/,
    );
  });

  it('keeps the trail from practitioners: they can neither read nor write it', async () => {
    // The trail lists who opened, exported and erased which client: it is the owner's check on
    // the studio, and a practitioner needs none of it to work (her records carry the names).
    await expect(sam.query('SELECT * FROM audit_events')).rejects.toThrow(/permission denied/);
    await expect(
      sam.query(
        "INSERT INTO audit_events (actor, action, client_id) VALUES ('ana', 'erase', 'c-x')",
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(sam.query("UPDATE audit_events SET actor = 'ana'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(sam.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
  });

  it('lets the owner read the trail but not change it; not even the studio’s own role can', async () => {
    await addClient(sam, 'c-owner');
    await sam.query("SELECT stance_record_export('c-owner')");
    expect(await trail('c-owner')).toEqual([{ actor: 'sam', action: 'export', revision: null }]);
    await expect(ana.query("UPDATE audit_events SET actor = 'ana'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(admin.query("UPDATE audit_events SET actor = 'ana'")).rejects.toThrow(
      /audit trail cannot be changed/,
    );
    await expect(admin.query('DELETE FROM audit_events')).rejects.toThrow(
      /audit trail cannot be changed/,
    );
    await expect(admin.query('TRUNCATE audit_events')).rejects.toThrow(
      /audit trail cannot be changed/,
    );
  });

  it('lets the owner add and retire practitioners, and nobody else', async () => {
    await expect(
      sam.query("SELECT stance_add_practitioner('eve', 'a long password')"),
    ).rejects.toThrow(/permission denied/);
    await expect(sam.query("CREATE ROLE eve LOGIN PASSWORD 'x'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(ana.query("CREATE ROLE eve LOGIN PASSWORD 'x'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      ana.query("SELECT stance_add_practitioner('Eve; DROP', 'a long password')"),
    ).rejects.toThrow(/sign-in name is/);
    await expect(ana.query("SELECT stance_add_practitioner('eve', 'short')")).rejects.toThrow(
      /at least 12 characters/,
    );
    await expect(
      ana.query("SELECT stance_add_practitioner('sam', 'a long password')"),
    ).rejects.toThrow(/already someone called sam/);

    await ana.query("SELECT stance_add_practitioner('eve', 'a long password')");
    const eve = await admin.query(
      "SELECT rolcanlogin, rolsuper, rolcreaterole, pg_has_role('eve', 'stance_practitioner', 'MEMBER') AS practitioner, pg_has_role('eve', 'stance_owner', 'MEMBER') AS owner FROM pg_roles WHERE rolname = 'eve'",
    );
    expect(eve.rows).toEqual([
      {
        rolcanlogin: true,
        rolsuper: false,
        rolcreaterole: false,
        practitioner: true,
        owner: false,
      },
    ]);
    await ana.query("SELECT stance_retire_practitioner('eve')");
    const retired = await admin.query("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'eve'");
    expect(retired.rows).toEqual([{ rolcanlogin: false }]);
    await expect(ana.query("SELECT stance_retire_practitioner('stance')")).rejects.toThrow(
      /not a practitioner this studio can retire/,
    );
  });

  it('lets a practitioner’s computer start on a current schema, and a second studio database reuse the roles', async () => {
    await expect(migrateStudioDatabase(sam)).resolves.toEqual({
      from: latestStudioSchemaVersion,
      to: latestStudioSchemaVersion,
    });
    const second = poolAs('stance', cluster.createDatabase('second_studio'));
    await expect(migrateStudioDatabase(second)).resolves.toEqual({
      from: 0,
      to: latestStudioSchemaVersion,
    });
  });
});
