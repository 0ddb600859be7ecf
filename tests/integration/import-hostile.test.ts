import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordImported } from '../../shared/channels/clients';
import { openStance, dataPaths, type StanceCore } from '../../main/stance';
import { seedRecordClient, type SeededRecord } from '../helpers/client-record';
import { figurePhoto } from '../helpers/figure-photo';
import { addClient, value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

/**
 * Client records a colleague could send, crafted from a genuine export: each one must be refused
 * whole, with a message that names what is wrong, and leave her database and photos folder
 * exactly as they were.
 */

type Json = Record<string, unknown>;
interface RecordJson extends Json {
  client: Json;
  app: Json;
  assessments: (Json & { revisions: Json[] })[];
  programs: (Json & { items: Json[] })[];
  exercises: (Json & { body: Json })[];
  photos: Json[];
}

let temp: ReturnType<typeof makeTempDir>;
let source: StanceCore;
let target: StanceCore;
let targetHost: TestHost;
let seeded: SeededRecord;
let genuineText: string;

beforeAll(async () => {
  temp = makeTempDir();
  const exported = path.join(temp.dir, 'ada.stance-client.json');
  source = await openStance({
    dataDir: path.join(temp.dir, 'source'),
    appVersion: 'test',
    host: createTestHost({ saveFile: exported }),
  });
  seeded = await seedRecordClient(source);
  value(await source.route('clients:exportRecord', { id: seeded.client.id }));
  genuineText = fs.readFileSync(exported, 'utf8');

  targetHost = createTestHost();
  target = await openStance({
    dataDir: path.join(temp.dir, 'target'),
    appVersion: 'test',
    host: targetHost,
  });
  // Her own data beside the import: a client with an assessment and a photo.
  const grace = await addClient(target, 'Grace', 'Flat feet');
  const { assessmentId } = value<{ assessmentId: string }>(
    await target.route('assessments:create', { clientId: grace.id }),
  );
  value(
    await target.route('photos:add', {
      assessmentId,
      view: 'anterior',
      fileName: 'grace.jpg',
      dataBase64: (await figurePhoto('#5a4030').jpeg().toBuffer()).toString('base64'),
    }),
  );
});
afterAll(() => {
  source.close();
  target.close();
  temp.cleanup();
});

/** The database with its WAL and every file and folder under photos/. */
function fingerprint(core: StanceCore, dataDir: string): string {
  const hash = createHash('sha256');
  const { database, photos } = dataPaths(dataDir);
  for (const file of [database, `${database}-wal`]) {
    hash.update(file);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  const walk = (dir: string): void => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      hash.update(full);
      if (entry.isDirectory()) walk(full);
      else hash.update(fs.readFileSync(full));
    }
  };
  if (fs.existsSync(photos)) walk(photos);
  expect(core.session).toBeDefined();
  return hash.digest('hex');
}

const genuine = (): RecordJson => JSON.parse(genuineText) as RecordJson;

const photoOf = (j: RecordJson, view: string): Json => {
  const found = j.photos.find((photo) => photo.view === view);
  if (!found) throw new Error(`no ${view} photo in the record`);
  return found;
};
const front = (j: RecordJson) => photoOf(j, 'anterior');
const side = (j: RecordJson) => photoOf(j, 'left-lateral');
const assessment = (j: RecordJson, id: string) => {
  const found = j.assessments.find((a) => a.id === id);
  if (!found) throw new Error('no such assessment');
  return found;
};
const amended = (j: RecordJson) => assessment(j, seeded.amended);
const final = (j: RecordJson) => assessment(j, seeded.final);
const exercise = (j: RecordJson) => j.exercises[0]!;
const program = (j: RecordJson) => j.programs[0]!;

/** New contents for a photo, with its fingerprint and size to match, as a careful forger would. */
function replaceData(photo: Json, bytes: Uint8Array): void {
  const data = Buffer.from(bytes);
  photo.data = data.toString('base64');
  photo.sha256 = createHash('sha256').update(data).digest('hex');
  photo.bytes = data.byteLength;
}

