/**
 * The two engines the stores run on, opened for a contract test: a real SQLite file through
 * Stance's own start-up, and a fresh database on a throwaway PostgreSQL server. A contract test
 * runs its cases once per engine with `describe.each(Object.entries(storeEngines))`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll } from 'vitest';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';
import { studioClientStore } from '../../main/db/postgres/client-store';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { openStudioPool } from '../../main/db/postgres/pool';
import { studioStores } from '../../main/db/postgres/stores';
import { studioProgramStore, studioSettingsStore } from '../../main/db/postgres/program-store';
import type { AssessmentStore } from '../../main/db/stores/assessment-store';
import type { ClientStore } from '../../main/db/stores/client-store';
import type { ProgramStore, SettingsStore } from '../../main/db/stores/program-store';
import { sqliteAssessmentStore } from '../../main/db/stores/sqlite-assessment-store';
import { sqliteClientStore } from '../../main/db/stores/sqlite-client-store';
import { sqliteProgramStore, sqliteSettingsStore } from '../../main/db/stores/sqlite-program-store';
import type { Stores } from '../../main/db/stores/stores';
import type { Db } from '../../main/db/connection';
import { insertClip, listClipsOfRevision } from '../../main/db/repositories/clips';
import { insertPhoto, listPhotosOfRevision } from '../../main/db/repositories/photos';
import type { PhotoStore } from '../../main/photos/store';
import { openStance } from '../../main/stance';
import { startTestCluster, type TestCluster } from './postgres-cluster';
import { makeTempDir } from './temp-dir';

export interface RevisionId {
  assessmentId: string;
  revision: number;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface EngineStores {
  readonly clients: ClientStore;
  readonly assessments: AssessmentStore;
  readonly programs: ProgramStore;
  readonly settings: SettingsStore;
  /** All of them together, as the engine's setup hands them to the services. */
  readonly stores: Stores;
  /**
   * Set-up the stores do not offer (photos and clips arrive through their own services): a file
   * stored with a photo or clip row naming it, on one revision; and what is stored afterwards.
   */
  readonly media: {
    addPhoto(at: RevisionId, bytes: Uint8Array, landmarks: object): Promise<string>;
    addClip(at: RevisionId, bytes: Uint8Array): Promise<string>;
    landmarksOf(at: RevisionId): Promise<unknown[]>;
    clipCount(at: RevisionId): Promise<number>;
    isStored(hash: string): Promise<boolean>;
  };
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
      media: sqliteMedia(db, core.session!.photos),
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
      media: studioMedia(pool),
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
  const pool = openStudioPool({ connectionString: url });
  await migrateStudioDatabase(pool);
  return { url, pool };
}

const clipFields = {
  mediaType: 'video/mp4',
  screen: 'overhead-squat',
  view: 'front',
  side: null,
  width: 640,
  height: 480,
  durationMs: 3000,
  frameRate: 30,
};

function sqliteMedia(db: Db, files: PhotoStore): EngineStores['media'] {
  return {
    addPhoto: ({ assessmentId, revision }, bytes, landmarks) => {
      const hash = files.put(bytes);
      insertPhoto(
        db,
        {
          id: randomUUID(),
          assessmentId,
          revision,
          hash,
          view: 'anterior',
          mediaType: 'image/jpeg',
          width: 10,
          height: 20,
          bytes: bytes.byteLength,
          landmarks: JSON.stringify(landmarks),
          createdAt: new Date().toISOString(),
        },
        null,
      );
      return Promise.resolve(hash);
    },
    addClip: ({ assessmentId, revision }, bytes) => {
      const hash = files.put(bytes);
      insertClip(db, {
        id: randomUUID(),
        assessmentId,
        revision,
        hash,
        ...clipFields,
        bytes: bytes.byteLength,
        createdAt: new Date().toISOString(),
      });
      return Promise.resolve(hash);
    },
    landmarksOf: ({ assessmentId, revision }) =>
      Promise.resolve(
        listPhotosOfRevision(db, assessmentId, revision).map(
          (photo) => JSON.parse(photo.landmarks) as unknown,
        ),
      ),
    clipCount: ({ assessmentId, revision }) =>
      Promise.resolve(listClipsOfRevision(db, assessmentId, revision).length),
    isStored: (hash) => Promise.resolve(files.has(hash)),
  };
}

function studioMedia(pool: pg.Pool): EngineStores['media'] {
  const storeFile = async (bytes: Uint8Array, mediaType: string) => {
    const hash = sha256(bytes);
    await pool.query(
      `INSERT INTO photo_files (hash, media_type, content, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (hash) DO NOTHING`,
      [hash, mediaType, Buffer.from(bytes), new Date().toISOString()],
    );
    return hash;
  };
  return {
    async addPhoto({ assessmentId, revision }, bytes, landmarks) {
      const hash = await storeFile(bytes, 'image/jpeg');
      await pool.query(
        `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height,
           bytes, landmarks, created_at)
         VALUES ($1, $2, $3, $4, 'anterior', 'image/jpeg', 10, 20, $5, $6, $7)`,
        [
          randomUUID(),
          assessmentId,
          revision,
          hash,
          bytes.byteLength,
          JSON.stringify(landmarks),
          new Date().toISOString(),
        ],
      );
      return hash;
    },
    async addClip({ assessmentId, revision }, bytes) {
      const hash = await storeFile(bytes, clipFields.mediaType);
      await pool.query(
        `INSERT INTO clips (id, assessment_id, revision, hash, media_type, screen, view, side,
           width, height, duration_ms, frame_rate, bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          randomUUID(),
          assessmentId,
          revision,
          hash,
          clipFields.mediaType,
          clipFields.screen,
          clipFields.view,
          clipFields.side,
          clipFields.width,
          clipFields.height,
          clipFields.durationMs,
          clipFields.frameRate,
          bytes.byteLength,
          new Date().toISOString(),
        ],
      );
      return hash;
    },
    async landmarksOf({ assessmentId, revision }) {
      const result = await pool.query<{ landmarks: unknown }>(
        'SELECT landmarks FROM photos WHERE assessment_id = $1 AND revision = $2 ORDER BY created_at, id',
        [assessmentId, revision],
      );
      return result.rows.map((row) => row.landmarks);
    },
    async clipCount({ assessmentId, revision }) {
      const result = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM clips WHERE assessment_id = $1 AND revision = $2',
        [assessmentId, revision],
      );
      return result.rows[0]?.n ?? 0;
    },
    async isStored(hash) {
      const result = await pool.query('SELECT 1 FROM photo_files WHERE hash = $1', [hash]);
      return result.rowCount === 1;
    },
  };
}
