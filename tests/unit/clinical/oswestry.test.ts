import { describe, expect, it } from 'vitest';
import {
  OSWESTRY_BANDS,
  classify,
  oswestrySections,
  resolveDoubleMarkedSection,
  scoreOswestry,
} from '../../../shared/domain/clinical';

describe('Oswestry scoring', () => {
  it('with all ten sections answered the percentage is the sum × 2', () => {
    const score = scoreOswestry([2, 1, 3, 1, 2, 2, 1, 0, 2, 1]);
    expect(score).toMatchObject({ sumOfAnswered: 15, sectionsAnswered: 10, percent: 30 });
    expect(score?.band?.category).toBe('moderate');
  });

  it('with one section skipped divides by 45 (worked example: 16 / 45 = 35.6%)', () => {
    const score = scoreOswestry([2, 1, 3, 1, 2, 2, 1, null, 2, 2]);
    expect(score?.sumOfAnswered).toBe(16);
    expect(score?.sectionsAnswered).toBe(9);
    expect(score?.skippedSections).toEqual([8]);
    expect(score?.percent).toBeCloseTo(35.56, 2);
    expect(score?.band?.category).toBe('moderate');
  });

  it('with three skipped divides by 35, and says so', () => {
    const score = scoreOswestry([5, null, 5, null, 5, 5, 5, null, 5, 5]);
    expect(score?.percent).toBe(100);
    expect(score?.skippedSections).toEqual([2, 4, 8]);
  });

  it('gives no score when every section is skipped', () => {
    expect(scoreOswestry(Array.from({ length: 10 }, () => null))).toBeNull();
  });

  it.each([
    [0, 'minimal'],
    [20, 'minimal'],
    [20.01, 'moderate'],
    [40, 'moderate'],
    [40.01, 'severe'],
    [60, 'severe'],
    [60.01, 'very-severe'],
    [80, 'very-severe'],
    [80.01, 'highest'],
    [100, 'highest'],
  ])('band at %d%% is %s', (percent, category) => {
    expect(classify(OSWESTRY_BANDS, percent)?.category).toBe(category);
  });

  it('puts a fractional score between the published whole-number bands in the upper band', () => {
    // 10 / 45 = 22.2%: above 20, so moderate.
    const score = scoreOswestry([2, 2, 2, 2, 2, 0, 0, null, 0, 0]);
    expect(score?.percent).toBeCloseTo(22.22, 2);
    expect(score?.band?.category).toBe('moderate');
  });

  it('does not apply the ODI bands to the modified version, whose section 8 differs', () => {
    expect(scoreOswestry([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 'modified')?.band).toBeNull();
    expect(oswestrySections('modified')[7]?.label).toBe('Work or home duties');
    expect(oswestrySections('odi-2.1a')[7]?.label).toBe('Sex life (if applicable)');
  });

  it('takes the higher score when two statements are ticked', () => {
    expect(resolveDoubleMarkedSection(2, 4)).toBe(4);
  });

  it('refuses impossible section scores', () => {
    expect(() => scoreOswestry([6, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(
      'Each Oswestry section is scored from 0 to 5.',
    );
    expect(() => scoreOswestry([0, 0, 0])).toThrow(RangeError);
  });
});