const html = Buffer.from('<!doctype html><html><script>alert(1)</script></html>');
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900"><script>alert(1)</script></svg>',
);

interface HostileRecord {
  /** What the practitioner would notice if Stance took the record in. */
  notice: string;
  /** Changes the genuine record; `{ raw }` answered is written as the whole file instead. */
  tamper: (j: RecordJson) => unknown;
  /** What the refusal must name. */
  says: RegExp;
}

const corpus: HostileRecord[] = [
  // Photos: what the bytes are
  {
    notice: 'a web page stored as a photo',
    tamper: (j) => replaceData(front(j), html),
    says: /Photo \d is not a photo: it looks like a web page or drawing/,
  },
  {
    notice: 'an SVG drawing with a script decoded as a PNG',
    tamper: (j) => {
      replaceData(side(j), svg);
      side(j).mediaType = 'image/png';
    },
    says: /Photo \d is not a photo: it looks like a web page or drawing/,
  },
  {
    notice: 'a PDF shown as a photo',
    tamper: (j) => replaceData(front(j), Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')),
    says: /Photo \d is not a photo: it looks like a PDF/,
  },
  {
    notice: 'a zip archive stored among her photos',
    tamper: (j) => replaceData(front(j), Buffer.from('PK\x03\x04rest of an archive')),
    says: /Photo \d is not a photo: it looks like a zip archive/,
  },
  {
    notice: 'a GIF animation among her photos',
    tamper: (j) => replaceData(front(j), Buffer.from('GIF89a\x01\x00\x01\x00')),
    says: /Photo \d is not a photo: it looks like a GIF/,
  },
  {
    notice: 'a PNG passed off as a JPEG',
    tamper: async (j) => replaceData(front(j), await figurePhoto().png().toBuffer()),
    says: /Photo \d says it is image\/jpeg but is really a PNG/,
  },
  {
    notice: 'a photo cut short halfway',
    tamper: (j) => {
      const bytes = Buffer.from(String(front(j).data), 'base64');
      replaceData(front(j), bytes.subarray(0, bytes.length / 2));
    },
    says: /Photo \d could not be read as a picture: it is damaged or incomplete/,
  },
  {
    notice: 'a JPEG header on noise',
    tamper: (j) => replaceData(front(j), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6])),
    says: /Photo \d could not be read as a picture/,
  },
  {
    notice: 'a photo changed after export',
    tamper: (j) => {
      const bytes = Buffer.from(String(front(j).data), 'base64');
      bytes[100] = bytes[100]! ^ 0xff;
      front(j).data = bytes.toString('base64');
    },
    says: /Photo \d has been changed or damaged since it was exported/,
  },
  {
    notice: 'a fingerprint written in capitals',
    tamper: (j) => (front(j).sha256 = String(front(j).sha256).toUpperCase()),
    says: /Photo \d, fingerprint \(SHA-256\) is not written the way Stance writes it/,
  },
  // Photos: what the record says about them
  {
    notice: 'a photo view that is a path out of the photos folder',
    tamper: (j) => (front(j).view = '../../etc/passwd'),
    says: /Photo \d, view has a value Stance does not recognise/,
  },
  {
    notice: 'a photo with no view',
    tamper: (j) => (front(j).view = ''),
    says: /Photo \d, view has a value Stance does not recognise/,
  },
  {
    notice: 'an HTML media type',
    tamper: (j) => (front(j).mediaType = 'text/html'),
    says: /Photo \d, media type has a value Stance does not recognise/,
  },
  {
    notice: 'an SVG media type',
    tamper: (j) => (side(j).mediaType = 'image/svg+xml'),
    says: /Photo \d, media type has a value Stance does not recognise/,
  },
  {
    notice: 'landmarks that are a number',
    tamper: (j) => (front(j).landmarks = { points: 5 }),
    says: /Photo \d, landmarks, points has the wrong kind of value/,
  },
  {
    notice: 'landmarks that are text',
    tamper: (j) => (front(j).landmarks = 'acromion'),
    says: /Photo \d, landmarks has the wrong kind of value/,
  },
  {
    notice: 'a landmark Stance does not know',
    tamper: (j) => (front(j).landmarks = { points: { 'third-eye': { x: 10, y: 10 } } }),
    says: /Photo \d, landmarks, points: One of the landmarks is not one Stance knows/,
  },
  {
    notice: 'a back-view landmark on a front photo',
    tamper: (j) => (front(j).landmarks = { points: { 'psis-left': { x: 10, y: 10 } } }),
    says: /Photo \d, landmarks, points, psis-left: This landmark does not belong to this view/,
  },
  {
    notice: 'a landmark far outside the photo',
    tamper: (j) => (front(j).landmarks = { points: { 'knee-left': { x: 5000, y: 10 } } }),
    says: /Photo \d, landmarks, points, knee-left: A landmark must lie inside the photo/,
  },
  {
    notice: 'a landmark at a negative position',
    tamper: (j) => (front(j).landmarks = { points: { 'knee-left': { x: -4, y: 10 } } }),
    says: /Photo \d, landmarks, points, knee-left, x: A landmark must lie inside the photo/,
  },
  {
    notice: 'a plumb line leaning 45°',
    tamper: (j) => (front(j).landmarks = { points: {}, plumbLine: { x: 100, angleDeg: 45 } }),
    says: /Photo \d, landmarks, plumb line, angle deg: The plumb line can lean at most 20°/,
  },
  {
    notice: 'a calibration with both points in one place',
    tamper: (j) =>
      (front(j).landmarks = {
        points: {},
        calibration: { a: { x: 10, y: 10 }, b: { x: 11, y: 10 }, lengthCm: 30 },
      }),
    says: /Photo \d, landmarks, calibration: Place the two calibration points further apart/,
  },
  {
    notice: 'a photo of no width',
    tamper: (j) => (front(j).width = 0),
    says: /Photo \d, width is too short, too small or empty/,
  },
  {
    notice: 'a preview that is not an image encoding',
    tamper: (j) => (front(j).thumbnail = '<img src=x onerror=alert(1)>'),
    says: /Photo \d, thumbnail is not written the way Stance writes it/,
  },
  {
    notice: 'a photo on an assessment from another record',
    tamper: (j) => (front(j).assessmentId = crypto.randomUUID()),
    says: /Photo \d belongs to an assessment that is not in the file/,
  },
  {
    notice: 'two photos under one id',
    tamper: (j) => (side(j).id = front(j).id),
    says: /Some of its entries share the same id/,
  },
  // Her own exercises
  {
    notice: 'an Exercises page that breaks on a body region that is text',
    tamper: (j) => (exercise(j).body.regions = 'x'),
    says: /Exercise 1, contents, regions has the wrong kind of value/,
  },
  {
    notice: 'a body region Stance does not have',
    tamper: (j) => (exercise(j).body.regions = ['elbow']),
    says: /Exercise 1, contents, regions, 0: Choose a body region from the list/,
  },
  {
    notice: 'a built-in exercise listed twice',
    tamper: (j) => {
      exercise(j).id = seeded.builtInExerciseId;
      program(j).items[0]!.exerciseId = seeded.builtInExerciseId;
    },
    says: /Exercise 1, id is the id of one of the exercises built into Stance/,
  },
  {
    notice: 'an exercise handout with no steps',
    tamper: (j) => (exercise(j).body.steps = []),
    says: /Exercise 1, contents, steps: Write at least 3 steps/,
  },
  {
    notice: 'an exercise dosage of 500 repetitions',
    tamper: (j) =>
      (exercise(j).body.dosage = {
        kind: 'reps',
        reps: 500,
        sets: 2,
        perSide: false,
        timesPerDay: 1,
        daysPerWeek: 5,
      }),
    says: /Exercise 1, contents, dosage, reps: Repetitions must be at most 50/,
  },
  {
    notice: 'an exercise listed under one name and printed under another',
    tamper: (j) => (exercise(j).name = 'Something else'),
    says: /Exercise 1, name does not match the name and phase in its contents/,
  },
  {
    notice: 'an exercise carrying a field Stance does not know',
    tamper: (j) => (exercise(j).body.onload = 'alert(1)'),
    says: /Exercise 1, contents has something Stance does not recognise \(onload\)/,
  },
  {
    notice: 'an exercise id that is a path',
    tamper: (j) => (exercise(j).id = '../../exercises'),
    says: /Exercise 1, id: Use lowercase letters, digits and single dashes for the id/,
  },
  {
    notice: 'an exercise in a phase Stance does not have',
    tamper: (j) => (exercise(j).phase = 'explode'),
    says: /Exercise 1, phase has a value Stance does not recognise/,
  },
  {
    notice: 'the same exercise twice',
    tamper: (j) => j.exercises.push(structuredClone(exercise(j))),
    says: /Two of its exercises share the same id/,
  },
  // Programs
  {
    notice: 'a program exercise that is nowhere',
    tamper: (j) => (program(j).items[0]!.exerciseId = 'custom-nowhere'),
    says: /Program 1, exercise 1 is neither built into Stance nor included in the file/,
  },
  {
    notice: 'a one-second hold on a handout',
    tamper: (j) =>
      (program(j).items[1]!.dosage = {
        kind: 'hold',
        holdSeconds: 1,
        sets: 1,
        perSide: false,
        timesPerDay: 1,
        daysPerWeek: 7,
      }),
    says: /Program 1, program exercise 2, dosage, hold seconds: Hold time in seconds must be at least 5/,
  },
  {
    notice: 'program exercises with a gap between them',
    tamper: (j) => (program(j).items[1]!.position = 5),
    says: /Program 1 does not list its exercises one after another/,
  },
  {
    notice: 'a program with no title',
    tamper: (j) => (program(j).title = '   '),
    says: /Program 1, title: Give the program a title/,
  },
  {
    notice: 'a program of 40 exercises',
    tamper: (j) => {
      const item = program(j).items[1]!;
      program(j).items = Array.from({ length: 40 }, (_, position) => ({ ...item, position }));
    },
    says: /Program 1, items is too long or too large/,
  },
  // Assessments and their revisions
  {
    notice: 'a final revision with a second draft on top that can never be amended',
    tamper: (j) => {
      const revisions = final(j).revisions;
      revisions.push({ ...revisions[0]!, revision: 2, status: 'draft', finalizedAt: null });
      revisions.push({ ...revisions[0]!, revision: 3, status: 'draft', finalizedAt: null });
      for (const r of revisions.slice(1)) r.amendmentReason = 'x';
      final(j).currentRevision = 3;
    },
    says: /The revisions of assessment \d do not fit together: revision 2 is a draft with another revision after it/,
  },
  {
    notice: 'two revisions with the same number',
    tamper: (j) => {
      const revisions = amended(j).revisions;
      revisions[1]!.revision = 1;
      amended(j).currentRevision = 1;
    },
    says: /The revisions of assessment \d do not fit together: they are not numbered 1, 2, 3 in order/,
  },
  {
    notice: 'an assessment opened at an old revision',
    tamper: (j) => (amended(j).currentRevision = 1),
    says: /The revisions of assessment \d do not fit together: the current revision is not the latest one/,
  },
  {
    notice: 'a final revision with no date of finalizing',
    tamper: (j) => (final(j).revisions[0]!.finalizedAt = null),
    says: /do not fit together: revision 1 does not say consistently whether it is final/,
  },
  {
    notice: 'an amendment with no reason',
    tamper: (j) => (amended(j).revisions[1]!.amendmentReason = ''),
    says: /do not fit together: revision 2 does not say why it was amended/,
  },
  {
    notice: 'a revision that is neither draft nor final',
    tamper: (j) => (final(j).revisions[0]!.status = 'signed'),
    says: /Assessment \d, revision 1, status has a value Stance does not recognise/,
  },
  {
    notice: 'an assessment dated in the year 100',
    tamper: (j) => {
      final(j).assessedOn = '0100-01-01';
      final(j).revisions[0]!.assessedOn = '0100-01-01';
    },
    says: /Assessment \d, assessed on: The assessment date must be after 1900/,
  },
  {
    notice: 'an assessment on the 30th of February',
    tamper: (j) => (final(j).revisions[0]!.assessedOn = '2026-02-30'),
    says: /Assessment \d, revision 1, assessed on: Enter a real date/,
  },
  {
    notice: 'an assessment dated in 2999',
    tamper: (j) => (final(j).assessedOn = '2999-01-01'),
    says: /Assessment \d, assessed on: The assessment date cannot be in the future/,
  },
  {
    notice: 'an assessment listed under one date and printed under another',
    tamper: (j) => (final(j).assessedOn = '2026-05-01'),
    says: /the assessment date differs from the date of its current revision/,
  },
  {
    notice: 'a disability score of minus 10^308',
    tamper: (j) => (final(j).revisions[0]!.disabilityScore = -1e308),
    says: /Assessment \d, revision 1, disability score is too short, too small or empty/,
  },
  {
    notice: 'a disability score of 10^308',
    tamper: (j) => (final(j).revisions[0]!.disabilityScore = 1e308),
    says: /Assessment \d, revision 1, disability score is too long or too large/,
  },
  {
    notice: 'a disability score from no questionnaire',
    tamper: (j) => (final(j).revisions[0]!.disabilityScore = 40),
    says: /Assessment \d, revision 1, disability score does not say which questionnaire it is from/,
  },
  {
    notice: 'a Roland-Morris score above 24',
    tamper: (j) => {
      const revision = amended(j).revisions[0]!;
      revision.rulesVersion = 'clinical-rules-0';
      revision.disabilityInstrument = 'rmdq';
      revision.disabilityScore = 60;
    },
    says: /Assessment \d, revision 1, disability score is higher than its questionnaire allows/,
  },
  {
    notice: 'a client list showing a score the answers do not give',
    tamper: (j) => (amended(j).revisions[0]!.disabilityScore = 12),
    says: /Assessment \d, revision 1, disability score does not match the answers recorded/,
  },
  {
    notice: 'a pain score beside the assessment that differs from the one inside it',
    tamper: (j) => (amended(j).revisions[1]!.painNow = 0),
    says: /Assessment \d, revision 2, current pain does not match the answers recorded/,
  },
  {
    notice: 'an unknown disability questionnaire',
    tamper: (j) => (amended(j).revisions[0]!.disabilityInstrument = 'ODI'),
    says: /Assessment \d, revision 1, disability instrument has a value Stance does not recognise/,
  },
  {
    notice: 'scores from rules no Stance has',
    tamper: (j) => (final(j).revisions[0]!.rulesVersion = 'my-own-rules'),
    says: /Assessment \d, revision 1, rules version is not a version of Stance's scoring rules/,
  },
  {
    notice: 'scores from rules newer than this Stance',
    tamper: (j) => (final(j).revisions[0]!.rulesVersion = 'clinical-rules-999'),
    says: /scored by a newer version of Stance/,
  },
  {
    notice: 'an assessment of a form this Stance does not know',
    tamper: (j) => (final(j).revisions[0]!.bodyVersion = 9),
    says: /is written in a form \(version 9\) that this version of Stance does not know/,
  },
  {
    notice: 'an assessment carrying a field the form does not have',
    tamper: (j) => ((final(j).revisions[0]!.body as Json).script = '<script>'),
    says: /Assessment \d, revision 1, contents: .*script/,
  },
  {
    notice: 'a pain score of 11 inside the assessment',
    tamper: (j) => ((final(j).revisions[0]!.body as Json).pain = { nprsNow: 11 }),
    says: /Assessment \d, revision 1, contents, pain, nprs now: /,
  },
  // The client
  {
    notice: 'a client born in the year 100',
    tamper: (j) => (j.client.dateOfBirth = '0100-01-01'),
    says: /Client, date of birth: Date of birth must be after 1900/,
  },
  {
    notice: 'a client born next century',
    tamper: (j) => (j.client.dateOfBirth = '2101-01-01'),
    says: /Client, date of birth: Date of birth cannot be in the future/,
  },
  {
    notice: 'an email address that is a link',
    tamper: (j) => (j.client.email = 'javascript:alert(1)'),
    says: /Client, email: Enter an email address like name@example.com/,
  },
  {
    notice: 'a client with no first name',
    tamper: (j) => (j.client.firstName = ' '),
    says: /Client, first name: Enter the client's first name/,
  },
  {
    notice: 'a client added "yesterday"',
    tamper: (j) => (j.client.createdAt = 'yesterday'),
    says: /Client, created at is not a date and time as Stance writes them/,
  },
  {
    notice: 'a client added in the year 100',
    tamper: (j) => (j.client.createdAt = '0100-01-01T00:00:00.000Z'),
    says: /Client, created at is not a date and time as Stance writes them/,
  },
  {
    notice: 'a client archived in the year 9999',
    tamper: (j) => (j.client.archivedAt = '9999-12-31T00:00:00.000Z'),
    says: /Client, archived at is not a date and time as Stance writes them/,
  },
  {
    notice: 'a client id that is a path',
    tamper: (j) => (j.client.id = '../clients'),
    says: /Client, id is not written the way Stance writes it/,
  },
  // The file as a whole
  {
    notice: 'a record from a newer Stance',
    tamper: (j) => (j.formatVersion = 2),
    says: /exported by a newer version of Stance/,
  },
  {
    notice: 'a prototype-changing key at the top',
    tamper: () => ({ raw: genuineText.replace('{', '{"__proto__": {"isAdmin": true},') }),
    says: /The file has something Stance does not recognise \(__proto__\)/,
  },
  {
    notice: 'photos that are not a list',
    tamper: (j) => (j.photos = { 0: front(j) } as unknown as Json[]),
    says: /Photos has the wrong kind of value/,
  },
  {
    notice: 'two assessments under one id',
    tamper: (j) => (final(j).id = amended(j).id),
    says: /Some of its entries share the same id/,
  },
  {
    notice: 'text that is not a record at all',
    tamper: () => ({ raw: 'this is not { json' }),
    says: /Its contents are not readable/,
  },
];

