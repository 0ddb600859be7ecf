import { describe, expect, it } from 'vitest';
import type { BandSet } from '../../../shared/domain/clinical';
import {
  above,
  atLeast,
  atMost,
  below,
  classify,
  excursionFromTypical,
  typicalRangeText,
} from '../../../shared/domain/clinical';
import { SOURCES } from '../../../shared/domain/clinical';

const example: BandSet<'low' | 'ok' | 'high'> = {
  id: 'example',
  measure: 'Example',
  unit: 'mm',
  source: SOURCES.navicularDropCutoff,
  verified: true,
  typicalRangeName: 'usual range',
  bands: [
    { category: 'low', label: 'Low', lower: null, upper: below(5), isFinding: true },
    { category: 'ok', label: 'OK', lower: atLeast(5), upper: atMost(10), isFinding: false },
    { category: 'high', label: 'High', lower: above(10), upper: null, isFinding: true },
  ],
};

describe('band classification', () => {
  it('honours inclusive and exclusive edges on both sides', () => {
    expect(classify(example, 4.99)?.category).toBe('low');
    expect(classify(example, 5)?.category).toBe('ok');
    expect(classify(example, 10)?.category).toBe('ok');
    expect(classify(example, 10.01)?.category).toBe('high');
  });

  it('returns null outside every band', () => {
    const bounded: BandSet = {
      ...example,
      bands: [
        { category: 'ok', label: 'OK', lower: atLeast(5), upper: atMost(10), isFinding: false },
      ],
    };
    expect(classify(bounded, 11)).toBeNull();
  });

  it('measures how far a value lies outside the typical range', () => {
    expect(excursionFromTypical(example, 7)).toBeNull();
    expect(excursionFromTypical(example, 12)).toEqual({
      amount: 2,
      direction: 'above',
      edge: 10,
      unit: 'mm',
    });
    expect(excursionFromTypical(example, 3.5)).toEqual({
      amount: 1.5,
      direction: 'below',
      edge: 5,
      unit: 'mm',
    });
  });

  it('describes the typical range', () => {
    expect(typicalRangeText(example, (value) => `${value} mm`)).toBe('5 mm to 10 mm');
  });
});
