import { describe, expect, it } from 'vitest';
import type { RedFlagId } from '../../../shared/domain/clinical';
import { RED_FLAG_IDS } from '../../../shared/domain/clinical';
import {
  FINALIZE_ANYWAY_TEXT,
  finalizeRedFlagNote,
} from '../../../renderer/features/assessment/finalize-warning';

const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Record<
  RedFlagId,
  boolean
>;

describe('the Finalize dialog on the red-flag screen', () => {
  it('warns when the screen was never asked', () => {
    const { warning } = finalizeRedFlagNote(undefined);
    expect(warning?.title).toBe('The red-flag screen has not been asked.');
    expect(warning?.text).toContain(`None of the ${RED_FLAG_IDS.length}`);
    expect(FINALIZE_ANYWAY_TEXT).toMatch(/can still finalize/);
  });

  it('counts the questions left blank', () => {
    const { warning } = finalizeRedFlagNote({ ...allNo, cancerHistory: null, nightPain: null });
    expect(warning?.title).toBe('The red-flag screen is not complete.');
    expect(warning?.text).toMatch(/^2 of the \d+ red-flag questions .* have no answer/);
    expect(finalizeRedFlagNote({ ...allNo, cancerHistory: null }).warning?.text).toMatch(
      /^1 of the \d+ .* has no answer\. Ask it/,
    );
  });

  it('says nothing when every question is answered no', () => {
    expect(finalizeRedFlagNote(allNo)).toEqual({ warning: null, referral: null });
  });

  it('reminds her that a referral on record goes on the report and the handout', () => {
    const { warning, referral } = finalizeRedFlagNote({ ...allNo, saddleNumbness: true });
    expect(warning).toBeNull();
    expect(referral).toMatch(/emergency/);
    expect(referral).toMatch(/report and the handout/);
  });
});