const isRaw = (value: unknown): value is { raw: string } =>
  typeof value === 'object' && value !== null && 'raw' in value;

describe('a crafted client record is refused, and her data stays exactly as it was', () => {
  it('has a corpus of at least 50 crafted records', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(new Set(corpus.map((c) => c.notice)).size).toBe(corpus.length);
  });

  it.each(corpus)('refuses a record that would bring $notice', async (hostile) => {
    const json = genuine();
    const replaced = await hostile.tamper(json);
    const file = path.join(temp.dir, 'crafted.stance-client.json');
    fs.writeFileSync(file, isRaw(replaced) ? replaced.raw : JSON.stringify(json));
    targetHost.answers.openFile = file;

    const dataDir = path.join(temp.dir, 'target');
    const before = fingerprint(target, dataDir);
    const result = await target.route('clients:importRecord', {});
    if (result.ok) throw new Error(`imported: ${JSON.stringify(result.value)}`);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(hostile.says);
    expect(result.error.message).toMatch(/nothing was imported/i);
    expect(fingerprint(target, dataDir)).toBe(before);
  });

  it('still imports the genuine record it was crafted from', async () => {
    const file = path.join(temp.dir, 'genuine.stance-client.json');
    fs.writeFileSync(file, genuineText);
    targetHost.answers.openFile = file;
    const imported = value<RecordImported>(await target.route('clients:importRecord', {}));
    expect(imported).toEqual({
      cancelled: false,
      clientId: seeded.client.id,
      assessments: 2,
      photos: 3,
    });
    const stored = target
      .session!.db.prepare('SELECT hash, media_type AS mediaType FROM photos')
      .all() as { hash: string; mediaType: string }[];
    for (const { hash } of stored) {
      const meta = await sharp(target.session!.photos.pathOf(hash)).metadata();
      expect(meta.exif).toBeUndefined();
    }
  });
});
