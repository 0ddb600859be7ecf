/**
 * A client record imported into a studio server says "import" in the audit trail, by whoever
 * imported it, rather than "finalize" and "amend" as if she had signed those revisions off today
 * (studio migration 11). Through Stance's real routers: the record is exported from a solo
 * computer's data folder and imported by Sam, a practitioner signed in with a password; the
 * owner reads the trail through the router. The label never hides a sign-off, and a studio
 * database from before the step keeps its trail and then logs moves and imports as such.
 */
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { latestStudioSchemaVersion, studioMigrations } from '../../main/db/postgres/migrations';
import { openStance, type StanceCore } from '../../main/stance';
import type { RecordImported } from '../../shared/channels/clients';
import type { AuditTrailPage } from '../../shared/domain/audit-trail';
import { PASSWORDS, startAuditStudio, type AuditStudio } from '../helpers/audit-studio';
import { seedRecordClient, type SeededRecord } from '../helpers/client-record';
import { value } from '../helpers/stance-data';
import { routerOnStudio, type StudioRouter } from '../helpers/studio-router';
import { createTestHost } from '../helpers/test-host';
import { makeTempDir } from '../helpers/temp-dir';

interface TrailRow {
  actor: string;
  action: string;
  client_id: string;
  assessment_id: string | null;
  revision: number | null;
}

let studio: AuditStudio;
let solo: StanceCore;
let soloDir: ReturnType<typeof makeTempDir>;
let seeded: SeededRecord;
let recordFile: string;
/** When the record was made and signed off on the solo computer, long before it is imported. */
const signedOffAt = '2026-06-02T09:00:00.000Z';
const closers: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  studio = await startAuditStudio();
  soloDir = makeTempDir('stance-import-audit-');
  const host = createTestHost();
  solo = await openStance({
    dataDir: soloDir.dir,
    appVersion: 'test',
    host,
    now: () => new Date(signedOffAt),
  });
  seeded = await seedRecordClient(solo);
  recordFile = path.join(soloDir.dir, 'ada.stance-client.json');
  host.answers.saveFile = recordFile;
  value(await solo.route('clients:exportRecord', { id: seeded.client.id }));
}, 60_000);

afterAll(async () => {
  solo?.close();
  soloDir?.cleanup();
  await studio?.stop();
});

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

let databases = 0;
/** A studio database of its own on the test server, migrated as far as `steps` go. */
async function freshStudio(steps = studioMigrations): Promise<{ name: string; admin: pg.Pool }> {
  databases += 1;
  const name = `imports_${databases}`;
  const admin = new pg.Pool({ connectionString: studio.cluster.createDatabase(name), max: 1 });
  closers.push(() => admin.end());
  await migrateStudioDatabase(admin, steps);
  return { name, admin };
}

function poolAs(person: 'sam' | 'ana', database: string): pg.Pool {
  const { host, port } = studio.connectionFor(person);
  const pool = new pg.Pool({ host, port, database, user: person, password: PASSWORDS[person] });
  closers.push(() => pool.end());
  return pool;
}

/** Stance on Sam's computer, records on the studio database `database`. */
async function samsStance(database: string): Promise<StudioRouter> {
  const host = createTestHost({ openFile: recordFile });
  const router = await routerOnStudio(poolAs('sam', database), () => new Date(), host);
  closers.push(() => router.close());
  return router;
}

async function trailRows(admin: pg.Pool): Promise<TrailRow[]> {
  const { rows } = await admin.query<TrailRow>(
    'SELECT actor, action, client_id, assessment_id, revision FROM audit_events ORDER BY id',
  );
  return rows;
}

/** The client, the first visit's finalized revision and its amendment, the second visit's final. */
const arrived = (action: string, actor: string) => [
  { actor, action, client_id: seeded.client.id, assessment_id: null, revision: null },
  { actor, action, client_id: seeded.client.id, assessment_id: seeded.amended, revision: 1 },
  { actor, action, client_id: seeded.client.id, assessment_id: seeded.amended, revision: 2 },
  { actor, action, client_id: seeded.client.id, assessment_id: seeded.final, revision: 1 },
];

