import { describe, expect, it } from 'vitest';
import { draftChangedElsewhere } from '../../main/services/draft-conflict';

describe('the message for a draft saved elsewhere meanwhile', () => {
  const now = new Date(2026, 11, 5, 15, 0);

  it('names the practitioner and the time of day when it was today', () => {
    const error = draftChangedElsewhere(
      { updatedAt: new Date(2026, 11, 5, 14, 32, 10).toISOString(), updatedBy: 'sam' },
      now,
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'This draft was changed by sam at 14:32 while you were typing. Your text is still here: copy what you need, then go back to the client and open the assessment again to see the saved version.',
    );
  });

  it('names the day too when it was not today, and another window when nobody is named', () => {
    const error = draftChangedElsewhere(
      { updatedAt: new Date(2026, 11, 3, 9, 5).toISOString(), updatedBy: null },
      now,
    );
    expect(error.message).toMatch(
      /^This draft was changed in another window on 2026-12-03 at 09:05 /,
    );
  });
});
