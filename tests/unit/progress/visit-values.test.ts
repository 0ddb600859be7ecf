import { describe, expect, it } from 'vitest';
import { assessChange } from '../../../shared/domain/clinical';
import {
  CHANGE_RULES,
  chartsWithValues,
  photoSeriesId,
  visitValues,
  withinChange,
  type ProgressVisit,
} from '../../../shared/domain/progress';

const summary = {
  painNow: 7,
  disabilityScore: 49,
  disabilityInstrument: 'odi',
  fpiLeft: 4,
  fpiRight: null,
};

describe('the values one visit gives the charts', () => {
  it('reads pain, the questionnaire in use, FPI-6 and knee-to-wall; leaves out what was not recorded', () => {
    const values = visitValues(
      summary,
      {
        pain: { nprsNow: 7, nprsBestLastWeek: 3, nprsWorstLastWeek: null },
        feet: { left: { kneeToWallCm: 9.5 }, right: null },
      },
      [],
    );
    expect(values).toEqual({
      'pain-now': 7,
      'pain-least': 3,
      odi: 49,
      'fpi-left': 4,
      'knee-to-wall-left': 9.5,
    });
  });

  it('measures the photos: the craniovertebral angle of a side photo, per view', () => {
    // C7 at (100, 200), tragus 100 px forward (the client faces the image's left) and 100 px up: 45°.
    const values = visitValues(summary, {}, [
      {
        view: 'left-lateral',
        landmarks: { points: { c7: { x: 100, y: 200 }, tragus: { x: 0, y: 100 } } },
      },
    ]);
    expect(values[photoSeriesId('craniovertebral-angle', 'left-lateral')]).toBeCloseTo(45, 6);
  });

  it('leaves uncalibrated plumb-line distances (pixels) out of the charts', () => {
    const values = visitValues(summary, {}, [
      {
        view: 'left-lateral',
        landmarks: { points: { tragus: { x: 50, y: 100 } }, plumbLine: { x: 100, angleDeg: 0 } },
      },
    ]);
    expect(Object.keys(values).some((id) => id.startsWith('ear-offset'))).toBe(false);
  });
});

describe('which charts appear', () => {
  const visit = (values: Record<string, number>): ProgressVisit => ({
    assessmentId: 'a',
    assessedOn: '2026-01-01',
    status: 'final',
    values,
  });

  it('only those with at least one value; the questionnaire the client used', () => {
    const ids = chartsWithValues([visit({ 'pain-now': 5 }), visit({ rmdq: 12 })]).map(
      (chart) => chart.id,
    );
    expect(ids).toEqual(['pain', 'rmdq']);
    expect(chartsWithValues([visit({})])).toEqual([]);
  });

  it('on paper, only measures taken at two visits or more', () => {
    const visits = [visit({ 'pain-now': 5, rmdq: 12 }), visit({ 'pain-now': 3 })];
    expect(chartsWithValues(visits, 2).map((chart) => chart.id)).toEqual(['pain']);
  });
});

describe('the band agrees with the MCID rule', () => {
  it('a score on the band edge meets the MCID, one just inside does not', () => {
    for (const baseline of [3, 4, 7, 10]) {
      const { low } = withinChange(CHANGE_RULES.pain, 'lower', baseline);
      expect(assessChange('nprs', baseline, Math.max(0, low)).meetsMcid, `from ${baseline}`).toBe(
        true,
      );
      expect(assessChange('nprs', baseline, low + 0.05).meetsMcid, `from ${baseline}`).toBe(false);
    }
    for (const baseline of [20, 49]) {
      const { low } = withinChange(CHANGE_RULES.odi, 'lower', baseline);
      expect(assessChange('odi', baseline, low).meetsMcid).toBe(true);
      expect(assessChange('odi', baseline, low + 0.05).meetsMcid).toBe(false);
    }
  });

  it('every rule names a source; the FPI-6 one is marked unconfirmed', () => {
    for (const rule of Object.values(CHANGE_RULES)) expect(rule.source.url).not.toBe('');
    expect(CHANGE_RULES.fpi.source.verified).toBe(false);
    expect(CHANGE_RULES.cva.points).toBe(5.52);
    expect(CHANGE_RULES.kneeToWall.points).toBe(1.6);
  });
});