/** Inserts a client and a draft, then finalizes it by UPDATE, all under `label`. */
async function finalizeUnder(admin: pg.Pool, label: string, suffix: string): Promise<void> {
  const connection = await admin.connect();
  try {
    await connection.query('BEGIN');
    await connection.query("SELECT set_config('stance.arriving', $1, true)", [label]);
    await connection.query(
      `INSERT INTO clients (id, first_name, last_name, created_at, updated_at)
       VALUES ($1, 'Zoë', 'Nowak', 't', 't')`,
      [`c-${suffix}`],
    );
    await connection.query(
      `INSERT INTO assessments (id, client_id, assessed_on, created_at)
       VALUES ($1, $2, '2026-12-05', 't')`,
      [`a-${suffix}`, `c-${suffix}`],
    );
    await connection.query(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
         body_version, rules_version, created_at, updated_at)
       VALUES ($1, 1, 'draft', '2026-12-05', '{}', 1, 'r1', 't', 't')`,
      [`a-${suffix}`],
    );
    await connection.query(
      "UPDATE assessment_revisions SET status = 'final', finalized_at = 't' WHERE assessment_id = $1",
      [`a-${suffix}`],
    );
    await connection.query('COMMIT');
  } finally {
    connection.release();
  }
}

describe('a client record imported into the studio, in the audit trail', () => {
  it('logs the client and each signed-off revision as imported by whoever imported it', async () => {
    const { name, admin } = await freshStudio();
    const sam = await samsStance(name);
    const imported = value<RecordImported>(await sam.route('clients:importRecord', {}));
    expect(imported).toMatchObject({ clientId: seeded.client.id, assessments: 2 });

    expect(await trailRows(admin)).toEqual(arrived('import', 'sam'));
    // When each was signed off is the file's, unchanged; who signed in to import it is Sam.
    const { rows } = await admin.query<{ finalized_at: string; created_by: string }>(
      "SELECT finalized_at, created_by FROM assessment_revisions WHERE status = 'final'",
    );
    expect(rows).toEqual([
      { finalized_at: signedOffAt, created_by: 'sam' },
      { finalized_at: signedOffAt, created_by: 'sam' },
    ]);

    // Ana, the owner, reads the same through Stance on her own computer.
    const anasDir = makeTempDir();
    const owner = await openStance({
      dataDir: anasDir.dir,
      appVersion: 'test',
      host: createTestHost(),
    });
    closers.push(() => {
      owner.close();
      anasDir.cleanup();
    });
    value(await owner.route('studio:save', { ...studio.connectionFor('ana'), database: name }));
    const page = value<AuditTrailPage>(await owner.route('audit:trail', {}));
    expect(page.events.map((event) => [event.actor, event.action, event.revision])).toEqual([
      ['sam', 'import', 1],
      ['sam', 'import', 2],
      ['sam', 'import', 1],
      ['sam', 'import', null],
    ]);
    expect(page.events.every((event) => event.clientName === 'Ada Lovelace')).toBe(true);
  });

  it('logs a revision finalized after the import as finalized, by whoever finalized it', async () => {
    const { name, admin } = await freshStudio();
    const sam = await samsStance(name);
    value(await sam.route('clients:importRecord', {}));
    value(await sam.route('assessments:finalize', { id: seeded.amended, revision: 2 }));
    expect((await trailRows(admin)).at(-1)).toEqual({
      actor: 'sam',
      action: 'finalize',
      client_id: seeded.client.id,
      assessment_id: seeded.amended,
      revision: 2,
    });
  });

  it('never lets the label hide a sign-off, and takes no label but move or import', async () => {
    const { admin } = await freshStudio();
    await finalizeUnder(admin, 'import', 'imported');
    await finalizeUnder(admin, 'finalize', 'made-up');
    expect(
      (await trailRows(admin)).map((row) => [row.client_id, row.action, row.revision]),
    ).toEqual([
      ['c-imported', 'import', null],
      ['c-imported', 'finalize', 1],
      ['c-made-up', 'finalize', 1],
    ]);
  });
});

describe('studio migration 11 (imported records) on a database with a trail', () => {
  it('keeps the trail as it was, then logs moves and imports by their own names', async () => {
    const beforeThisStep = studioMigrations.filter((step) => step.version < 11);
    const { admin } = await freshStudio(beforeThisStep);
    const connection = await admin.connect();
    try {
      await connection.query('BEGIN');
      await connection.query("SELECT set_config('stance.moving', 'on', true)");
      await connection.query(
        "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('c-old', 'Ana', 'Diaz', 't', 't')",
      );
      await connection.query('COMMIT');
    } finally {
      connection.release();
    }
    await finalizeUnder(admin, 'none', 'before');
    const before = await admin.query('SELECT * FROM audit_events ORDER BY id');
    expect(before.rows.map((row: TrailRow) => [row.client_id, row.action])).toEqual([
      ['c-old', 'move'],
      ['c-before', 'finalize'],
    ]);

    await expect(migrateStudioDatabase(admin)).resolves.toEqual({
      from: beforeThisStep.at(-1)!.version,
      to: latestStudioSchemaVersion,
    });

    expect((await admin.query('SELECT * FROM audit_events ORDER BY id')).rows).toEqual(before.rows);
    await finalizeUnder(admin, 'move', 'moved');
    await finalizeUnder(admin, 'import', 'imported');
    expect(
      (await trailRows(admin)).slice(2).map((row) => [row.client_id, row.action, row.revision]),
    ).toEqual([
      ['c-moved', 'move', null],
      ['c-moved', 'finalize', 1],
      ['c-imported', 'import', null],
      ['c-imported', 'finalize', 1],
    ]);
  });
});
