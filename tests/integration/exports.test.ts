import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvExported, RecordExported, RecordImported } from '../../shared/channels/clients';
import type { Client } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';
import type { Db } from '../../main/db/connection';
import { latestSchemaVersion } from '../../main/db/migrations';
import { MAX_RECORD_FILE_BYTES } from '../../main/exports/record-format';
import { addPhoto } from '../../main/photos/photos';
import { openStance, type StanceCore } from '../../main/stance';
import { seedRecordClient } from '../helpers/client-record';
import { createTestHost, type TestHost } from '../helpers/test-host';
import { makeTempDir } from '../helpers/temp-dir';

const now = () => new Date('2026-11-24T10:00:00Z');
let temps: ReturnType<typeof makeTempDir>[];
let cores: StanceCore[];
let outDir: string;

beforeEach(() => {
  temps = [];
  cores = [];
  outDir = tempDir();
});
afterEach(() => {
  for (const core of cores) core.close();
  for (const temp of temps) temp.cleanup();
});

function tempDir(): string {
  const temp = makeTempDir();
  temps.push(temp);
  return temp.dir;
}

async function openCore(host: TestHost, dataDir = tempDir()): Promise<StanceCore> {
  const core = await openStance({ dataDir, appVersion: '1.2.3', host, now });
  cores.push(core);
  return core;
}

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refused(pending: Promise<Result<unknown>>): Promise<string> {
  const result = await pending;
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

type Revision = { status: 'draft' | 'final'; pain: number | null; score: number | null };

function addAssessment(
  db: Db,
  clientId: string,
  assessedOn: string,
  revisions: Revision[],
): string {
  const id = crypto.randomUUID();
  db.prepare(
    'INSERT INTO assessments (id, client_id, current_revision, assessed_on, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, clientId, revisions.length, assessedOn, `${assessedOn}T09:00:00.000Z`);
  revisions.forEach((revision, index) => {
    db.prepare(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version,
         rules_version, pain_now, disability_score, disability_instrument, fpi_left, fpi_right,
         amendment_reason, created_at, updated_at, finalized_at)
       VALUES (?, ?, ?, ?, ?, 1, '2026.1', ?, ?, ?, 4, -2, ?, 't', 't', ?)`,
    ).run(
      id,
      index + 1,
      revision.status,
      assessedOn,
      JSON.stringify({
        schemaVersion: 1,
        feet: { left: { arch: 'low' } },
        notes: `revision ${index + 1}`,
      }),
      revision.pain,
      revision.score,
      revision.score === null ? null : 'ODI',
      index === 0 ? '' : 'Corrected the arch finding',
      revision.status === 'final' ? 't' : null,
    );
  });
  return id;
}

function addClientPhoto(core: StanceCore, assessmentId: string, bytes: number[], view: string) {
  const session = core.session!;
  const revision = session.db
    .prepare('SELECT current_revision FROM assessments WHERE id = ?')
    .pluck()
    .get(assessmentId) as number;
  return addPhoto(
    session.db,
    session.photos,
    {
      assessmentId,
      revision,
      view,
      mediaType: 'image/jpeg',
      width: 640,
      height: 480,
      landmarks: JSON.stringify({ ear: { x: 0.5, y: 0.1 }, view }),
      thumbnail: view === 'anterior' ? new Uint8Array([1, 2, 3, 250]) : null,
      data: new Uint8Array(bytes),
    },
    now(),
  );
}

const TEN_REPS = {
  kind: 'reps',
  reps: 10,
  sets: 2,
  perSide: false,
  timesPerDay: 1,
  daysPerWeek: 5,
};

/** Ada: two assessments (one amended, with a final first revision), three photos, one program. */
async function seedAda(core: StanceCore): Promise<Client> {
  const ada = await ok<Client>(
    core.route('clients:create', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      phone: '+44 20 7946 0000',
      notes: 'Left knee, "clicks" on stairs',
    }),
  );
  const db = core.session!.db;
  const first = addAssessment(db, ada.id, '2026-03-01', [
    { status: 'final', pain: 6, score: 30 },
    { status: 'draft', pain: 5, score: 28 },
  ]);
  const second = addAssessment(db, ada.id, '2026-06-01', [
    { status: 'final', pain: 3, score: null },
  ]);
  addClientPhoto(core, first, [255, 216, 255, 1, 2, 3], 'anterior');
  addClientPhoto(core, first, [255, 216, 255, 4, 5, 6], 'lateral-left');
  addClientPhoto(core, second, [255, 216, 255, 7, 8, 9], 'posterior');
  db.prepare(
    `INSERT INTO exercises (id, name, phase, body, created_at, updated_at)
     VALUES ('own-cats', 'Cats and dogs, slow', 'release', '{"steps":["a"]}', 't', 't')`,
  ).run();
  const programId = crypto.randomUUID();
  db.prepare(
    `INSERT INTO programs (id, client_id, assessment_id, title, notes, created_at, updated_at)
     VALUES (?, ?, ?, 'Foot first', '', 't', 't')`,
  ).run(programId, ada.id, second);
  for (const [position, exerciseId] of ['own-cats', 'builtin-foot-rolls'].entries()) {
    db.prepare(
      'INSERT INTO program_items (program_id, position, exercise_id, dosage, notes) VALUES (?, ?, ?, ?, ?)',
    ).run(programId, position, exerciseId, JSON.stringify(TEN_REPS), '');
  }
  return ada;
}

/** Every row of a client's record, in a stable order, for comparing two databases. */
function recordRows(db: Db, clientId: string) {
  const all = (sql: string) => db.prepare(sql).all(clientId);
  return {
    client: all('SELECT * FROM clients WHERE id = ?'),
    assessments: all('SELECT * FROM assessments WHERE client_id = ? ORDER BY id'),
    revisions: all(
      `SELECT r.* FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id
       WHERE a.client_id = ? ORDER BY r.assessment_id, r.revision`,
    ),
    programs: all('SELECT * FROM programs WHERE client_id = ? ORDER BY id'),
    items: all(
      `SELECT i.* FROM program_items i JOIN programs p ON p.id = i.program_id
       WHERE p.client_id = ? ORDER BY i.program_id, i.position`,
    ),
    photos: all(
      `SELECT p.* FROM photos p JOIN assessments a ON a.id = p.assessment_id
       WHERE a.client_id = ? ORDER BY p.id`,
    ),
  };
}

/** The database and WAL bytes plus the photo files: what "nothing changed" means on disk. */
function diskState(core: StanceCore) {
  const { paths, photos } = core.session!;
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file) : null);
  return {
    database: read(paths.database),
    wal: read(`${paths.database}-wal`),
    photos: photos
      .list()
      .map((p) => p.hash)
      .sort(),
  };
}

async function exportAda() {
  const file = path.join(outDir, 'ada.stance-client.json');
  const host = createTestHost({ saveFile: file });
  const source = await openCore(host);
  const { client: ada } = await seedRecordClient(source);
  await ok<RecordExported>(source.route('clients:exportRecord', { id: ada.id }));
  return { file, ada, source, host };
}

describe('exporting and importing one client record', () => {
  it('carries every row into a fresh data folder, each photo remade as one she adds', async () => {
    const file = path.join(outDir, 'ada.stance-client.json');
    const host = createTestHost({ saveFile: file });
    const source = await openCore(host);
    const seeded = await seedRecordClient(source);
    const ada = seeded.client;
    await ok(source.route('clients:create', { firstName: 'Other', lastName: 'Person' }));

    const exported = await ok<RecordExported>(source.route('clients:exportRecord', { id: ada.id }));
    expect(exported).toEqual({
      cancelled: false,
      file,
      assessments: 2,
      photos: 3,
      bytes: fs.statSync(file).size,
    });
    expect(host.dialogs[0]).toMatchObject({
      kind: 'save',
      defaultName: 'Lovelace-Ada-2026-11-24.stance-client.json',
    });
    expect(fs.readdirSync(outDir)).toEqual(['ada.stance-client.json']);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'stance-client-record',
      formatVersion: 1,
      exportedAt: '2026-11-24T10:00:00.000Z',
      app: { version: '1.2.3', schemaVersion: latestSchemaVersion },
      client: { id: ada.id, lastName: 'Lovelace' },
    });
    expect(json.exercises).toEqual([expect.objectContaining({ id: seeded.ownExerciseId })]);

    const target = await openCore(createTestHost({ openFile: file }));
    const imported = await ok<RecordImported>(target.route('clients:importRecord', {}));
    expect(imported).toEqual({ cancelled: false, clientId: ada.id, assessments: 2, photos: 3 });

    const [from, to] = [source.session!, target.session!];
    const { photos: fromPhotos, ...fromRows } = recordRows(from.db, ada.id);
    const { photos: toPhotos, ...toRows } = recordRows(to.db, ada.id);
    expect(toRows).toEqual(fromRows);
    // The photo, its landmarks and its place are hers; the file, its size and preview are new.
    type PhotoRowOnDisk = { hash: string; bytes: number; thumbnail: Buffer };
    const described = (rows: unknown[]) =>
      (rows as PhotoRowOnDisk[]).map(({ hash: _h, bytes: _b, thumbnail: _t, ...row }) => row);
    expect(described(toPhotos)).toEqual(described(fromPhotos));
    for (const photo of toPhotos as PhotoRowOnDisk[]) {
      const stored = fs.readFileSync(to.photos.pathOf(photo.hash));
      expect(createHash('sha256').update(stored).digest('hex')).toBe(photo.hash);
      expect(stored.byteLength).toBe(photo.bytes);
    }
    const exercise = `SELECT * FROM exercises WHERE id = '${seeded.ownExerciseId}'`;
    expect(to.db.prepare(exercise).get()).toEqual(from.db.prepare(exercise).get());
    expect(to.db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 1 });
    const found = await ok<{ id: string }[]>(target.route('clients:list', { query: 'lovel' }));
    expect(found.map((c) => c.id)).toEqual([ada.id]);
  });

  it('refuses a second import of the same client and changes nothing', async () => {
    const { file } = await exportAda();
    const target = await openCore(createTestHost({ openFile: file }));
    await ok(target.route('clients:importRecord', {}));
    const before = diskState(target);
    expect(await refused(target.route('clients:importRecord', {}))).toMatch(
      /^This client is already in your records as Ada Lovelace/,
    );
    expect(diskState(target)).toEqual(before);
  });

  it('refuses the file in the very data folder it came from', async () => {
    const { file, source, host } = await exportAda();
    host.answers.openFile = file;
    const before = diskState(source);
    expect(await refused(source.route('clients:importRecord', {}))).toMatch(
      /already in your records/,
    );
    expect(diskState(source)).toEqual(before);
  });

  it('refuses a record whose photo file is missing, leaving no file behind', async () => {
    const file = path.join(outDir, 'ada.stance-client.json');
    const source = await openCore(createTestHost({ saveFile: file }));
    const ada = await seedAda(source);
    const [photo] = recordRows(source.session!.db, ada.id).photos as { hash: string }[];
    fs.rmSync(source.session!.photos.pathOf(photo!.hash));
    expect(await refused(source.route('clients:exportRecord', { id: ada.id }))).toMatch(
      /was not found where Stance keeps photos and clips.*If it was removed just now, export again/,
    );
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('refuses a record whose photo file is damaged, leaving no file behind', async () => {
    const file = path.join(outDir, 'ada.stance-client.json');
    const source = await openCore(createTestHost({ saveFile: file }));
    const ada = await seedAda(source);
    const [photo] = recordRows(source.session!.db, ada.id).photos as { hash: string }[];
    fs.writeFileSync(source.session!.photos.pathOf(photo!.hash), 'not the photo');
    expect(await refused(source.route('clients:exportRecord', { id: ada.id }))).toMatch(
      /is damaged where Stance keeps photos and clips.*Restoring a backup brings it back/,
    );
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});

describe('refusing a damaged or changed record file', () => {
  type Json = Record<string, unknown> & {
    client: Record<string, unknown>;
    app: Record<string, unknown>;
    assessments: { revisions: Record<string, unknown>[] }[];
    programs: { items: Record<string, unknown>[] }[];
    photos: Record<string, unknown>[];
  };
  const flipFirstByte = (base64: unknown) => {
    const bytes = Buffer.from(String(base64), 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    return bytes.toString('base64');
  };
  const cases: [string, (json: Json) => unknown, RegExp][] = [
    [
      'a changed photo byte',
      (j) => (j.photos[0]!.data = flipFirstByte(j.photos[0]!.data)),
      /Photo 1 has been changed or damaged/,
    ],
    [
      'a photo size that does not match',
      (j) => (j.photos[1]!.bytes = 7),
      /Photo 2 has been changed or damaged/,
    ],
    ['a missing client field', (j) => delete j.client.lastName, /Client, last name: /],
    [
      'a missing revision field',
      (j) => delete j.assessments[0]!.revisions[1]!.status,
      /Assessment 1, revision 2, status is missing\./,
    ],
    [
      'a value out of range',
      (j) => (j.assessments[1]!.revisions[0]!.painNow = 11),
      /Assessment 2, revision 1, current pain is too long or too large/,
    ],
    [
      'an assessment body that breaks the assessment rules',
      (j) =>
        (j.assessments[0]!.revisions[1]!.body = {
          schemaVersion: 1,
          feet: { left: { arch: 'flat' } },
        }),
      /Assessment 1, revision 2, contents, feet, left, arch: Arch is high, neutral or low\./,
    ],
    [
      'an assessment body with a field Stance does not know',
      (j) => ((j.assessments[1]!.revisions[0]!.body as Record<string, unknown>).mood = 'grumpy'),
      /Assessment 2, revision 1, contents: .*mood/,
    ],
    [
      'an assessment body of a version Stance does not know',
      (j) => (j.assessments[1]!.revisions[0]!.bodyVersion = 9),
      /Assessment 2, revision 1 is written in a form \(version 9\) that this version of Stance does not know/,
    ],
    [
      'an assessment body that is not an object',
      (j) => (j.assessments[0]!.revisions[0]!.body = 'pain 6'),
      /Assessment 1, revision 1, contents: The assessment must be a group of fields\./,
    ],
    [
      'a program dosage out of range',
      (j) => (j.programs[0]!.items[1]!.dosage = { ...TEN_REPS, reps: 500 }),
      /Program 1, program exercise 2, dosage, reps: Repetitions/,
    ],
    [
      'a program dosage of another shape',
      (j) => (j.programs[0]!.items[0]!.dosage = { sets: 2, reps: 10 }),
      /Program 1, program exercise 1, dosage, kind: Choose repetitions or a hold time\./,
    ],
    [
      'a newer format version',
      (j) => (j.formatVersion = 2),
      /exported by a newer version of Stance/,
    ],
    [
      'an unknown format version',
      (j) => (j.formatVersion = 0),
      /Format version has a value Stance does not recognise/,
    ],
    [
      'a newer database schema',
      (j) => (j.app.schemaVersion = latestSchemaVersion + 1),
      /newer version of Stance/,
    ],
    [
      'an extra key in a photo',
      (j) => (j.photos[0]!.caption = 'hi'),
      /Photo 1 has something Stance does not recognise \(caption\)/,
    ],
    [
      'an extra key at the top',
      (j) => (j.comment = 'hi'),
      /The file has something Stance does not recognise \(comment\)/,
    ],
    [
      'a photo from outside the file',
      (j) => (j.photos[2]!.assessmentId = crypto.randomUUID()),
      /Photo 3 belongs to an assessment that is not in the file/,
    ],
    [
      'a photo that is not an image',
      (j) => (j.photos[0]!.mediaType = 'text/html'),
      /Photo 1, media type has a value Stance does not recognise/,
    ],
    [
      'text that is not JSON',
      () => ({ raw: 'this is not { json' }),
      /Its contents are not readable/,
    ],
    ['an empty file', () => ({ raw: '' }), /Its contents are not readable/],
    [
      'JSON of another kind',
      () => ({ raw: '[1, 2, 3]' }),
      /It does not say it is a Stance client record/,
    ],
  ];

  const isRaw = (value: unknown): value is { raw: string } =>
    typeof value === 'object' && value !== null && 'raw' in value;

  it.each(cases)(
    'refuses %s and leaves the database byte for byte as it was',
    async (_name, change, message) => {
      const { file } = await exportAda();
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
      const replaced = change(json);
      const tampered = path.join(outDir, 'tampered.json');
      fs.writeFileSync(tampered, isRaw(replaced) ? replaced.raw : JSON.stringify(json));

      const target = await openCore(createTestHost({ openFile: tampered }));
      await ok(target.route('clients:create', { firstName: 'Already', lastName: 'Here' }));
      const before = diskState(target);
      const text = await refused(target.route('clients:importRecord', {}));
      expect(text).toMatch(message);
      expect(text).toMatch(/nothing was imported|Nothing was imported/);
      expect(diskState(target)).toEqual(before);
    },
  );

  it('refuses a file larger than any export before reading it', async () => {
    const huge = path.join(outDir, 'huge.stance-client.json');
    fs.writeFileSync(huge, '{');
    fs.truncateSync(huge, MAX_RECORD_FILE_BYTES + 1);
    const target = await openCore(createTestHost({ openFile: huge }));
    const before = diskState(target);
    expect(await refused(target.route('clients:importRecord', {}))).toMatch(
      /larger than any client record Stance exports/,
    );
    expect(diskState(target)).toEqual(before);
  });

  it('rolls every row back and removes new photo files when the insert fails part way', async () => {
    const { file, ada } = await exportAda();
    const target = await openCore(createTestHost({ openFile: file }));
    const db = target.session!.db;
    db.exec(
      "CREATE TRIGGER fail_last BEFORE INSERT ON photos WHEN (SELECT count(*) FROM photos) = 2 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
    );
    const result = await target.route('clients:importRecord', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(recordRows(db, ada.id)).toMatchObject({ client: [], assessments: [], photos: [] });
    expect(db.prepare('SELECT count(*) AS n FROM exercises').get()).toEqual({ n: 0 });
    expect(target.session!.photos.list()).toEqual([]);
  });
});

describe('cancelled dialogs', () => {
  it('answer { cancelled: true } and change nothing', async () => {
    const host = createTestHost();
    const core = await openCore(host);
    const ada = await seedAda(core);
    const before = diskState(core);
    expect(await ok(core.route('clients:exportRecord', { id: ada.id }))).toEqual({
      cancelled: true,
    });
    expect(await ok(core.route('clients:importRecord', {}))).toEqual({ cancelled: true });
    expect(await ok(core.route('clients:exportCsv', {}))).toEqual({ cancelled: true });
    expect(host.dialogs.map((d) => [d.kind, d.defaultName])).toEqual([
      ['save', 'Lovelace-Ada-2026-11-24.stance-client.json'],
      ['open', undefined],
      ['save', 'Stance-clients-2026-11-24.csv'],
    ]);
    expect(diskState(core)).toEqual(before);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('never shows a dialog for a client that does not exist', async () => {
    const host = createTestHost({ saveFile: path.join(outDir, 'x.json') });
    const core = await openCore(host);
    const result = await core.route('clients:exportRecord', { id: crypto.randomUUID() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(host.dialogs).toEqual([]);
  });
});

/** A strict RFC 4180 reader: CRLF between records, line breaks and quotes only inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && next === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
    }
  }
  if (quoted || field !== '' || row.length > 0)
    throw new Error('the last record is not ended by CRLF');
  return rows;
}

describe('all clients as CSV', () => {
  it('writes every client with awkward values so that a spreadsheet reads them back exactly', async () => {
    const file = path.join(outDir, 'clients.csv');
    const host = createTestHost({ saveFile: file });
    const core = await openCore(host);
    const db = core.session!.db;
    await seedAda(core);
    const zoe = await ok<Client>(
      core.route('clients:create', {
        firstName: 'Zoë',
        lastName: 'Åberg',
        occupation: '=cmd|" /C calc"!A0',
        notes: '@SUM(1+1)',
      }),
    );
    const bob = await ok<Client>(
      core.route('clients:create', {
        firstName: 'Bob',
        lastName: 'Smith, Jr',
        email: 'bob@example.com',
        notes: '-2+3',
      }),
    );
    db.prepare('UPDATE clients SET occupation = ?, notes = ? WHERE id = ?').run(
      '\tTabbed',
      '\r\n=1+1\nmore',
      bob.id,
    );
    const carl = await ok<Client>(
      core.route('clients:create', { firstName: 'Carl', lastName: 'Archived' }),
    );
    await ok(core.route('clients:archive', { id: carl.id }));
    expect(zoe.id).toBeDefined();

    expect(await ok<CsvExported>(core.route('clients:exportCsv', {}))).toEqual({
      cancelled: false,
      file,
      clients: 3,
    });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const header = [
      'First name',
      'Last name',
      'Date of birth',
      'Email',
      'Phone',
      'Occupation',
      'Notes',
      'Created',
      'Archived',
      'Last visit',
      'Latest pain now (0-10)',
      'Latest disability score',
      'Disability questionnaire',
    ];
    expect(rows).toEqual([
      header,
      [
        'Ada',
        'Lovelace',
        '',
        '',
        "'+44 20 7946 0000",
        '',
        'Left knee, "clicks" on stairs',
        '2026-11-24',
        '',
        '2026-06-01',
        '3',
        '28',
        'ODI',
      ],
      [
        'Bob',
        'Smith, Jr',
        '',
        'bob@example.com',
        '',
        "'\tTabbed",
        "'\r\n=1+1\nmore",
        '2026-11-24',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'Zoë',
        'Åberg',
        '',
        '',
        '',
        `'=cmd|" /C calc"!A0`,
        "'@SUM(1+1)",
        '2026-11-24',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);

    await ok(core.route('clients:exportCsv', { includeArchived: true }));
    const all = parseCsv(fs.readFileSync(file, 'utf8').slice(1));
    expect(all.map((row) => row[1])).toEqual([
      'Last name',
      'Archived',
      'Lovelace',
      'Smith, Jr',
      'Åberg',
    ]);
    expect(all[1]?.[8]).toBe('2026-11-24');
    expect(fs.readdirSync(outDir)).toEqual(['clients.csv']);
  });

  it('refuses unknown options', async () => {
    const core = await openCore(createTestHost());
    expect((await core.route('clients:exportCsv', { includeArchived: 'yes' })).ok).toBe(false);
    expect((await core.route('clients:exportCsv', { everything: true })).ok).toBe(false);
  });
});
