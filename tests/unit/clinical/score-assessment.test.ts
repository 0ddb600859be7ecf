import { describe, expect, it } from 'vitest';
import { RULES_VERSION, scoreAssessment, summaryColumns } from '../../../shared/domain/clinical';
import { hyperlordoticClient, pronatedRightClient } from './fixtures';

const oswestry = (sections: (number | null)[], variant: 'odi-2.1a' | 'modified' = 'odi-2.1a') => ({
  variant,
  sections,
});

describe('summary columns', () => {
  it('stores pain now, the complete FPI totals and the rules version', () => {
    expect(summaryColumns(pronatedRightClient)).toEqual({
      rulesVersion: RULES_VERSION,
      painNow: 4,
      disabilityScore: null,
      disabilityInstrument: null,
      fpiLeft: 3,
      fpiRight: 8,
    });
  });

  it('prefers the ODI percentage over the RMDQ when both were taken', () => {
    const columns = summaryColumns({
      ...hyperlordoticClient,
      oswestry: oswestry([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
    });
    expect(columns).toMatchObject({ disabilityScore: 40, disabilityInstrument: 'odi' });
  });

  it('falls back to the RMDQ when there is no ODI, or the ODI has no answered section', () => {
    expect(summaryColumns(hyperlordoticClient)).toMatchObject({
      disabilityScore: 7,
      disabilityInstrument: 'rmdq',
    });
    const allSkipped = summaryColumns({
      ...hyperlordoticClient,
      oswestry: oswestry(Array.from({ length: 10 }, () => null)),
    });
    expect(allSkipped.disabilityInstrument).toBe('rmdq');
  });

  it('labels the modified ODI separately so it is never charted with the standard one', () => {
    const columns = summaryColumns({
      schemaVersion: 1,
      oswestry: oswestry([1, 1, 1, 1, 1, 1, 1, 1, 1, null], 'modified'),
    });
    expect(columns.disabilityInstrument).toBe('modified-odi');
    expect(columns.disabilityScore).toBe(20);
  });

  it('leaves an FPI column empty when an item was omitted', () => {
    const columns = summaryColumns({
      schemaVersion: 1,
      feet: { left: { fpi6: { items: [1, 1, 1, null, 0, 0] } } },
    });
    expect(columns.fpiLeft).toBeNull();
    expect(columns.fpiRight).toBeNull();
  });
});

describe('scoring a whole assessment', () => {
  it('stamps the rules version and scores every part that was assessed', () => {
    const scored = scoreAssessment({
      ...pronatedRightClient,
      oswestry: oswestry([2, 1, 3, 1, 2, 2, 1, null, 2, 2]),
      startBack: {
        agree: [true, false, true, false, true, true, false, false],
        bothersomeness: 'very-much',
      },
    });
    expect(scored.rulesVersion).toBe(RULES_VERSION);
    expect(scored.chain.rulesVersion).toBe(RULES_VERSION);
    expect(scored.columns.rulesVersion).toBe(RULES_VERSION);
    expect(scored.feet.fpiRight?.band?.category).toBe('pronated');
    expect(scored.pain.now?.category).toBe('moderate');
    expect(scored.pain.worstLastWeek?.category).toBe('moderate');
    expect(scored.oswestry?.percent).toBeCloseTo(35.56, 2);
    expect(scored.startBack).toMatchObject({ complete: true, total: 5, risk: 'medium' });
    expect(scored.rolandMorris).toBeNull();
  });
});
