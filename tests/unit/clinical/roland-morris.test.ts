import { describe, expect, it } from 'vitest';
import {
  ROLAND_MORRIS_ITEM_LABELS,
  ROLAND_MORRIS_RECOVERED,
  scoreRolandMorris,
} from '../../../shared/domain/clinical';

const ticks = (...items: number[]) =>
  Array.from({ length: 24 }, (_, index) => items.includes(index + 1));

describe('Roland-Morris scoring', () => {
  it('counts the ticked statements (worked example: 3, 9, 17 → 3)', () => {
    expect(scoreRolandMorris(ticks(3, 9, 17))).toMatchObject({ score: 3, ticked: [3, 9, 17] });
  });

  it('runs from 0 to 24', () => {
    expect(scoreRolandMorris(ticks()).score).toBe(0);
    expect(scoreRolandMorris(Array.from({ length: 24 }, () => true)).score).toBe(24);
  });

  it('needs all 24 responses', () => {
    expect(() => scoreRolandMorris([true, false])).toThrow(RangeError);
  });

  it('keeps "recovered" (≤2) as sourced data', () => {
    expect(ROLAND_MORRIS_RECOVERED.max).toBe(2);
    expect(ROLAND_MORRIS_RECOVERED.source.url).toContain('PMC2989296');
  });

  it('labels are 24 short paraphrases, not the questionnaire statements', () => {
    expect(ROLAND_MORRIS_ITEM_LABELS).toHaveLength(24);
    expect(new Set(ROLAND_MORRIS_ITEM_LABELS).size).toBe(24);
    for (const label of ROLAND_MORRIS_ITEM_LABELS) {
      expect(label.length).toBeLessThanOrEqual(40);
      expect(label).not.toMatch(/because of my back|^I |^My /i);
    }
  });
});
