import { describe, expect, it } from 'vitest';
import type { AssessmentBody } from '../../../shared/domain/clinical';
import { MCID_RULES, scoreChanges } from '../../../shared/domain/clinical';

const body = (parts: Partial<AssessmentBody>): AssessmentBody => ({ schemaVersion: 1, ...parts });
const rmdq = (ticked: number) => ({
  responses: Array.from({ length: 24 }, (_, index) => index < ticked),
});
const odi = (variant: 'odi-2.1a' | 'modified', sectionScore: number) => ({
  variant,
  sections: Array.from({ length: 10 }, () => sectionScore),
});

describe('pain and questionnaire scores against the previous assessment', () => {
  it('says a 3-point fall in pain meets the NPRS rule, and names the rule', () => {
    const [pain] = scoreChanges(body({ pain: { nprsNow: 4 } }), body({ pain: { nprsNow: 7 } }));
    expect(pain).toMatchObject({ id: 'pain-now', nowText: '4 out of 10', rule: MCID_RULES.nprs });
    expect(pain?.change?.meetsMcid).toBe(true);
    expect(pain?.changeText).toBe(
      'Last time 7 out of 10: 3 points better, meets the smallest change that matters to clients (NPRS: 2 points or 30% improvement).',
    );
  });

  it('says a 1-point fall from 5 is short of it', () => {
    const [pain] = scoreChanges(body({ pain: { nprsNow: 4 } }), body({ pain: { nprsNow: 5 } }));
    expect(pain?.change?.meetsMcid).toBe(false);
    expect(pain?.changeText).toContain('1 point better, short of the smallest change');
  });

  it('reports worsening and no change without a verdict', () => {
    const [worse] = scoreChanges(body({ pain: { nprsNow: 6 } }), body({ pain: { nprsNow: 3 } }));
    expect(worse?.changeText).toBe('Last time 3 out of 10: 3 points worse.');
    const [same] = scoreChanges(body({ pain: { nprsNow: 3 } }), body({ pain: { nprsNow: 3 } }));
    expect(same?.changeText).toBe('Last time 3 out of 10: no change.');
  });

  it('says when there is nothing to compare with', () => {
    const [first] = scoreChanges(body({ pain: { nprsNow: 4 } }), null);
    expect(first).toMatchObject({
      change: null,
      changeText: 'No score last time to compare with.',
    });
    const [unrated] = scoreChanges(body({ pain: { nprsNow: 4 } }), body({ pain: {} }));
    expect(unrated?.change).toBeNull();
  });

  it('judges the Roland-Morris by its own rule, with its limits', () => {
    const [change] = scoreChanges(
      body({ rolandMorris: rmdq(9) }),
      body({ rolandMorris: rmdq(15) }),
    );
    expect(change).toMatchObject({ id: 'rmdq', nowText: '9 out of 24', rule: MCID_RULES.rmdq });
    expect(change?.change?.meetsMcid).toBe(true);
    const [low] = scoreChanges(body({ rolandMorris: rmdq(1) }), body({ rolandMorris: rmdq(3) }));
    expect(low?.changeText).toMatch(/under 4 leaves too little room/);
  });

  it('compares the ODI only with the same version', () => {
    const [same] = scoreChanges(
      body({ oswestry: odi('odi-2.1a', 1) }),
      body({ oswestry: odi('odi-2.1a', 2) }),
    );
    expect(same).toMatchObject({ label: 'Oswestry (ODI)', nowText: '20%' });
    expect(same?.changeText).toContain('20 points better, meets');
    const [other] = scoreChanges(
      body({ oswestry: odi('modified', 1) }),
      body({ oswestry: odi('odi-2.1a', 2) }),
    );
    expect(other).toMatchObject({ label: 'Modified Oswestry', change: null });
    expect(other?.changeText).toMatch(/other version/);
    expect(other?.rule).toBe(MCID_RULES['modified-odi']);
  });

  it('shows STarT Back as a risk group with no change rule', () => {
    const high = {
      agree: Array.from({ length: 8 }, () => true),
      bothersomeness: 'extremely' as const,
    };
    const low = {
      agree: Array.from({ length: 8 }, () => false),
      bothersomeness: 'not-at-all' as const,
    };
    const [line] = scoreChanges(body({ startBack: low }), body({ startBack: high }));
    expect(line).toMatchObject({ id: 'start-back', nowText: 'low risk', rule: null, change: null });
    expect(line?.changeText).toBe(
      'Last time high risk. It sorts by risk; it has no minimal important change.',
    );
  });

  it('lists only what was scored today, in form order', () => {
    const lines = scoreChanges(
      body({ pain: { nprsNow: 2, nprsWorstLastWeek: 5 }, rolandMorris: rmdq(4) }),
      null,
    );
    expect(lines.map((line) => line.id)).toEqual(['pain-now', 'pain-worst', 'rmdq']);
    expect(scoreChanges(body({}), body({ pain: { nprsNow: 5 } }))).toEqual([]);
  });
});
