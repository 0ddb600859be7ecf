import { describe, expect, it } from 'vitest';
import type { Bothersomeness } from '../../../shared/domain/clinical';
import { START_BACK_ITEMS, scoreStartBack, startBackRisk } from '../../../shared/domain/clinical';

const responses = (agreed: number[], bothersomeness: Bothersomeness) => ({
  agree: Array.from({ length: 8 }, (_, index) => agreed.includes(index + 1)),
  bothersomeness,
});

describe('STarT Back scoring', () => {
  it('marks items 5–9 as the psychosocial subscale', () => {
    expect(
      START_BACK_ITEMS.filter((item) => item.isPsychosocial).map((item) => item.number),
    ).toEqual([5, 6, 7, 8, 9]);
  });

  it('worked example: agree 1, 3, 5, 6 and "very much" bothered → total 5, subscale 3, medium', () => {
    expect(scoreStartBack(responses([1, 3, 5, 6], 'very-much'))).toMatchObject({
      complete: true,
      total: 5,
      psychosocial: 3,
      risk: 'medium',
    });
  });

  it('counts item 9 only for "very much" or "extremely"', () => {
    const total = (level: Bothersomeness) => {
      const score = scoreStartBack(responses([], level));
      return score.complete ? score.total : null;
    };
    expect(total('moderately')).toBe(0);
    expect(total('very-much')).toBe(1);
    expect(total('extremely')).toBe(1);
  });

  it.each([
    [3, 3, 'low'],
    [4, 3, 'medium'],
    [4, 4, 'high'],
    [9, 5, 'high'],
    [0, 0, 'low'],
  ] as const)('total %i with subscale %i is %s risk', (total, psychosocial, risk) => {
    expect(startBackRisk(total, psychosocial)).toBe(risk);
  });

  it('gives no risk group while any item is unanswered', () => {
    expect(
      scoreStartBack({
        agree: [true, null, false, false, true, true, true, true],
        bothersomeness: null,
      }),
    ).toEqual({
      complete: false,
      unansweredItems: [2, 9],
    });
  });
});
