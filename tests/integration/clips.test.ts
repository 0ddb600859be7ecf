import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareClip } from '../../main/clips/prepare';
import { serveClip } from '../../main/clips/serve';
import { servePhoto } from '../../main/photos/serve';
import { sweepOrphanPhotos } from '../../main/photos/photos';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { CreatedBackup } from '../../shared/channels/backups';
import type { ClipInfo } from '../../shared/channels/clips';
import type { RecordExported, RecordImported } from '../../shared/channels/clients';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Channel } from '../../shared/contract';
import type { Client } from '../../shared/domain/clients';
import { MAX_CLIP_BYTES, clipTooLargeMessage, clipUrl } from '../../shared/domain/movement/clips';
import type { MovementTag } from '../../shared/domain/movement/screens';
import type { Result } from '../../shared/errors';
import { figurePhoto } from '../helpers/figure-photo';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { value } from '../helpers/stance-data';
import { createTestHost, type TestHost } from '../helpers/test-host';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * Movement clips on real SQLite files and a real store: what is kept of a phone clip (the picture,
 * not where or with what it was filmed), what is refused, how the player is served, the frame kept
 * as a photo, and that erase, backups, the sweep, export and import all see clips.
 */
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/video');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));
const FRONT: MovementTag = { screen: 'overhead-squat', view: 'front', side: null };
const ORIGIN = 'https://stance.test';

let temps: ReturnType<typeof makeTempDir>[];
let cores: StanceCore[];
let core: StanceCore;
const clock = new Date('2026-06-17T08:00:00.000Z');

async function openCore(host: TestHost = createTestHost({})): Promise<StanceCore> {
  const temp = makeTempDir('stance-clips-');
  temps.push(temp);
  const opened = await openStance({
    dataDir: temp.dir,
    appVersion: 'test',
    host,
    now: () => clock,
  });
  cores.push(opened);
  return opened;
}

beforeEach(async () => {
  temps = [];
  cores = [];
  core = await openCore();
});
afterEach(() => {
  for (const opened of cores) opened.close();
  for (const temp of temps) temp.cleanup();
});

const call = async <T>(on: StanceCore, channel: string, payload: unknown): Promise<T> =>
  value<T>(await on.route(channel, payload));

async function refused(result: Promise<Result<unknown>>): Promise<string> {
  const answer = await result;
  if (answer.ok) throw new Error('expected a refusal');
  return answer.error.message;
}

async function clientWithDraft(on: StanceCore, firstName = 'Ada') {
  const client = await call<Client>(on, 'clients:create', { firstName, lastName: 'Lovelace' });
  const assessment = await call<Assessment>(on, 'assessments:create', {
    clientId: client.id,
    assessedOn: '2026-06-01',
  });
  return { client, assessmentId: assessment.assessmentId };
}

const addClip = (on: StanceCore, assessmentId: string, file: string, tag = FRONT) =>
  call<ClipInfo>(on, 'clips:add', {
    assessmentId,
    tag,
    fileName: file,
    data: fixture(file),
  });

async function tagsOf(bytes: Uint8Array) {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const video = await input.getPrimaryVideoTrack();
  return {
    tags: await input.getMetadataTags(),
    codec: video?.codec,
    audio: (await input.getAudioTracks()).length,
    duration: await input.computeDuration(),
  };
}

