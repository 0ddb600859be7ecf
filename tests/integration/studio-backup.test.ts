/**
 * "Back up the studio database now" through Stance's real router, with the real pg_dump, on the
 * connection saved in Settings, against a real PostgreSQL server that asks for passwords: the dump
 * restores with pg_restore into a new database holding the records and the audit trail. A stand-in
 * pg_dump on PATH shows what the real one is given (the password in its environment only) and
 * how its failures are told.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStance, type StanceCore } from '../../main/stance';
import type { StudioBackupTaken } from '../../shared/domain/studio-backup';
import { PASSWORDS, startAuditStudio, type AuditStudio } from '../helpers/audit-studio';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost } from '../helpers/test-host';

let studio: AuditStudio;
let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;
const realPath = process.env['PATH'];

beforeAll(async () => {
  studio = await startAuditStudio();
}, 60_000);
afterAll(() => studio?.stop());

beforeEach(async () => {
  temp = makeTempDir();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', host: createTestHost() });
});
afterEach(() => {
  process.env['PATH'] = realPath;
  core.close();
  temp.cleanup();
});

const studioFolder = () => path.join(temp.dir, 'backups', 'studio');

async function saveAs(person: 'ana' | 'sam') {
  const result = await core.route('studio:save', studio.connectionFor(person));
  if (!result.ok) throw new Error(result.error.message);
}

async function take(): Promise<StudioBackupTaken> {
  const result = await core.route('studio:backup', {});
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as StudioBackupTaken;
}

async function refusal(): Promise<string> {
  const result = await core.route('studio:backup', {});
  if (result.ok) throw new Error('a backup was taken');
  return result.error.message;
}

/** A pg_dump that writes what it was given to `said.json` beside itself, then fails as told. */
function standInPgDump(stderr: string): string {
  const folder = path.join(temp.dir, 'bin');
  fs.mkdirSync(folder);
  const script = path.join(folder, 'pg_dump');
  fs.writeFileSync(
    script,
    `#!${process.execPath}\n` +
      `require('fs').writeFileSync(${JSON.stringify(path.join(folder, 'said.json'))}, JSON.stringify({ argv: process.argv.slice(2), env: process.env }));\n` +
      `process.stderr.write(${JSON.stringify(stderr)});\nprocess.exit(1);\n`,
    { mode: 0o755 },
  );
  process.env['PATH'] = folder;
  return path.join(folder, 'said.json');
}

describe('backing up the studio database with pg_dump', () => {
  it('takes a whole dump that pg_restore puts back, records and trail included', async () => {
    await saveAs('ana');
    expect(await core.route('studio:backupStatus', {})).toEqual({
      ok: true,
      value: { pgDumpFound: true, folder: studioFolder() },
    });
    const taken = await take();
    expect(path.dirname(taken.file)).toBe(studioFolder());
    expect(path.basename(taken.file)).toMatch(/^studio-studio-\d{4}-\d\d-\d\dT[\d-]+Z\.dump$/);
    expect(fs.readdirSync(studioFolder())).toEqual([path.basename(taken.file)]);
    expect(fs.statSync(taken.file).size).toBe(taken.bytes);

    const restoredUrl = studio.cluster.createDatabase('restored');
    execFileSync('pg_restore', ['--no-password', `--dbname=${restoredUrl}`, taken.file], {
      stdio: 'pipe',
    });
    const restored = new pg.Pool({ connectionString: restoredUrl, max: 1 });
    try {
      const clients = await restored.query('SELECT first_name, last_name FROM clients');
      expect(clients.rows).toEqual([{ first_name: 'Ana', last_name: 'Diaz' }]);
      const revisions = await restored.query(
        'SELECT revision, status, created_by, finalized_by FROM assessment_revisions ORDER BY revision',
      );
      expect(revisions.rows).toEqual([
        { revision: 1, status: 'final', created_by: 'sam', finalized_by: 'sam' },
        { revision: 2, status: 'final', created_by: 'sam', finalized_by: 'ana' },
      ]);
      const trail = await restored.query('SELECT count(*)::int AS n FROM audit_events');
      expect(trail.rows).toEqual([{ n: 6 }]);
    } finally {
      await restored.end();
    }
  });

  it('tells a practitioner who may not read the trail that no backup was taken, and leaves no file', async () => {
    await saveAs('sam');
    expect(await refusal()).toBe(
      '“sam” may not read all of the studio database (the server keeps the table audit_events from it), so no backup was taken. Back up with the role that set up the studio database, or on the server itself.',
    );
    expect(fs.readdirSync(studioFolder())).toEqual([]);
  });

  it('gives pg_dump the password in its environment only, never on its command line', async () => {
    await saveAs('ana');
    const said = standInPgDump(
      'pg_dump: error: aborting because of server version mismatch\npg_dump: detail: server version: 17.2; pg_dump version: 15.10\n',
    );
    expect(await refusal()).toBe(
      'The studio server runs PostgreSQL 17.2, newer than this computer’s pg_dump (15.10), which cannot back it up. Install PostgreSQL’s client tools version 17 or newer on this computer.',
    );
    const given = JSON.parse(fs.readFileSync(said, 'utf8')) as {
      argv: string[];
      env: Record<string, string>;
    };
    expect(given.argv.join(' ')).not.toContain(PASSWORDS.ana);
    expect(given.argv.slice(0, 2)).toEqual(['--format=custom', '--no-password']);
    expect(given.env).toMatchObject({
      PGPASSWORD: PASSWORDS.ana,
      PGUSER: 'ana',
      PGHOST: '127.0.0.1',
      PGPORT: String(studio.cluster.port),
      PGDATABASE: 'studio',
      PGSSLMODE: 'disable',
    });
    expect(Object.keys(given.env).filter((name) => !/^(PG|PATH$|SYSTEMROOT$)/.test(name))).toEqual(
      [],
    );
    expect(fs.readdirSync(studioFolder())).toEqual([]);
  });

  it('says pg_dump is not installed when it is not on PATH, and takes nothing', async () => {
    await saveAs('ana');
    process.env['PATH'] = path.join(temp.dir, 'nowhere');
    expect(await core.route('studio:backupStatus', {})).toMatchObject({
      ok: true,
      value: { pgDumpFound: false },
    });
    expect(await refusal()).toMatch(
      /^Stance backs up the studio database with PostgreSQL’s pg_dump, which is not installed on this computer\./,
    );
  });
});
