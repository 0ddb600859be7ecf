/**
 * A studio server with a short audit trail, for the owner's view: Ana owns the studio and works
 * as a practitioner too, Olga owns it without being a practitioner, Sam is a practitioner Ana
 * added. Sam finalizes and amends Ana Diaz's assessment of 3 March 2026, Ana finalizes the
 * amendment, Sam exports Ana Diaz's record, then exports and erases Zoë Nowak's. Every event is
 * written by the server's own triggers and stance_record_export(), as Stance's stores cause them.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { studioClientStore } from '../../main/db/postgres/client-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import type { StudioConnectionInput } from '../../shared/domain/studio-connection';
import { startTestCluster, type TestCluster } from './postgres-cluster';

export const PASSWORDS = {
  ana: 'owner password 1',
  olga: 'owner password 2',
  sam: 'a long password for sam',
} as const;
export type StudioPerson = keyof typeof PASSWORDS;

export interface AuditStudio {
  cluster: TestCluster;
  /** Ana Diaz, whose assessment of 3 March 2026 was finalized, amended and exported. */
  anaDiazId: string;
  /** Zoë Nowak, exported then erased. */
  zoeNowakId: string;
  assessmentId: string;
  /** The connection Settings → Studio database would save for this person. */
  connectionFor(person: StudioPerson): StudioConnectionInput;
  /** A pool signed in as the studio's own role (a superuser on the test server). */
  admin: pg.Pool;
  stop(): Promise<void>;
}

const stamp = '2026-03-03T10:00:00.000Z';

export async function startAuditStudio(): Promise<AuditStudio> {
  const cluster = await startTestCluster({ passwordLogins: true });
  const url = cluster.createDatabase('studio');
  const pools: pg.Pool[] = [];
  const poolAs = (user: string) => {
    const address = new URL(url);
    address.username = user;
    if (user !== 'stance') address.password = PASSWORDS[user as StudioPerson];
    const pool = new pg.Pool({ connectionString: address.toString(), max: 1 });
    pools.push(pool);
    return pool;
  };
  const admin = poolAs('stance');
  await migrateStudioDatabase(admin);
  await admin.query(
    `CREATE ROLE ana LOGIN PASSWORD '${PASSWORDS.ana}' IN ROLE stance_owner, stance_practitioner`,
  );
  await admin.query(`CREATE ROLE olga LOGIN PASSWORD '${PASSWORDS.olga}' IN ROLE stance_owner`);
  const ana = poolAs('ana');
  await ana.query('SELECT stance_add_practitioner($1, $2)', ['sam', PASSWORDS.sam]);
  const sam = poolAs('sam');

  const anaDiazId = randomUUID();
  const zoeNowakId = randomUUID();
  const assessmentId = randomUUID();
  for (const [id, first, last] of [
    [anaDiazId, 'Ana', 'Diaz'],
    [zoeNowakId, 'Zoë', 'Nowak'],
  ] as const)
    await sam.query(
      `INSERT INTO clients (id, first_name, last_name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4)`,
      [id, first, last, stamp],
    );
  await sam.query(
    `INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ($1, $2, '2026-03-03', $3)`,
    [assessmentId, anaDiazId, stamp],
  );
  const revision = (as: pg.Pool, number: number, reason: string) =>
    as.query(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
         body_version, rules_version, amendment_reason, created_at, updated_at)
       VALUES ($1, $2, 'draft', '2026-03-03', '{}', 1, 'r1', $3, $4, $4)`,
      [assessmentId, number, reason, stamp],
    );
  const finalize = (as: pg.Pool, number: number) =>
    as.query(
      `UPDATE assessment_revisions SET status = 'final', finalized_at = $3
       WHERE assessment_id = $1 AND revision = $2`,
      [assessmentId, number, stamp],
    );
  await revision(sam, 1, '');
  await finalize(sam, 1);
  await revision(sam, 2, 'wrong side');
  await finalize(ana, 2);
  await studioClientStore(sam).noteExport(anaDiazId);
  await studioClientStore(sam).noteExport(zoeNowakId);
  await studioClientStore(sam).delete(zoeNowakId);

  return {
    cluster,
    anaDiazId,
    zoeNowakId,
    assessmentId,
    admin,
    connectionFor: (person) => ({
      host: '127.0.0.1',
      port: cluster.port,
      database: 'studio',
      user: person,
      tls: 'off',
      caFile: null,
      password: PASSWORDS[person],
    }),
    stop: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      cluster.stop();
    },
  };
}
