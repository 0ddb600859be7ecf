/** The progress charts' values through the real router, on the SQLite file and a studio server. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientReportData } from '../../shared/channels/reports';
import type { ProgressVisit } from '../../shared/domain/progress';
import { measurePhoto } from '../../shared/domain/photo-measures';
import { seedPrintable } from '../e2e/print-helpers';
import { landmarksFor, seedReportPhotos } from '../e2e/print-photos';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';

describe.each(Object.entries(serviceEngines))(
  'progress:forClient on %s',
  (_engineName, openEngine) => {
    let core: ServiceEngine;

    beforeEach(async () => {
      core = await openEngine();
    });
    afterEach(async () => {
      await core.close();
    });

    async function ask<T>(channel: string, payload: unknown): Promise<T> {
      const result = await core.route(channel, payload);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    }

    it('gives every visit oldest first, with pain, the Oswestry, both feet and the photo measures', async () => {
      const { client, assessmentIds } = await seedPrintable(core);
      await seedReportPhotos(core, assessmentIds[2] ?? '', { width: 120, height: 160 });

      const visits = await ask<ProgressVisit[]>('progress:forClient', { clientId: client.id });
      expect(visits.map((visit) => visit.assessmentId)).toEqual(assessmentIds);
      expect(visits.map((visit) => visit.values['pain-now'])).toEqual([7, 5, 3]);
      expect(visits.map((visit) => visit.values['pain-worst'])).toEqual([9, 7, 5]);
      expect(visits.every((visit) => typeof visit.values.odi === 'number')).toBe(true);
      expect(visits[0]?.values['knee-to-wall-right']).toBe(7);
      expect(visits.map((visit) => visit.status)).toEqual(['final', 'final', 'draft']);

      // The side photo's angle, worked out here from the same landmarks, only on the visit that has it.
      const expected = measurePhoto('right-lateral', landmarksFor('right-lateral', 120, 160)).find(
        (result) => result.id === 'craniovertebral-angle',
      );
      if (expected?.status !== 'measured') throw new Error('the angle should be measured');
      expect(visits[2]?.values['craniovertebral-angle@right-lateral']).toBeCloseTo(
        expected.value,
        9,
      );
      expect(visits[0]?.values['craniovertebral-angle@right-lateral']).toBeUndefined();
    });

    it('refuses a client who does not exist, in plain words', async () => {
      const result = await core.route('progress:forClient', {
        clientId: '00000000-0000-4000-8000-000000000000',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });

    it('the report of an earlier visit charts only the visits up to it', async () => {
      const { client, assessmentIds } = await seedPrintable(core);
      const report = await ask<ClientReportData>('reports:clientReport', {
        clientId: client.id,
        assessmentId: assessmentIds[1],
      });
      expect(report.progress.map((visit) => visit.assessmentId)).toEqual(assessmentIds.slice(0, 2));
      expect(report.progress.map((visit) => visit.values['pain-now'])).toEqual([7, 5]);
    });
  },
);
