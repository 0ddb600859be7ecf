import { describe, expect, it } from 'vitest';
import {
  RED_FLAG_QUESTIONS,
  REFERRAL_NOTICE,
  screenRedFlags,
} from '../../../shared/domain/clinical';

const allNo = {
  saddleNumbness: false,
  bladderOrBowelChange: false,
  nightPain: false,
  unexplainedWeightLoss: false,
};

describe('red-flag screen', () => {
  it('asks about saddle numbness, bladder/bowel change, night pain and weight loss', () => {
    expect(RED_FLAG_QUESTIONS.map((question) => question.id)).toEqual([
      'saddleNumbness',
      'bladderOrBowelChange',
      'nightPain',
      'unexplainedWeightLoss',
    ]);
  });

  it('marks every question as not sourced in the reference', () => {
    for (const question of RED_FLAG_QUESTIONS) expect(question.source.verified).toBe(false);
  });

  it('any yes produces a clear referral notice, even with other answers blank', () => {
    const screen = screenRedFlags({ nightPain: true });
    expect(screen).toEqual({ status: 'refer', positives: ['nightPain'], notice: REFERRAL_NOTICE });
    expect(REFERRAL_NOTICE).toMatch(/refer to a medical professional/i);
  });

  it('all no is clear', () => {
    expect(screenRedFlags(allNo)).toEqual({ status: 'clear' });
  });

  it('a blank is never read as no', () => {
    const screen = screenRedFlags({ ...allNo, unexplainedWeightLoss: null });
    expect(screen).toMatchObject({ status: 'incomplete', unanswered: ['unexplainedWeightLoss'] });
    expect(screenRedFlags(undefined).status).toBe('incomplete');
  });
});
