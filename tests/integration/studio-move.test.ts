/**
 * "Move my records to the studio" from a real data folder, filled through Stance's real router,
 * to a real PostgreSQL server, through the real `studio:moveRecords` channel on the saved
 * connection: everything arrives and reads back the same through the studio's stores, files are
 * checked there, a second move is refused, a failure half way leaves the server empty, and the
 * local file's bytes never change.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupProblemLog } from '../../main/backups';
import { createRouter, type Route } from '../../main/router';
import { openDataAccess } from '../../main/data-access';
import { dataPaths, openStance, stanceHandlers, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { ClipInfo } from '../../shared/channels/clips';
import type { Settings } from '../../shared/domain/settings';
import type { MoveOutcome, MoveProgress } from '../../shared/domain/studio-move';
import type { Result } from '../../shared/errors';
import { seedRecordClient, type SeededRecord } from '../helpers/client-record';
import { freshStudioDatabase } from '../helpers/store-engines';
import { value } from '../helpers/stance-data';
import { createTestHost, type TestHost } from '../helpers/test-host';
import { makeTempDir } from '../helpers/temp-dir';
import { studioContext } from '../helpers/studio-router';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/video');
const clock = () => new Date('2026-12-06T09:00:00.000Z');

let temp: ReturnType<typeof makeTempDir>;
let host: TestHost;
let core: StanceCore;
let server: { url: string; pool: pg.Pool };
let record: SeededRecord;
let draftId: string;
let clip: ClipInfo;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const call = async <T>(channel: string, payload: unknown): Promise<T> =>
  value<T>(await core.route(channel, payload));

/** The database file and its WAL, as bytes on disk. */
function localFileHash(): string {
  const file = core.session!.paths.database;
  return sha256(
    Buffer.concat(
      [file, `${file}-wal`]
        .filter((name) => fs.existsSync(name))
        .map((name) => fs.readFileSync(name)),
    ),
  );
}

