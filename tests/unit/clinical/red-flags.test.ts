import { describe, expect, it } from 'vitest';
import type { RedFlagAnswers, RedFlagId, RedFlagTier } from '../../../shared/domain/clinical';
import {
  RED_FLAG_GROUPS,
  RED_FLAG_IDS,
  RED_FLAG_QUESTIONS,
  RED_FLAG_SCREEN_INCOMPLETE_NOTICE,
  RED_FLAG_TIERS,
  assessmentBodySchema,
  redFlagsSchema,
  screenRedFlags,
  tierNotice,
} from '../../../shared/domain/clinical';

const allNo = (): Record<RedFlagId, boolean> =>
  Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Record<RedFlagId, boolean>;

const tierOf = (id: RedFlagId): RedFlagTier => {
  const question = RED_FLAG_QUESTIONS.find((each) => each.id === id);
  if (!question) throw new Error(`No question ${id}`);
  return question.tier;
};

/** What Stance stored before tiers: four answers, nothing else. */
const OLD_FOUR_NO: RedFlagAnswers = {
  saddleNumbness: false,
  bladderOrBowelChange: false,
  nightPain: false,
  unexplainedWeightLoss: false,
};

describe('red-flag questions', () => {
  it('asks each stored id exactly once, grouped by tier with the highest concern first', () => {
    expect([...RED_FLAG_QUESTIONS.map((question) => question.id)].sort()).toEqual(
      [...RED_FLAG_IDS].sort(),
    );
    const ranks = RED_FLAG_QUESTIONS.map((question) => RED_FLAG_TIERS.indexOf(question.tier));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(RED_FLAG_GROUPS.map((group) => group.info.tier)).toEqual([
      'emergency',
      'urgent',
      'caution',
    ]);
  });

  it('covers what the issue asks for in each tier', () => {
    const ids = (tier: RedFlagTier) =>
      RED_FLAG_QUESTIONS.filter((question) => question.tier === tier).map((q) => q.id);
    expect(ids('emergency')).toEqual(
      expect.arrayContaining([
        'saddleNumbness',
        'bladderOrBowelChange',
        'legWeaknessWorsening',
        'symptomsInBothLegs',
      ]),
    );
    expect(ids('urgent')).toEqual(
      expect.arrayContaining([
        'cancerHistory',
        'feverOrInfection',
        'significantTrauma',
        'boneFragility',
        'unexplainedWeightLoss',
        'nightPain',
        'constantPain',
      ]),
    );
    expect(ids('caution').length).toBeGreaterThan(0);
  });

  it('keeps the four questions asked before tiers, in the tier their meaning belongs to', () => {
    expect(RED_FLAG_IDS.slice(0, 4)).toEqual(Object.keys(OLD_FOUR_NO));
    expect(tierOf('saddleNumbness')).toBe('emergency');
    expect(tierOf('bladderOrBowelChange')).toBe('emergency');
    expect(tierOf('nightPain')).toBe('urgent');
    expect(tierOf('unexplainedWeightLoss')).toBe('urgent');
  });

  it('cites a source for every question, and marks unconfirmed the one the reference lacks', () => {
    for (const question of RED_FLAG_QUESTIONS) {
      expect(question.source.citation.length).toBeGreaterThan(0);
      const outsideReference = question.id === 'neckArterySigns';
      expect(question.source.verified, question.id).toBe(!outsideReference);
      if (!question.source.verified) expect(question.source.citation).toMatch(/NOT FOUND/);
    }
  });
});

describe('red-flag screen, one rule at a time', () => {
  for (const question of RED_FLAG_QUESTIONS) {
    it(`${question.id} yes raises ${question.tier}`, () => {
      const alone = screenRedFlags({ [question.id]: true });
      expect(alone.tier).toBe(question.tier);
      expect(alone.positives).toEqual([question.id]);
      const withRestNo = screenRedFlags({ ...allNo(), [question.id]: true });
      expect(withRestNo.tier).toBe(question.tier);
      if (question.tier === 'caution') {
        // Caution never says refer; with the rest blank, the screen still asks to be finished.
        expect(alone.status).toBe('incomplete');
        expect(withRestNo).toMatchObject({ status: 'caution', notice: tierNotice('caution') });
      } else {
        expect(alone).toMatchObject({ status: 'refer', notice: tierNotice(question.tier) });
        expect(withRestNo.status).toBe('refer');
      }
    });
  }
});

describe('red-flag screen, the tiers together', () => {
  it('the highest tier answered yes wins, and lists every yes highest first', () => {
    const screen = screenRedFlags({
      ...allNo(),
      notImproving: true,
      nightPain: true,
      bladderOrBowelChange: true,
    });
    expect(screen).toMatchObject({
      status: 'refer',
      tier: 'emergency',
      positives: ['bladderOrBowelChange', 'nightPain', 'notImproving'],
    });
    expect(screenRedFlags({ notImproving: true, cancerHistory: true }).tier).toBe('urgent');
  });

  it('all no is clear; a blank is never read as no', () => {
    expect(screenRedFlags(allNo())).toEqual({
      status: 'clear',
      tier: null,
      positives: [],
      unanswered: [],
    });
    const oneBlank = screenRedFlags({ ...allNo(), constantPain: null });
    expect(oneBlank).toMatchObject({
      status: 'incomplete',
      unanswered: ['constantPain'],
      notice: RED_FLAG_SCREEN_INCOMPLETE_NOTICE,
    });
    expect(screenRedFlags(undefined)).toMatchObject({
      status: 'incomplete',
      tier: null,
      unanswered: [...RED_FLAG_IDS],
    });
  });

  it('says what to do and how soon for each tier', () => {
    expect(tierNotice('emergency')).toMatch(/today/);
    expect(tierNotice('emergency')).toMatch(/emergency department/);
    expect(tierNotice('urgent')).toMatch(/next few days/);
    expect(tierNotice('caution')).toMatch(/next doctor’s visit/);
    expect(tierNotice('caution')).toMatch(/exercise can go ahead/);
  });
});

describe('assessments saved before tiers', () => {
  it('still validate, and their four answers read as they were given', () => {
    const old = { schemaVersion: 1, redFlags: OLD_FOUR_NO };
    expect(assessmentBodySchema.safeParse(old).success).toBe(true);
    const screen = screenRedFlags(OLD_FOUR_NO);
    // The questions added since were never asked, so the screen is not called clear...
    expect(screen.status).toBe('incomplete');
    // ...and only those count as unanswered: the four given answers still hold.
    expect(screen.unanswered).toEqual(RED_FLAG_IDS.slice(4));
    expect(screenRedFlags({ ...OLD_FOUR_NO, saddleNumbness: true })).toMatchObject({
      status: 'refer',
      tier: 'emergency',
    });
    expect(screenRedFlags({ ...OLD_FOUR_NO, unexplainedWeightLoss: true })).toMatchObject({
      status: 'refer',
      tier: 'urgent',
    });
  });

  it('the schema knows every question and no other', () => {
    expect(Object.keys(redFlagsSchema.shape).sort()).toEqual([...RED_FLAG_IDS].sort());
    const unknown = redFlagsSchema.safeParse({ ...OLD_FOUR_NO, feelingGood: true });
    expect(unknown.success).toBe(false);
    expect(redFlagsSchema.safeParse({ cancerHistory: 'yes' }).success).toBe(false);
  });
});
