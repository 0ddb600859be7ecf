import { describe, expect, it } from 'vitest';
import { FPI6_BANDS, FPI6_ITEMS, classify, scoreFpi6 } from '../../../shared/domain/clinical';
import { fpiItemsSumming } from './fixtures';

const categoryOf = (total: number) => scoreFpi6(fpiItemsSumming(total))?.band?.category;

describe('FPI-6 scoring', () => {
  it('has six items, three rearfoot then three forefoot', () => {
    expect(FPI6_ITEMS.map((item) => item.part)).toEqual([
      'rearfoot',
      'rearfoot',
      'rearfoot',
      'forefoot',
      'forefoot',
      'forefoot',
    ]);
  });

  it('sums the six items (worked example: +1 +1 +2 +1 +2 +1 = +8, pronated)', () => {
    const score = scoreFpi6([1, 1, 2, 1, 2, 1]);
    expect(score).toMatchObject({ total: 8, itemsScored: 6, complete: true, omittedItems: [] });
    expect(score?.band?.category).toBe('pronated');
  });

  it.each([
    [-12, 'highly-supinated'],
    [-5, 'highly-supinated'],
    [-4, 'supinated'],
    [-1, 'supinated'],
    [0, 'normal'],
    [5, 'normal'],
    [6, 'pronated'],
    [9, 'pronated'],
    [10, 'highly-pronated'],
    [12, 'highly-pronated'],
  ])('total %i is %s (both sides of every boundary)', (total, category) => {
    expect(categoryOf(total)).toBe(category);
  });

  it('calls +4, the healthy adult mean, normal rather than pronated', () => {
    expect(classify(FPI6_BANDS, 4)?.isFinding).toBe(false);
  });

  it('reports an omitted item without prorating, and bands only when the omission cannot matter', () => {
    // Partial +3 from five items: the full total lies in +1…+5, all normal.
    const settled = scoreFpi6([1, 1, 1, null, 0, 0]);
    expect(settled).toMatchObject({
      total: 3,
      itemsScored: 5,
      omittedItems: [4],
      complete: false,
      possibleRange: { min: 1, max: 5 },
    });
    expect(settled?.band?.category).toBe('normal');
  });

  it('gives no band when the omitted item could move the foot across a boundary', () => {
    // Partial +6: the full total could be +4 (normal) to +8 (pronated).
    const open = scoreFpi6([2, 2, 2, null, 0, 0]);
    expect(open?.band).toBeNull();
    expect(open?.possibleRange).toEqual({ min: 4, max: 8 });
  });

  it('returns null when nothing was scored, and refuses impossible items', () => {
    expect(scoreFpi6([null, null, null, null, null, null])).toBeNull();
    expect(() => scoreFpi6([3, 0, 0, 0, 0, 0])).toThrow('Each FPI-6 item is scored from −2 to +2.');
    expect(() => scoreFpi6([0.5, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreFpi6([0, 0, 0])).toThrow(RangeError);
  });
});
