/**
 * The client report's and the handout's data through the real router, on the SQLite file and on a
 * studio server: a studio client's report prints her studio records, letterhead and photos.
 */
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientReportData, HandoutData } from '../../shared/channels/reports';
import { localToday } from '../../shared/domain/dates';
import type { Settings } from '../../shared/domain/settings';
import { servePhoto } from '../../main/photos/serve';
import { seedPrintable } from '../e2e/print-helpers';
import { landmarksFor, seedReportPhotos } from '../e2e/print-photos';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { value } from '../helpers/stance-data';

describe.each(Object.entries(serviceEngines))('reports on %s', (_engineName, openEngine) => {
  let core: ServiceEngine;

  beforeEach(async () => {
    core = await openEngine();
  });
  afterEach(async () => {
    await core.close();
  });

  async function reportOf(clientId: string, assessmentId?: string): Promise<ClientReportData> {
    const result = await core.route('reports:clientReport', {
      clientId,
      ...(assessmentId ? { assessmentId } : {}),
    });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ClientReportData;
  }

  it('prints her own visit, the letterhead and the logo, and the photos served from her records', async () => {
    const { client, assessmentIds } = await seedPrintable(core);
    const jpeg = await sharp({
      create: { width: 400, height: 100, channels: 3, background: '#205080' },
    })
      .jpeg()
      .toBuffer();
    const { logo } = value<Settings>(
      await core.route('settings:setLogo', {
        fileName: 'logo.jpg',
        dataBase64: jpeg.toString('base64'),
      }),
    );
    await seedReportPhotos(core, assessmentIds[2] ?? '', { width: 120, height: 160 });

    // No assessment named: the newest, today's draft.
    const report = await reportOf(client.id);
    expect(report.client).toMatchObject({ firstName: 'Margaret', lastName: 'Okonkwo-Hale' });
    expect(report.assessment.assessmentId).toBe(assessmentIds[2]);
    expect(report.assessment.body.pain?.nprsNow).toBe(3);
    expect(report.history.map((item) => item.assessmentId)).toEqual(assessmentIds);
    expect(report.progress.map((visit) => visit.values['pain-now'])).toEqual([7, 5, 3]);
    expect(report.settings).toMatchObject({
      studioName: 'Northside Posture Studio',
      practitionerName: 'Dana Whitfield',
      studioPhone: '+44 113 496 0000',
      logo,
    });
    const records = core.records();
    const served = await servePhoto(records, `app://stance/photos/${logo}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    for (const photo of report.photos) {
      const image = await servePhoto(records, `app://stance/photos/${photo.hash}/print`);
      expect(image.status).toBe(200);
    }
  });

  it('gives the handout her program, her name and the studio’s details', async () => {
    const { client, program } = await seedPrintable(core);
    const handout = value<HandoutData>(
      await core.route('reports:handout', { programId: program.id }),
    );
    expect(handout.client.id).toBe(client.id);
    expect(handout.program.title).toBe(program.title);
    expect(handout.program.items.map((item) => item.exercise?.id)).toEqual(
      program.items.map((item) => item.exerciseId),
    );
    expect(handout.settings.studioName).toBe('Northside Posture Studio');
    expect(handout.referral).toBeNull();
  });

  it('offers to save the report and the handout as PDFs for her client', async () => {
    const { client, program } = await seedPrintable(core);
    // The test's window-less host cancels the save dialog: reaching it means the ids checked out.
    expect(
      value(await core.route('print:savePdf', { kind: 'report', clientId: client.id })),
    ).toEqual({ saved: false });
    expect(
      value(
        await core.route('print:savePdf', {
          kind: 'handout',
          clientId: client.id,
          programId: program.id,
        }),
      ),
    ).toEqual({ saved: false });
  });

  it('carries the assessment’s photos, front to feet, each with the landmarks placed on it', async () => {
    const { client, assessmentIds } = await seedPrintable(core);
    const current = assessmentIds[2] ?? '';
    await seedReportPhotos(core, current, { width: 120, height: 160 });

    const report = await reportOf(client.id, current);
    expect(report.photos.map((photo) => photo.view)).toEqual([
      'anterior',
      'posterior',
      'right-lateral',
      'feet-behind',
    ]);
    const side = report.photos.find((photo) => photo.view === 'right-lateral');
    expect(side?.landmarks).toEqual(landmarksFor('right-lateral', 120, 160));
    expect(side?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has no photos for a visit that had none, even when another visit has them', async () => {
    const { client, assessmentIds } = await seedPrintable(core);
    await seedReportPhotos(core, assessmentIds[2] ?? '', { width: 120, height: 160 });

    const earlier = await reportOf(client.id, assessmentIds[1] ?? '');
    expect(earlier.photos).toEqual([]);
  });

  it('pairs the visit with the first earlier one that photographed a view it has too', async () => {
    const { client, assessmentIds } = await seedPrintable(core);
    const current = assessmentIds[2] ?? '';
    await seedReportPhotos(core, current, { width: 120, height: 160 });
    expect((await reportOf(client.id, current)).firstPhotos).toBeNull();

    // A first visit before the three, with photos: it becomes the "before".
    const created = await core.route('assessments:create', {
      clientId: client.id,
      assessedOn: '2020-01-06',
    });
    if (!created.ok) throw new Error(created.error.message);
    const first = (created.value as { assessmentId: string }).assessmentId;
    await seedReportPhotos(core, first, { width: 120, height: 160 });
    const report = await reportOf(client.id, current);
    expect(report.firstPhotos?.assessmentId).toBe(first);
    expect(report.firstPhotos?.assessedOn).toBe('2020-01-06');
    expect(report.firstPhotos?.photos.map((photo) => photo.view)).toEqual([
      'anterior',
      'posterior',
      'right-lateral',
      'feet-behind',
    ]);
    // The first visit has nothing before it to compare with.
    expect((await reportOf(client.id, first)).firstPhotos).toBeNull();
  });

  it('names the home program in progress: its own, else the newest made by the visit, never a later one', async () => {
    const { client, assessmentIds, program } = await seedPrintable(core);
    const own = await reportOf(client.id, assessmentIds[2] ?? '');
    expect(own.program?.id).toBe(program.id);
    expect(own.programFromThisVisit).toBe(true);

    const created = await core.route('assessments:create', {
      clientId: client.id,
      assessedOn: localToday(),
    });
    if (!created.ok) throw new Error(created.error.message);
    const followUp = (created.value as { assessmentId: string }).assessmentId;
    const later = await reportOf(client.id, followUp);
    expect(later.program?.title).toBe(program.title);
    expect(later.program?.items).toHaveLength(6);
    expect(later.programFromThisVisit).toBe(false);

    // The first visit, weeks before the program was made, has none.
    expect((await reportOf(client.id, assessmentIds[0] ?? '')).program).toBeNull();
  });
});
