import { describe, expect, it } from 'vitest';
import {
  BODY_CHART_REGIONS,
  NPRS_BANDS_CHRONIC_MSK,
  NPRS_BANDS_COMMUNITY,
  bodyChartRegionById,
  classifyNprs,
} from '../../../shared/domain/clinical';

describe('NPRS bands', () => {
  it.each([
    [0, 'none'],
    [1, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [6, 'moderate'],
    [7, 'severe'],
    [10, 'severe'],
  ])('default: %i is %s', (score, category) => {
    expect(classifyNprs(score).category).toBe(category);
  });

  it('keeps the alternative cut-points as data', () => {
    expect(classifyNprs(4, NPRS_BANDS_COMMUNITY).category).toBe('mild');
    expect(classifyNprs(5, NPRS_BANDS_COMMUNITY).category).toBe('moderate');
    expect(classifyNprs(5, NPRS_BANDS_CHRONIC_MSK).category).toBe('mild');
    expect(classifyNprs(6, NPRS_BANDS_CHRONIC_MSK).category).toBe('moderate');
    expect(classifyNprs(7, NPRS_BANDS_CHRONIC_MSK).category).toBe('moderate');
    expect(classifyNprs(8, NPRS_BANDS_CHRONIC_MSK).category).toBe('severe');
  });

  it('refuses scores outside 0–10 or between whole numbers', () => {
    expect(() => classifyNprs(11)).toThrow('Pain is rated as a whole number from 0 to 10.');
    expect(() => classifyNprs(-1)).toThrow(RangeError);
    expect(() => classifyNprs(2.5)).toThrow(RangeError);
  });
});

describe('body chart regions', () => {
  it('has unique ids on a front and a back view', () => {
    const ids = BODY_CHART_REGIONS.map((region) => region.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(BODY_CHART_REGIONS.map((region) => region.view))).toEqual(
      new Set(['front', 'back']),
    );
  });

  it('records left and right separately with labels that name the side', () => {
    expect(bodyChartRegionById('back.buttock.left')).toMatchObject({
      side: 'left',
      label: 'Left buttock',
    });
    expect(bodyChartRegionById('back.buttock.right')?.side).toBe('right');
    expect(bodyChartRegionById('back.low-back')?.side).toBe('midline');
    for (const region of BODY_CHART_REGIONS.filter((r) => r.side !== 'midline')) {
      expect(region.label.startsWith(region.side === 'left' ? 'Left ' : 'Right ')).toBe(true);
    }
  });
});