async function serverCount(table: string): Promise<number> {
  const { rows } = await server.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table}`,
  );
  return rows[0]!.n;
}

async function serverSettings(): Promise<{ key: string; value: unknown }[]> {
  const { rows } = await server.pool.query<{ key: string; value: unknown }>(
    'SELECT key, value FROM settings ORDER BY key COLLATE "C"',
  );
  return rows;
}

async function move(): Promise<Result<MoveOutcome>> {
  return (await core.route('studio:moveRecords', {})) as Result<MoveOutcome>;
}

/**
 * Stance's real handlers on a colleague's computer (a data folder of its own) with the records on
 * the studio server, as she would read them once they are moved.
 */
async function colleagueRoute(): Promise<Route> {
  const folder = makeTempDir('stance-colleague-');
  const options = { dataDir: folder.dir, appVersion: 'test', now: clock };
  const data = await openDataAccess({ ...options, paths: dataPaths(folder.dir) });
  closers.push(() => {
    data.close();
    folder.cleanup();
  });
  const handlers = stanceHandlers(studioContext(data, server.pool, clock), {
    ...options,
    backupProblems: createBackupProblemLog(),
  });
  return createRouter(handlers, { logError: (error) => console.error(error) });
}

let closers: (() => void)[] = [];

beforeEach(async () => {
  temp = makeTempDir('stance-move-');
  host = createTestHost();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', host, now: clock });
  await core.fullyChecked();
  record = await seedRecordClient(core);
  const draft = await call<Assessment>('assessments:create', {
    clientId: record.client.id,
    assessedOn: '2026-12-01',
  });
  draftId = draft.assessmentId;
  await call('assessments:saveDraft', {
    id: draftId,
    revision: 1,
    assessedOn: '2026-12-01',
    body: { schemaVersion: 1, pain: { nprsNow: 4 }, notes: 'Still a draft' },
  });
  clip = await call<ClipInfo>('clips:add', {
    assessmentId: draftId,
    tag: { screen: 'overhead-squat', view: 'front', side: null },
    fileName: 'small.webm',
    data: fs.readFileSync(path.join(fixtures, 'small.webm')),
  });
  server = await freshStudioDatabase();
  const address = new URL(server.url);
  await call('studio:save', {
    host: address.hostname,
    port: Number(address.port),
    database: address.pathname.slice(1),
    user: address.username,
    tls: 'off',
    caFile: null,
  });
}, 60_000);

afterEach(async () => {
  for (const close of closers) close();
  closers = [];
  await server.pool.end();
  core.close();
  temp.cleanup();
});

describe('moving my records to the studio', () => {
  it('copies every record and file, verified, and a colleague reads them back the same', async () => {
    const before = localFileHash();
    const outcome = value<MoveOutcome>(await move());

    expect(outcome.moved).toEqual({
      clients: 1,
      assessments: 3,
      revisions: 4,
      programs: 1,
      exercises: 1,
      photos: 3,
      clips: 1,
      files: 3,
    });
    expect(localFileHash()).toBe(before);
    const progress = host.eventsNamed('studio:moveProgress') as MoveProgress[];
    expect(progress.at(-1)).toEqual({ step: 'verifying', done: 3, total: 3 });

    // Every stored file is on the server, its bytes hashing to its name.
    const files = await server.pool.query<{ hash: string; content: Buffer }>(
      'SELECT hash, content FROM photo_files',
    );
    expect(files.rows.map((row) => row.hash).sort()).toEqual(
      [...new Set([...record.photos.map((photo) => photo.hash), clip.hash])].sort(),
    );
    for (const row of files.rows) expect(sha256(row.content)).toBe(row.hash);

    const studio = await colleagueRoute();
    const read = async (route: Route, channel: string, payload: unknown) =>
      value<unknown>(await route(channel, payload));
    for (const [channel, payload] of [
      ['clients:list', {}],
      ['clients:list', { sort: 'last-visit' }],
      ['clients:get', { id: record.client.id }],
      ['assessments:get', { id: record.amended }],
      ['assessments:get', { id: record.final }],
      ['assessments:get', { id: draftId }],
      ['assessments:listForClient', { clientId: record.client.id }],
      ['programs:listForClient', { clientId: record.client.id }],
    ] as const) {
      expect(await read(studio, channel, payload), channel).toEqual(
        await read(core.route, channel, payload),
      );
    }
    // The server worked out her last visit itself as her visits arrived.
    const kept = await server.pool.query<{ last_visit_on: string }>(
      'SELECT last_visit_on FROM clients WHERE id = $1',
      [record.client.id],
    );
    const listed = (await read(core.route, 'clients:list', {
      query: record.client.lastName,
    })) as { lastVisitOn: string | null }[];
    expect(listed[0]?.lastVisitOn).toEqual(expect.any(String));
    expect(kept.rows[0]?.last_visit_on).toBe(listed[0]?.lastVisitOn);
    const finals = await server.pool.query<{ finalized_at: string; status: string }>(
      "SELECT status, finalized_at FROM assessment_revisions WHERE status = 'final' ORDER BY finalized_at",
    );
    expect(finals.rows).toHaveLength(2);
  });

  it('says in the audit trail that the records were moved, not signed off today', async () => {
    value<MoveOutcome>(await move());
    const { rows } = await server.pool.query<{ action: string; revision: number | null }>(
      'SELECT action, revision FROM audit_events ORDER BY id',
    );
    // The client, the first assessment's finalized revision and its amendment, the second's final.
    expect(rows.map((row) => row.action)).toEqual(['move', 'move', 'move', 'move']);
    expect(rows.map((row) => row.revision)).toEqual([null, 1, 2, 1]);
  });

  it('logs a draft finalized during a move as finalized: the move label never hides a sign-off', async () => {
    const connection = await server.pool.connect();
    try {
      await connection.query('BEGIN');
      await connection.query("SELECT set_config('stance.arriving', 'move', true)");
      await connection.query(
        "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('c1', 'Zoë', 'Nowak', 't', 't')",
      );
      await connection.query(
        "INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES ('a1', 'c1', '2026-12-05', 't')",
      );
      await connection.query(
        `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body,
           body_version, rules_version, created_at, updated_at)
         VALUES ('a1', 1, 'draft', '2026-12-05', '{}', 1, 'r1', 't', 't')`,
      );
      await connection.query(
        "UPDATE assessment_revisions SET status = 'final', finalized_at = 't' WHERE assessment_id = 'a1'",
      );
      await connection.query('COMMIT');
    } finally {
      connection.release();
    }
    const { rows } = await server.pool.query<{ action: string; revision: number | null }>(
      'SELECT action, revision FROM audit_events ORDER BY id',
    );
    expect(rows).toEqual([
      { action: 'move', revision: null },
      { action: 'finalize', revision: 1 },
    ]);
  });

  it('takes her letterhead and logo to a studio that has none, and leaves her own settings here', async () => {
    const logo = await sharp({
      create: { width: 800, height: 200, channels: 3, background: '#205080' },
    })
      .png()
      .toBuffer();
    const { logo: logoHash } = await call<Settings>('settings:setLogo', {
      fileName: 'logo.png',
      dataBase64: logo.toString('base64'),
    });
    await call('settings:update', {
      studioName: 'Ada’s own practice',
      studioPhone: '+44 113 496 0000',
      practitionerName: 'Ada Byron',
      units: 'imperial',
      paperSize: 'Letter',
      suggestPointsOnImport: true,
      studioDetailsAsked: true,
    });
    const personal = await call<Settings>('settings:get', {});

    const outcome = value<MoveOutcome>(await move());
    expect(outcome.keptStudios.settings).toBe(0);
    expect(outcome.moved.files).toBe(4);
    expect(await serverSettings()).toEqual([
      { key: 'logo', value: logoHash },
      { key: 'studioName', value: 'Ada’s own practice' },
      { key: 'studioPhone', value: '+44 113 496 0000' },
    ]);
    const files = await server.pool.query('SELECT 1 FROM photo_files WHERE hash = $1', [logoHash]);
    expect(files.rowCount).toBe(1);
    // Her own settings are still hers, on this computer.
    expect(await call<Settings>('settings:get', {})).toEqual(personal);
  });

  it('keeps a studio’s own letterhead whole: none of hers joins it, and none of her own settings go', async () => {
    await call('settings:update', {
      studioName: 'Ada’s own practice',
      studioAddress: '1 Analytical Row',
      units: 'imperial',
      practitionerName: 'Ada Byron',
    });
    await server.pool.query(
      `INSERT INTO settings (key, value) VALUES ('studioName', '"The Studio"')`,
    );
    const outcome = value<MoveOutcome>(await move());
    expect(outcome.keptStudios.settings).toBe(2);
    expect(await serverSettings()).toEqual([{ key: 'studioName', value: 'The Studio' }]);
  });

  it('refuses a second move, saying how many records the studio already holds', async () => {
    value<MoveOutcome>(await move());
    const counts = await serverCount('assessment_revisions');
    const again = await move();
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('conflict');
    expect(again.error.message).toContain(
      'already holds 1 client, 3 assessments, 1 exercise, 1 program, 3 photos and 1 movement clip of yours',
    );
    expect(again.error.message).toContain('Nothing was moved');
    expect(await serverCount('assessment_revisions')).toBe(counts);
  });

  it('leaves the server empty when a file is missing from the photo folder', async () => {
    const before = localFileHash();
    fs.rmSync(core.session!.photos.pathOf(clip.hash));
    const answer = await move();
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toMatch(/missing from this computer’s photo folder/);
    expect(answer.error.message).toMatch(/Nothing was moved: the studio database is as it was/);
    for (const table of [
      'clients',
      'assessments',
      'assessment_revisions',
      'photos',
      'clips',
      'photo_files',
      'audit_events',
    ])
      expect(await serverCount(table), table).toBe(0);
    expect(localFileHash()).toBe(before);
  });

  it('leaves the server empty when the server refuses part way through', async () => {
    // A server-side refusal of the first clip row, after clients, assessments and photos went in.
    await server.pool.query(`
      CREATE FUNCTION refuse_clips() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'disk full' USING ERRCODE = '53100'; END $$;
      CREATE TRIGGER refuse_clips BEFORE INSERT ON clips FOR EACH ROW EXECUTE FUNCTION refuse_clips();
    `);
    const answer = await move();
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toMatch(/ran out of room/);
    for (const table of ['clients', 'assessments', 'assessment_revisions', 'photos', 'photo_files'])
      expect(await serverCount(table), table).toBe(0);
  });
});
