/** The client report's data through the real router on a real SQLite file: photos in view order. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientReportData } from '../../shared/channels/reports';
import { localToday } from '../../shared/domain/dates';
import { openStance, type StanceCore } from '../../main/stance';
import { seedPrintable } from '../e2e/print-helpers';
import { landmarksFor, seedReportPhotos } from '../e2e/print-photos';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

beforeEach(async () => {
  temp = makeTempDir();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

async function reportOf(clientId: string, assessmentId: string): Promise<ClientReportData> {
  const result = await core.route('reports:clientReport', { clientId, assessmentId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ClientReportData;
}

describe('reports:clientReport', () => {
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
