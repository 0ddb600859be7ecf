/**
 * Settings through Stance's real router on either engine: the letterhead and logo go with the
 * records (on a studio, its server), her own settings stay in this computer's file.
 */
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servePhoto } from '../../main/photos/serve';
import type { Settings } from '../../shared/domain/settings';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { value } from '../helpers/stance-data';

const sqliteEngine = 'the embedded SQLite file';

describe.each(Object.entries(serviceEngines))('settings on %s', (engineName, openEngine) => {
  let core: ServiceEngine;
  const onStudio = engineName !== sqliteEngine;

  beforeEach(async () => {
    core = await openEngine();
  });
  afterEach(async () => {
    await core.close();
  });

  const records = () => {
    const current = core.records();
    if (!current) throw new Error('no records open');
    return current;
  };

  it('keeps the letterhead with the records and her own settings in this computer’s file', async () => {
    const saved = value<Settings>(
      await core.route('settings:update', {
        studioName: 'Northside Posture Studio',
        studioPhone: '+44 113 496 0000',
        practitionerName: 'Dana Whitfield',
        paperSize: 'Letter',
      }),
    );
    expect(saved).toMatchObject({
      studioName: 'Northside Posture Studio',
      studioPhone: '+44 113 496 0000',
      practitionerName: 'Dana Whitfield',
      paperSize: 'Letter',
    });
    expect(value<Settings>(await core.route('settings:get', {}))).toEqual(saved);

    // Where each landed, read past the services: a colleague on the studio sees the letterhead.
    const withRecords = await records().stores.settings.read([
      'studioName',
      'studioPhone',
      'practitionerName',
      'paperSize',
    ]);
    expect(withRecords).toEqual(
      onStudio
        ? { studioName: 'Northside Posture Studio', studioPhone: '+44 113 496 0000' }
        : {
            studioName: 'Northside Posture Studio',
            studioPhone: '+44 113 496 0000',
            practitionerName: 'Dana Whitfield',
            paperSize: 'Letter',
          },
    );
  });

  it('stores the logo with the records, serves it from there, and removes it with null', async () => {
    const jpeg = await sharp({
      create: { width: 1600, height: 400, channels: 3, background: '#205080' },
    })
      .jpeg()
      .toBuffer();
    const settings = value<Settings>(
      await core.route('settings:setLogo', {
        fileName: 'logo.jpg',
        dataBase64: jpeg.toString('base64'),
      }),
    );
    const hash = settings.logo;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await records().stores.files.has(hash!)).toBe(true);

    const served = await servePhoto(records(), `app://stance/photos/${hash}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 800, height: 200 });

    expect(value<Settings>(await core.route('settings:update', { logo: null }))).toMatchObject({
      logo: null,
    });
    expect((await servePhoto(records(), `app://stance/photos/${hash}`)).status).toBe(404);
  });

  it('refuses a logo that is not an image, storing nothing', async () => {
    const refused = await core.route('settings:setLogo', {
      fileName: 'notes.png',
      dataBase64: Buffer.from('just some text').toString('base64'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(value<Settings>(await core.route('settings:get', {})).logo).toBeNull();
  });
});