describe('adding a clip', () => {
  it.each(['gps.mp4', 'gps.mov'])(
    'keeps the picture of %s and drops its location, device and sound',
    async (file) => {
      const original = fixture(file);
      expect(original.includes('+48.8584+002.2945')).toBe(true);
      expect(original.includes('AcmeCam')).toBe(true);
      const { assessmentId } = await clientWithDraft(core);

      const clip = await addClip(core, assessmentId, file);
      expect(clip).toMatchObject({ mediaType: 'video/mp4', width: 320, height: 240, tag: FRONT });
      expect(clip.frameRate).toBeCloseTo(30, 0);
      expect(clip.durationMs).toBeGreaterThan(900);

      const stored = fs.readFileSync(core.session!.photos.pathOf(clip.hash));
      expect(stored.includes('48.8584')).toBe(false);
      expect(stored.includes('AcmeCam')).toBe(false);
      expect(stored.includes('©xyz')).toBe(false);
      expect(stored.includes('ISO6709')).toBe(false);
      const read = await tagsOf(stored);
      expect(read.tags).toEqual({});
      expect(read).toMatchObject({ codec: 'avc', audio: 0 });
      expect(read.duration).toBeGreaterThan(0.9);
      expect(await call<ClipInfo[]>(core, 'clips:listForAssessment', { assessmentId })).toEqual([
        clip,
      ]);
    },
  );

  it('keeps a WebM clip (what the webcam recorder makes) as WebM', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const clip = await addClip(core, assessmentId, 'small.webm', {
      screen: 'single-leg-squat',
      view: 'front',
      side: 'left',
    });
    expect(clip).toMatchObject({ mediaType: 'video/webm', tag: { side: 'left' } });
    const read = await tagsOf(fs.readFileSync(core.session!.photos.pathOf(clip.hash)));
    expect(read.codec).toBe('vp8');
  });

  it('refuses a file that is not a video by its bytes, whatever its name, and stores nothing', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const photo = await figurePhoto().jpeg().toBuffer();
    const before = core.session!.photos.list().length;
    const answers = await Promise.all(
      [
        ['squat.mp4', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
        ['squat.mov', photo],
        ['squat.webm', Buffer.from('just some notes about the squat\n'.repeat(4))],
      ].map(([fileName, bytes]) =>
        refused(
          core.route('clips:add', {
            assessmentId,
            tag: FRONT,
            fileName,
            data: bytes as Buffer,
          }),
        ),
      ),
    );
    expect(answers).toEqual([
      '“squat.mp4” is not a video clip Stance can use (it looks like a PDF). Use an MP4, MOV or WebM clip.',
      '“squat.mov” is not a video clip Stance can use (it looks like a photo). Use an MP4, MOV or WebM clip.',
      '“squat.webm” is not a video clip Stance can use (it looks like a text file). Use an MP4, MOV or WebM clip.',
    ]);
    expect(core.session!.photos.list().length).toBe(before);
  });

  it('refuses a clip cut short', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const cut = fixture('gps.mp4').subarray(0, 2_000);
    expect(
      await refused(
        core.route('clips:add', {
          assessmentId,
          tag: FRONT,
          fileName: 'cut.mp4',
          data: cut,
        }),
      ),
    ).toMatch(/could not be read: it may be damaged or incomplete/);
  });

  it('refuses a clip over the size limit before decoding it', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const tooBig = Buffer.alloc(MAX_CLIP_BYTES + 3);
    const answer = await core.route('clips:add', {
      assessmentId,
      tag: FRONT,
      fileName: 'long.mp4',
      data: tooBig,
    });
    expect(answer.ok ? [] : answer.error.issues).toEqual([
      { path: 'data', message: 'That clip is too large. Use a shorter one.' },
    ]);
    // Main's own check, for a caller that is not the channel (an imported record).
    await expect(prepareClip(tooBig, 'long.mp4')).rejects.toThrow(clipTooLargeMessage('long.mp4'));
  });

  it('takes raw bytes only in the clip field of this one channel', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const asText = await core.route('clips:add', {
      assessmentId,
      tag: FRONT,
      data: fixture('gps.mp4').toString('base64'),
    });
    expect(asText.ok ? '' : asText.error.issues?.[0]?.message).toBe('Choose a clip to add.');
    const tucked = await core.route('clips:add', {
      assessmentId,
      tag: { ...FRONT, extra: new Uint8Array(4) },
      data: fixture('gps.mp4'),
    });
    expect(tucked.ok ? '' : tucked.error.message).toBe(
      'This request could not be read: it contains something other than plain data.',
    );
    const elsewhere = await core.route('clients:create', {
      firstName: 'Bytes',
      lastName: new Uint8Array(4),
    });
    expect(elsewhere.ok ? '' : elsewhere.error.message).toBe(
      'This request could not be read: it contains something other than plain data.',
    );
    expect(core.session!.photos.list()).toEqual([]);
  });

  it('refuses a single-leg squat without the standing leg', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const answer = await core.route('clips:add', {
      assessmentId,
      tag: { screen: 'single-leg-squat', view: 'front', side: null },
      fileName: 'x.mp4',
      data: fixture('gps.mp4'),
    });
    expect(answer.ok).toBe(false);
  });
});

describe('serving a clip to the player', () => {
  it('answers byte ranges, and nothing for a photo hash or a removed clip', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const clip = await addClip(core, assessmentId, 'gps.mp4');
    const stored = fs.readFileSync(core.session!.photos.pathOf(clip.hash));
    const url = `${ORIGIN}${clipUrl(clip.hash)}`;

    const whole = await serveClip(core.session, url, null);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Content-Type')).toBe('video/mp4');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(stored);

    const part = await serveClip(core.session, url, 'bytes=100-199');
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes 100-199/${stored.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(stored.subarray(100, 200));
    const rest = await serveClip(core.session, url, 'bytes=1000-');
    expect(Buffer.from(await rest.arrayBuffer())).toEqual(stored.subarray(1000));
    expect((await serveClip(core.session, url, `bytes=${stored.length}-`)).status).toBe(416);

    // The photo server never hands out a clip, nor the clip server a photo.
    expect((await servePhoto(core.session, `${ORIGIN}/photos/${clip.hash}`)).status).toBe(404);
    const photo = await call<PhotoInfo>(core, 'photos:add', {
      assessmentId,
      view: 'anterior',
      dataBase64: (await figurePhoto().png().toBuffer()).toString('base64'),
    });
    expect((await serveClip(core.session, `${ORIGIN}${clipUrl(photo.hash)}`, null)).status).toBe(
      404,
    );

    await call(core, 'clips:remove', { id: clip.id });
    expect((await serveClip(core.session, url, null)).status).toBe(404);
  });
});

