/**
 * One contract, two engines: stored file bytes, named by their SHA-256, behave the same in the
 * photos folder beside the embedded SQLite file and in a studio server's photo_files table, so a
 * photo or clip saved on either reads back byte for byte, in the ranges the clip player asks for.
 */
import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevisionContent } from '../../main/db/stores/assessment-rows';
import type { FileStore } from '../../main/db/stores/file-store';
import { storeEngines, type EngineStores } from '../helpers/store-engines';

const content: RevisionContent = {
  assessedOn: '2026-10-01',
  body: { schemaVersion: 1 },
  bodyVersion: 1,
  rulesVersion: 'rules-1',
  summary: {
    painNow: null,
    disabilityScore: null,
    disabilityInstrument: null,
    fpiLeft: null,
    fpiRight: null,
  },
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
// Bytes 0..255 repeated: any range read from the wrong offset shows as the wrong values.
const counting = (length: number) => Uint8Array.from({ length }, (_, index) => index % 251);

describe.each(Object.entries(storeEngines))('stored files on %s', (_name, open) => {
  let engine: EngineStores;
  let files: FileStore;
  let unique = 0;
  const fresh = () => new Uint8Array([9, 8, 7, (unique += 1)]);

  beforeAll(async () => {
    engine = await open();
    files = engine.stores.files;
  }, 60_000);
  afterAll(() => engine.close());

  async function newDraft(): Promise<string> {
    const clientId = randomUUID();
    await engine.clients.insert({
      id: clientId,
      firstName: 'Ada',
      lastName: 'Lovelace',
      dateOfBirth: '',
      email: '',
      phone: '',
      occupation: '',
      notes: '',
      createdAt: 't',
      updatedAt: 't',
      archivedAt: null,
    });
    const id = randomUUID();
    await engine.assessments.insert({ id, clientId }, content, 't');
    return id;
  }

  it('stores bytes under their SHA-256 once, and reads them back whole', async () => {
    const bytes = counting(70_000);
    const hash = await files.put(bytes, 'video/mp4');
    expect(hash).toBe(sha256(bytes));
    expect(await files.put(bytes, 'video/mp4')).toBe(hash);
    expect(await files.has(hash)).toBe(true);
    expect(await files.size(hash)).toBe(70_000);
    expect(new Uint8Array((await files.read(hash))!)).toEqual(bytes);
  });

  it('reads exactly the bytes of a range, cut at the end of the file', async () => {
    const bytes = counting(300_000);
    const hash = await files.put(bytes, 'video/mp4');
    for (const [start, end] of [
      [0, 0],
      [1, 250],
      [123_456, 200_000],
      [299_990, 299_999],
    ] as const) {
      const read = await files.read(hash, { start, end });
      expect(new Uint8Array(read!), `${start}-${end}`).toEqual(bytes.slice(start, end + 1));
    }
    expect(new Uint8Array((await files.read(hash, { start: 299_000, end: 400_000 }))!)).toEqual(
      bytes.slice(299_000),
    );
  });

  it('answers nothing for a file it does not hold, or a name that is not a hash', async () => {
    const missing = sha256(fresh());
    for (const hash of [missing, '../stance.db', missing.toUpperCase(), '']) {
      expect(await files.has(hash), hash).toBe(false);
      expect(await files.size(hash), hash).toBeUndefined();
      expect(await files.read(hash), hash).toBeUndefined();
      expect(await files.read(hash, { start: 0, end: 3 }), hash).toBeUndefined();
      expect(await files.readSized(hash, 'image/jpeg', 'print'), hash).toBeUndefined();
      expect(await files.remove(hash), hash).toBe(false);
    }
  });

  it('removes a file, and says when there was none', async () => {
    const hash = await files.put(fresh(), 'image/jpeg');
    expect(await files.remove(hash)).toBe(true);
    expect(await files.has(hash)).toBe(false);
    expect(await files.read(hash)).toBeUndefined();
    expect(await files.remove(hash)).toBe(false);
  });

  it('gives the media type only of a file a photo or clip row names', async () => {
    const stray = await files.put(fresh(), 'image/jpeg');
    expect(await files.referencedMediaType(stray)).toBeUndefined();
    const at = { assessmentId: await newDraft(), revision: 1 };
    const photo = await engine.media.addPhoto(at, fresh(), {});
    const clip = await engine.media.addClip(at, fresh());
    expect(await files.referencedMediaType(photo)).toBe('image/jpeg');
    expect(await files.referencedMediaType(clip)).toBe('video/mp4');
  });

  it('makes a print-sized copy of a large photo, and answers the photo itself when it cannot', async () => {
    const large = await sharp({
      create: { width: 3200, height: 2400, channels: 3, background: '#8a6' },
    })
      .jpeg()
      .toBuffer();
    const hash = await files.put(large, 'image/jpeg');
    const copy = await sharp(await files.readSized(hash, 'image/jpeg', 'print')).metadata();
    expect([copy.width, copy.height]).toEqual([1600, 1200]);

    const notAPicture = fresh();
    const broken = await files.put(notAPicture, 'image/jpeg');
    expect(new Uint8Array((await files.readSized(broken, 'image/jpeg', 'print'))!)).toEqual(
      notAPicture,
    );
  });
});
