import { describe, expect, it } from 'vitest';
import { MCID_RULES, assessChange } from '../../../shared/domain/clinical';

describe('MCID rules as data', () => {
  it('holds the Ostelo 2008 thresholds and the modified-ODI 6 points, each with a source', () => {
    expect(MCID_RULES.odi).toMatchObject({ points: 10, percentOfBaseline: 30 });
    expect(MCID_RULES.rmdq).toMatchObject({ points: 5, percentOfBaseline: 30 });
    expect(MCID_RULES.nprs).toMatchObject({ points: 2, percentOfBaseline: 30 });
    expect(MCID_RULES['modified-odi']).toMatchObject({ points: 6, percentOfBaseline: null });
    for (const rule of Object.values(MCID_RULES)) expect(rule.source.verified).toBe(true);
  });
});

describe('change against the MCID', () => {
  it('ODI: 10 points meets it; 9 points from 40 (22.5%) does not', () => {
    expect(assessChange('odi', 40, 30)).toMatchObject({
      change: -10,
      direction: 'improved',
      meetsMcid: true,
      metBy: ['points'],
    });
    expect(assessChange('odi', 40, 31).meetsMcid).toBe(false);
  });

  it('ODI: 30% of a low baseline meets it by the percentage rule (20 → 14)', () => {
    const change = assessChange('odi', 20, 14);
    expect(change.percentImprovement).toBeCloseTo(30, 10);
    expect(change.metBy).toEqual(['percent']);
    expect(assessChange('odi', 20, 14.2).meetsMcid).toBe(false);
  });

  it('RMDQ: 5 points (20 → 15), or 30% (10 → 7), meets it; 4 from 16 (25%) does not', () => {
    expect(assessChange('rmdq', 20, 15).metBy).toEqual(['points']);
    expect(assessChange('rmdq', 10, 7).metBy).toEqual(['percent']);
    expect(assessChange('rmdq', 16, 12).meetsMcid).toBe(false);
  });

  it('NPRS: 2 points (9 → 7), or 1 point from 3 (33%), meets it; 1 from 4 (25%) does not', () => {
    expect(assessChange('nprs', 9, 7).metBy).toEqual(['points']);
    expect(assessChange('nprs', 3, 2).metBy).toEqual(['percent']);
    expect(assessChange('nprs', 4, 3).meetsMcid).toBe(false);
  });

  it('modified ODI: 6 points, no percentage rule', () => {
    expect(assessChange('modified-odi', 20, 14).meetsMcid).toBe(true);
    expect(assessChange('modified-odi', 10, 5).meetsMcid).toBe(false);
  });

  it('worsening or no change never meets it; a zero baseline has no percentage', () => {
    expect(assessChange('odi', 20, 40)).toMatchObject({ direction: 'worsened', meetsMcid: false });
    expect(assessChange('nprs', 5, 5)).toMatchObject({ direction: 'unchanged', meetsMcid: false });
    expect(assessChange('nprs', 0, 3).percentImprovement).toBeNull();
  });

  it('warns where the RMDQ cannot show change, and refuses impossible scores', () => {
    expect(assessChange('rmdq', 3, 1).cautions[0]).toMatch(/under 4/);
    expect(assessChange('rmdq', 22, 23).cautions[0]).toMatch(/over 20/);
    expect(assessChange('rmdq', 10, 5).cautions).toEqual([]);
    expect(() => assessChange('nprs', 11, 3)).toThrow(RangeError);
    expect(() => assessChange('rmdq', 25, 3)).toThrow(RangeError);
  });
});
