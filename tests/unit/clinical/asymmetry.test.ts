import { describe, expect, it } from 'vitest';
import { ASYMMETRY_RULES, compareFeet } from '../../../shared/domain/clinical';
import { fpiItemsSumming, neutralFoot } from './fixtures';

describe('left/right asymmetry of the feet', () => {
  it('keeps every tolerance as data with a source, marking unsourced ones unverified', () => {
    for (const rule of ASYMMETRY_RULES) {
      expect(rule.source.citation.length).toBeGreaterThan(0);
      if (rule.kind === 'difference') expect(rule.verified).toBe(true);
      else expect(rule).toMatchObject({ tolerance: null, verified: false });
    }
    const lunge = ASYMMETRY_RULES.find((rule) => rule.measure === 'kneeToWall');
    expect(lunge).toMatchObject({ kind: 'difference', tolerance: 1.5, unit: 'cm' });
  });

  it('flags a knee-to-wall difference of 1.5 cm but not 1.4 cm', () => {
    const flagAt = (right: number) =>
      compareFeet(neutralFoot({ kneeToWallCm: 10 }), neutralFoot({ kneeToWallCm: right })).find(
        (flag) => flag.measure === 'kneeToWall',
      );
    expect(flagAt(8.6)).toBeUndefined();
    const flag = flagAt(8.5);
    expect(flag?.difference).toBe(1.5);
    expect(flag?.text).toContain('left 10 cm, right 8.5 cm');
  });

  it('flags measures without a sourced tolerance only when the sides land in different bands', () => {
    const sameBand = compareFeet(
      neutralFoot({ fpi6: { items: fpiItemsSumming(0) } }),
      neutralFoot({ fpi6: { items: fpiItemsSumming(5) } }),
    );
    expect(sameBand.find((flag) => flag.measure === 'fpi6')).toBeUndefined();
    const differentBand = compareFeet(
      neutralFoot({ fpi6: { items: fpiItemsSumming(5) } }),
      neutralFoot({ fpi6: { items: fpiItemsSumming(6) } }),
    );
    expect(differentBand.find((flag) => flag.measure === 'fpi6')?.text).toBe(
      'FPI-6: left +5 (normal), right +6 (pronated) — the two sides fall in different bands.',
    );
  });

  it('does not compare when a side is missing or its band is unsettled', () => {
    expect(compareFeet(neutralFoot(), null)).toEqual([]);
    const unsettled = compareFeet(
      neutralFoot({ fpi6: { items: [2, 2, 2, null, 0, 0] } }),
      neutralFoot({ fpi6: { items: fpiItemsSumming(9) } }),
    );
    expect(unsettled.find((flag) => flag.measure === 'fpi6')).toBeUndefined();
  });

  it('finds no asymmetry between two identical feet', () => {
    expect(compareFeet(neutralFoot(), neutralFoot())).toEqual([]);
  });
});