describe('keeping a frame', () => {
  it('adds the still to the assessment photos, tagged with the screen and view', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const clip = await addClip(core, assessmentId, 'gps.mp4', {
      screen: 'overhead-squat',
      view: 'side',
      side: null,
    });
    const still = await figurePhoto().png().toBuffer();
    const kept = await call<PhotoInfo>(core, 'clips:keepFrame', {
      clipId: clip.id,
      photoView: 'right-lateral',
      fileName: 'frame.png',
      dataBase64: still.toString('base64'),
    });
    expect(kept).toMatchObject({
      assessmentId,
      view: 'right-lateral',
      movement: { screen: 'overhead-squat', view: 'side', side: null },
    });
    const photos = await call<PhotoInfo[]>(core, 'photos:listForAssessment', { assessmentId });
    expect(photos.map((photo) => [photo.id, photo.movement?.screen])).toEqual([
      [kept.id, 'overhead-squat'],
    ]);
  });
});

describe('clips and the assessment record', () => {
  it('stay with a finalized revision, and an amendment works on its own copies', async () => {
    const { assessmentId } = await clientWithDraft(core);
    const clip = await addClip(core, assessmentId, 'gps.mp4');
    await call(core, 'assessments:finalize', { id: assessmentId, revision: 1 });
    expect(await refused(core.route('clips:remove', { id: clip.id }))).toMatch(/finalized/);
    expect(
      await refused(
        core.route('clips:add', {
          assessmentId,
          tag: FRONT,
          data: fixture('gps.mp4'),
        }),
      ),
    ).toMatch(/finalized/);

    await call(core, 'assessments:amend', { id: assessmentId, reason: 'Second look' });
    const [copy] = await call<ClipInfo[]>(core, 'clips:listForAssessment', { assessmentId });
    expect(copy).toMatchObject({ hash: clip.hash, revision: 2 });
    await call(core, 'clips:remove', { id: copy!.id });
    const first = await call<ClipInfo[]>(core, 'clips:listForAssessment', {
      assessmentId,
      revision: 1,
    });
    expect(first.map((c) => c.id)).toEqual([clip.id]);
  });

  it('are backed up, kept by the sweep while used, and erased with the client everywhere', async () => {
    const { client, assessmentId } = await clientWithDraft(core, 'Ottoline');
    const clip = await addClip(core, assessmentId, 'gps.mov');
    const paths = dataPaths(temps[0]!.dir);
    const backupCopy = path.join(paths.backups, 'photos', clip.hash.slice(0, 2), clip.hash);

    const backup = await call<CreatedBackup>(core, 'backups:create', {});
    expect(backup.photos.copied).toBe(1);
    expect(fs.existsSync(backupCopy)).toBe(true);

    const later = new Date(clock.getTime() + 24 * 3600_000);
    expect(sweepOrphanPhotos(core.session!.db, core.session!.photos, later)).toEqual([]);
    expect(core.session!.photos.has(clip.hash)).toBe(true);

    await call(core, 'clients:erase', { id: client.id, confirmName: 'Ottoline Lovelace' });
    expect(core.session!.photos.has(clip.hash)).toBe(false);
    expect(fs.existsSync(backupCopy)).toBe(false);
  });

  it('travel in an exported record and are remade on import', async () => {
    const file = path.join(makeTempDirFor(), 'ada.stance-client.json');
    const source = await openCore(createTestHost({ saveFile: file }));
    const { client, assessmentId } = await clientWithDraft(source);
    const clip = await addClip(source, assessmentId, 'gps.mp4', {
      screen: 'single-leg-squat',
      view: 'front',
      side: 'right',
    });
    await call<PhotoInfo>(source, 'clips:keepFrame', {
      clipId: clip.id,
      photoView: 'anterior',
      dataBase64: (await figurePhoto().png().toBuffer()).toString('base64'),
    });
    await call<RecordExported>(source, 'clients:exportRecord', { id: client.id });

    const target = await openCore(createTestHost({ openFile: file }));
    expect(await call<RecordImported>(target, 'clients:importRecord', {})).toMatchObject({
      clientId: client.id,
    });
    const [imported] = await call<ClipInfo[]>(target, 'clips:listForAssessment', { assessmentId });
    expect(imported).toMatchObject({
      id: clip.id,
      tag: clip.tag,
      mediaType: 'video/mp4',
      width: 320,
      height: 240,
    });
    expect(target.session!.photos.has(imported!.hash)).toBe(true);
    const [photo] = await call<PhotoInfo[]>(target, 'photos:listForAssessment', { assessmentId });
    expect(photo?.movement).toEqual(clip.tag);
  });

  it('refuses a record whose clip was changed after export', async () => {
    const file = path.join(makeTempDirFor(), 'ada.stance-client.json');
    const source = await openCore(createTestHost({ saveFile: file }));
    const { client, assessmentId } = await clientWithDraft(source);
    await addClip(source, assessmentId, 'gps.mp4');
    await call<RecordExported>(source, 'clients:exportRecord', { id: client.id });
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as { clips: { data: string }[] };
    record.clips[0]!.data = fixture('small.webm').toString('base64');
    fs.writeFileSync(file, JSON.stringify(record));

    const target = await openCore(createTestHost({ openFile: file }));
    expect(await refused(target.route('clients:importRecord', {}))).toMatch(
      /Clip 1 has been changed or damaged/,
    );
    expect(target.session!.photos.list()).toEqual([]);
  });
});

