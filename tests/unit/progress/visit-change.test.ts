import { describe, expect, it } from 'vitest';
import {
  CHANGE_RULES,
  PROGRESS_CHARTS,
  judgeChange,
  visitChanges,
  type ProgressVisit,
} from '../../../shared/domain/progress';

const visit = (assessmentId: string, values: Record<string, number>): ProgressVisit => ({
  assessmentId,
  assessedOn: '2026-01-01',
  status: 'final',
  values,
});

describe('judgeChange', () => {
  it('counts pain 7 to 5 as better (2 points) and 7 to 6 as within the error', () => {
    expect(judgeChange(CHANGE_RULES.pain, 'lower', 7, 5)).toBe('better');
    expect(judgeChange(CHANGE_RULES.pain, 'lower', 7, 6)).toBe('within');
    expect(judgeChange(CHANGE_RULES.pain, 'lower', 5, 7)).toBe('worse');
  });

  it('takes the 30% route to better on a low baseline, but not to worse', () => {
    // 3 → 2 is a third better: counts although it is under 2 points; 2 → 3 does not count as worse.
    expect(judgeChange(CHANGE_RULES.pain, 'lower', 3, 2)).toBe('better');
    expect(judgeChange(CHANGE_RULES.pain, 'lower', 2, 3)).toBe('within');
  });

  it('reads higher-is-better measures the other way round', () => {
    expect(judgeChange(CHANGE_RULES.cva, 'higher', 42.7, 52.5)).toBe('better');
    expect(judgeChange(CHANGE_RULES.cva, 'higher', 42.7, 45)).toBe('within');
    expect(judgeChange(CHANGE_RULES.cva, 'higher', 52.5, 42.7)).toBe('worse');
  });

  it('says a change beyond the rule only "changed" where neither way is better, and gives no verdict without a rule', () => {
    expect(judgeChange(CHANGE_RULES.fpi, null, 4, 0)).toBe('changed');
    expect(judgeChange(CHANGE_RULES.fpi, null, 4, 3)).toBe('within');
    expect(judgeChange(null, null, 3.1, 0.4)).toBe('unjudged');
  });
});

describe('visitChanges', () => {
  it('lists only the series recorded at both visits, with their difference', () => {
    const changes = visitChanges(
      PROGRESS_CHARTS,
      visit('a', { 'pain-now': 7, 'pain-worst': 9, 'knee-to-wall-left': 8 }),
      visit('b', { 'pain-now': 2, 'knee-to-wall-left': 8.5, 'fpi-left': 3 }),
    );
    expect(changes.map((change) => [change.seriesId, change.verdict])).toEqual([
      ['pain-now', 'better'],
      ['knee-to-wall-left', 'within'],
    ]);
    expect(changes[0]).toMatchObject({ before: 7, after: 2, difference: -5, unit: '' });
  });
});
