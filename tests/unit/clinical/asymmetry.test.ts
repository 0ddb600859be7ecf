import { describe, expect, it } from 'vitest';
import { ASYMMETRY_RULES, compareFeet, compareFootSides } from '../../../shared/domain/clinical';
import { fpiItemsSumming, neutralFoot } from './fixtures';

const fpi = (total: number) => neutralFoot({ fpi6: { items: fpiItemsSumming(total) } });
const comparison = (
  left: Parameters<typeof compareFootSides>[0],
  right: Parameters<typeof compareFootSides>[1],
  measure: string,
) => compareFootSides(left, right).find((each) => each.measure === measure);

describe('left/right asymmetry of the feet', () => {
  it('uses a smallest detectable change only where the reference gives one, and says which are unconfirmed', () => {
    const byMeasure = new Map(ASYMMETRY_RULES.map((rule) => [rule.measure, rule]));
    expect(byMeasure.get('kneeToWall')).toMatchObject({
      kind: 'difference',
      tolerance: 1.5,
      unit: 'cm',
      verified: true,
    });
    expect(byMeasure.get('fpi6')).toMatchObject({ kind: 'difference', verified: false });
    expect(byMeasure.get('navicularDrop')).toMatchObject({
      kind: 'difference',
      tolerance: 3.5,
      verified: false,
    });
    for (const measure of ['footProgression', 'rcsp', 'firstMtp', 'arch'] as const) {
      expect(byMeasure.get(measure)).toMatchObject({ kind: 'no-threshold', tolerance: null });
    }
    for (const rule of ASYMMETRY_RULES) expect(rule.source.citation.length).toBeGreaterThan(0);
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
    expect(flag?.text).not.toContain('unconfirmed');
  });

  it('does not flag FPI-6 +5 against +6, but flags 0 against +5, as unconfirmed', () => {
    expect(comparison(fpi(5), fpi(6), 'fpi6')).toMatchObject({
      verdict: 'within-error',
      difference: 1,
    });
    expect(compareFeet(fpi(5), fpi(6)).some((flag) => flag.measure === 'fpi6')).toBe(false);
    const wide = compareFeet(fpi(0), fpi(5)).find((flag) => flag.measure === 'fpi6');
    expect(wide?.difference).toBe(5);
    expect(wide?.text).toBe(
      'FPI-6: left 0 (normal), right +5 (normal) — 5 points apart, at or beyond the 2 points that measurement error can explain (unconfirmed).',
    );
  });

  it('shows a foot progression difference without a verdict, however small', () => {
    const near = comparison(
      neutralFoot({ footProgressionAngleDeg: 13 }),
      neutralFoot({ footProgressionAngleDeg: 13.5 }),
      'footProgression',
    );
    expect(near).toMatchObject({ verdict: 'no-threshold', difference: 0.5 });
    expect(near?.text).toContain('0.5° apart; no published threshold');
    expect(
      compareFeet(
        neutralFoot({ footProgressionAngleDeg: 13 }),
        neutralFoot({ footProgressionAngleDeg: 13.5 }),
      ),
    ).toEqual([]);
  });

  it('flags a navicular drop of 12 against 6 mm but not 6 against 9 mm', () => {
    const at = (right: number) =>
      comparison(neutralFoot(), neutralFoot({ navicularDropMm: right }), 'navicularDrop');
    expect(at(9)?.verdict).toBe('within-error');
    expect(at(12)?.verdict).toBe('beyond-error');
    expect(at(12)?.text).toContain('(unconfirmed)');
  });

  it('does not compare when a side is missing or an FPI-6 item is omitted', () => {
    expect(compareFootSides(neutralFoot(), null)).toEqual([]);
    expect(
      comparison(neutralFoot({ fpi6: { items: [2, 2, 2, null, 0, 0] } }), fpi(9), 'fpi6'),
    ).toBeUndefined();
  });

  it('finds nothing to say between two identical feet', () => {
    expect(compareFootSides(neutralFoot(), neutralFoot())).toEqual([]);
  });
});
