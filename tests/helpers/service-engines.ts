/**
 * Stance's real router and handlers with the records on either engine, for the services'
 * integration tests: `describe.each(Object.entries(serviceEngines))`. On a studio server the
 * store-backed channels (clients, assessments, programs, photos) reach PostgreSQL; what has no
 * store yet (backups, exports) stays in the test's own data folder, as on SQLite.
 */
import { answered } from '../../main/db/stores/answered';
import type { Records } from '../../main/db/stores/stores';
import type { Host } from '../../main/host';
import type { Route } from '../../main/router';
import { openStance } from '../../main/stance';
import { freshStudioDatabase } from './store-engines';
import { routerOnStudio } from './studio-router';
import { makeTempDir } from './temp-dir';

export interface ServiceEngine {
  route: Route;
  /** The records the engine serves photos and clips from, as the app's `app:` routes do. */
  records: () => Records | null;
  /** Whom the engine records as having saved: the server's signed-in role; nobody on SQLite. */
  savedBy: string | null;
  /** Rewrites an assessment's bodies in SQL itself, past Stance, as a bug or a tool could. */
  rewriteBodiesInSql(assessmentId: string): Promise<void>;
  /** How many rows a table holds, read in SQL past Stance, to prove a refusal wrote nothing. */
  countRows(table: CountedTable): Promise<number>;
  /** The server's audit trail, oldest first, read past Stance; null on SQLite, which has none. */
  auditTrail(): Promise<AuditRow[] | null>;
  close(): Promise<void>;
}

export type CountedTable =
  | 'clients'
  | 'assessments'
  | 'assessment_revisions'
  | 'programs'
  | 'program_items'
  | 'photos'
  | 'clips';

export interface AuditRow {
  actor: string;
  action: string;
  clientId: string;
}

export interface EngineOptions {
  /** The clock the services stamp with; the real one unless a test steps its own. */
  now?: () => Date;
  /** The dialogs; every one cancelled unless a test answers them. */
  host?: Host;
}

export const serviceEngines: Record<string, (options?: EngineOptions) => Promise<ServiceEngine>> = {
  'the embedded SQLite file': async ({ now, host } = {}) => {
    const temp = makeTempDir();
    const core = await openStance({
      dataDir: temp.dir,
      appVersion: 'test',
      ...(now ? { now } : {}),
      ...(host ? { host } : {}),
    });
    return {
      route: core.route,
      records: () => core.session,
      savedBy: null,
      rewriteBodiesInSql: (id) =>
        answered(() => {
          core
            .session!.db.prepare(
              "UPDATE assessment_revisions SET body = '{}' WHERE assessment_id = ?",
            )
            .run(id);
        }),
      countRows: (table) =>
        answered(
          () =>
            (core.session!.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
              .n,
        ),
      auditTrail: () => Promise.resolve(null),
      close: () => {
        core.close();
        temp.cleanup();
        return Promise.resolve();
      },
    };
  },
  'a studio PostgreSQL server': async ({ now = () => new Date(), host } = {}) => {
    const { url, pool } = await freshStudioDatabase();
    const studio = await routerOnStudio(pool, now, host);
    return {
      route: studio.route,
      savedBy: new URL(url).username,
      records: studio.records,
      rewriteBodiesInSql: async (id) => {
        await pool.query("UPDATE assessment_revisions SET body = '{}' WHERE assessment_id = $1", [
          id,
        ]);
      },
      countRows: async (table) => {
        const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        return rows[0]!.n;
      },
      auditTrail: async () => {
        const { rows } = await pool.query<AuditRow>(
          'SELECT actor, action, client_id AS "clientId" FROM audit_events ORDER BY id',
        );
        return rows;
      },
      close: async () => {
        await pool.end();
        studio.close();
      },
    };
  },
};
