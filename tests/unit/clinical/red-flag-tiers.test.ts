import { describe, expect, it } from 'vitest';
import type { RedFlagId, RedFlagTier } from '../../../shared/domain/clinical';
import {
  RED_FLAG_IDS,
  RED_FLAG_QUESTIONS,
  RED_FLAG_TIERS,
  RED_FLAG_TIER_INFO,
} from '../../../shared/domain/clinical';
import { suggestProgram } from '../../../shared/domain/programs/suggest';
import { pronatedRightClient } from './fixtures';

const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Record<
  RedFlagId,
  boolean
>;

const firstOf = (tier: RedFlagTier): RedFlagId => {
  const question = RED_FLAG_QUESTIONS.find((each) => each.tier === tier);
  if (!question) throw new Error(`No ${tier} question`);
  return question.id;
};

describe('red-flag tiers', () => {
  it('tells the client what to do and how soon, in plain words', () => {
    expect(RED_FLAG_TIER_INFO.emergency.clientText).toMatch(/emergency department today/);
    expect(RED_FLAG_TIER_INFO.urgent.clientText).toMatch(/next few days/);
    expect(RED_FLAG_TIER_INFO.caution.clientText).toMatch(/next visit/);
    const jargon = /red.flag|refer|cauda|equina|malignan|patholog|fracture|osteopor|steroid/i;
    for (const tier of RED_FLAG_TIERS) {
      const { clientTitle, clientText, sayToClient } = RED_FLAG_TIER_INFO[tier];
      for (const words of [clientTitle, clientText, sayToClient]) {
        expect(words, `${tier}: ${words}`).not.toMatch(jargon);
      }
      // The question wording stays with the practitioner: none of it is printed for the client.
      for (const question of RED_FLAG_QUESTIONS) {
        expect(clientText).not.toContain(question.label);
      }
    }
  });

  it('gives each tier a source', () => {
    for (const tier of RED_FLAG_TIERS) {
      expect(RED_FLAG_TIER_INFO[tier].source.citation.length).toBeGreaterThan(0);
    }
  });

  it('holds program suggestions back for emergency and urgent, not for caution', () => {
    expect(suggestProgram({ ...pronatedRightClient, redFlags: allNo }).suggestions).not.toEqual([]);
    for (const tier of RED_FLAG_TIERS) {
      const redFlags = { ...allNo, [firstOf(tier)]: true };
      const suggestion = suggestProgram({ ...pronatedRightClient, redFlags });
      const held = suggestion.suggestions.length === 0;
      expect(held, tier).toBe(RED_FLAG_TIER_INFO[tier].holdsProgram);
    }
  });
});
