/**
 * The two engines the stores run on, opened for a contract test: a real SQLite file through
 * Stance's own start-up, and a fresh database on a throwaway PostgreSQL server. A contract test
 * runs its cases once per engine with `describe.each(Object.entries(storeEngines))`.
 */
import pg from 'pg';
import { afterAll } from 'vitest';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';
import { studioClientStore } from '../../main/db/postgres/client-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { studioStores } from '../../main/db/postgres/stores';
import { studioProgramStore, studioSettingsStore } from '../../main/db/postgres/program-store';
import type { AssessmentStore } from '../../main/db/stores/assessment-store';
import type { ClientStore } from '../../main/db/stores/client-store';
import type { ProgramStore, SettingsStore } from '../../main/db/stores/program-store';
import { sqliteAssessmentStore } from '../../main/db/stores/sqlite-assessment-store';
import { sqliteClientStore } from '../../main/db/stores/sqlite-client-store';
import { sqliteProgramStore, sqliteSettingsStore } from '../../main/db/stores/sqlite-program-store';
import type { Stores } from '../../main/db/stores/stores';
import { openStance } from '../../main/stance';
import { startTestCluster, type TestCluster } from './postgres-cluster';
import { makeTempDir } from './temp-dir';

export interface EngineStores {
  readonly clients: ClientStore;
  readonly assessments: AssessmentStore;
  readonly programs: ProgramStore;
  readonly settings: SettingsStore;
  /** All of them together, as the engine's setup hands them to the services. */
  readonly stores: Stores;
  /** Whom the engine records as having saved: the server's signed-in role; nobody on SQLite. */
  readonly savedBy: string | null;
  close(): Promise<void>;
}

let cluster: TestCluster | undefined;
let databases = 0;
afterAll(() => cluster?.stop());

export const storeEngines: Record<string, () => Promise<EngineStores>> = {
  'the embedded SQLite file': async () => {
    const temp = makeTempDir();
    const core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    const db = core.session!.db;
    return {
      clients: sqliteClientStore(db),
      assessments: sqliteAssessmentStore(db),
      programs: sqliteProgramStore(db),
      settings: sqliteSettingsStore(db),
      stores: core.session!.stores,
      savedBy: null,
      close: () => {
        core.close();
        temp.cleanup();
        return Promise.resolve();
      },
    };
  },
  'a studio PostgreSQL server': async () => {
    const { url, pool } = await freshStudioDatabase();
    return {
      clients: studioClientStore(pool),
      assessments: studioAssessmentStore(pool),
      programs: studioProgramStore(pool),
      settings: studioSettingsStore(pool),
      stores: studioStores(pool),
      savedBy: new URL(url).username,
      close: () => pool.end(),
    };
  },
};

/** A new, migrated database on the throwaway server, shared by every test of the run. */
export async function freshStudioDatabase(): Promise<{ url: string; pool: pg.Pool }> {
  cluster ??= await startTestCluster();
  databases += 1;
  const url = cluster.createDatabase(`stores_${process.pid}_${databases}`);
  const pool = new pg.Pool({ connectionString: url });
  await migrateStudioDatabase(pool);
  return { url, pool };
}