function makeTempDirFor(): string {
  const temp = makeTempDir('stance-clips-out-');
  temps.push(temp);
  return temp.dir;
}

describe.each(Object.entries(serviceEngines))('movement clips on %s', (_name, open) => {
  let engine: ServiceEngine;
  beforeEach(async () => {
    engine = await open({ now: () => clock });
  }, 60_000);
  afterEach(() => engine.close());
  const ask = async <T>(channel: Channel, payload: unknown) =>
    value<T>(await engine.route(channel, payload));
  const serve = (hash: string, range: string | null = null) =>
    serveClip(engine.records(), `${ORIGIN}${clipUrl(hash)}`, range);

  async function draftWithClip() {
    const client = await ask<Client>('clients:create', { firstName: 'Ada', lastName: 'Lovelace' });
    const { assessmentId } = await ask<Assessment>('assessments:create', {
      clientId: client.id,
      assessedOn: '2026-06-01',
    });
    const clip = await ask<ClipInfo>('clips:add', {
      assessmentId,
      tag: FRONT,
      fileName: 'gps.mp4',
      data: fixture('gps.mp4'),
    });
    return { assessmentId, clip };
  }

  it('keeps a clip, lists it, and plays it back whole and in byte ranges', async () => {
    const { assessmentId, clip } = await draftWithClip();
    expect(await ask<ClipInfo[]>('clips:listForAssessment', { assessmentId })).toEqual([clip]);

    const whole = await serve(clip.hash);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Content-Type')).toBe('video/mp4');
    const stored = Buffer.from(await whole.arrayBuffer());
    expect(stored.length).toBe(clip.bytes);
    const part = await serve(clip.hash, 'bytes=100-199');
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes 100-199/${stored.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(stored.subarray(100, 200));
    const rest = await serve(clip.hash, 'bytes=1000-');
    expect(Buffer.from(await rest.arrayBuffer())).toEqual(stored.subarray(1000));
    expect((await serve(clip.hash, `bytes=${stored.length}-`)).status).toBe(416);
    expect((await servePhoto(engine.records(), `${ORIGIN}/photos/${clip.hash}`)).status).toBe(404);
  });

  it('keeps a frame as a tagged photo, and leaves a finalized revision’s clips as they were', async () => {
    const { assessmentId, clip } = await draftWithClip();
    const kept = await ask<PhotoInfo>('clips:keepFrame', {
      clipId: clip.id,
      photoView: 'anterior',
      fileName: 'frame.png',
      dataBase64: (await figurePhoto().png().toBuffer()).toString('base64'),
    });
    expect(kept.movement).toEqual(FRONT);
    expect((await servePhoto(engine.records(), `${ORIGIN}/photos/${kept.hash}`)).status).toBe(200);

    await ask('assessments:finalize', { id: assessmentId, revision: 1 });
    const refusal = await engine.route('clips:remove', { id: clip.id });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ask('assessments:amend', { id: assessmentId, reason: 'Filmed again.' });
    const [copy] = await ask<ClipInfo[]>('clips:listForAssessment', { assessmentId });
    expect(copy).toMatchObject({ hash: clip.hash, revision: 2 });
    await ask('clips:remove', { id: copy!.id });
    expect(await ask<ClipInfo[]>('clips:listForAssessment', { assessmentId })).toEqual([]);
    expect(await ask<ClipInfo[]>('clips:listForAssessment', { assessmentId, revision: 1 })).toEqual(
      [clip],
    );
    // Revision 1 still names the file, so it still plays.
    expect((await serve(clip.hash)).status).toBe(200);
  });
});
