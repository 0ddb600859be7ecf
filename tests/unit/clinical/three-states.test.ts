import { describe, expect, it } from 'vitest';
import type { AssessmentBody } from '../../../shared/domain/clinical';
import {
  interpretAssessment,
  notCheckedToday,
  overallState,
  unjudgedObservations,
} from '../../../shared/domain/clinical';
import { neutralFoot } from './fixtures';

/** The case: a 6° shoulder tilt (no band) and one front checkpoint graded "none". */
const shoulderTiltOnly: AssessmentBody = {
  schemaVersion: 1,
  checkpointFindings: [
    { checkpointId: 'anterior.shoulder.level', side: null, severity: null, valueDeg: 6 },
    { checkpointId: 'anterior.knee.alignment', side: 'left', severity: 'none', deviation: null },
  ],
};

describe('three states: typical, recorded without a threshold, not assessed', () => {
  it('keeps a value with no band apart from what is typical', () => {
    const summary = interpretAssessment(shoulderTiltOnly);
    const verdicts = summary.observations.map((o) => [o.id, o.verdict]);
    expect(verdicts).toEqual([
      ['checkpoint:anterior.knee.alignment', 'typical'],
      ['checkpoint:anterior.shoulder.level', 'no-threshold'],
    ]);
    expect(overallState(summary.observations)).toBe('unjudged');
    expect(unjudgedObservations(summary.observations)[0]?.text).toContain('6°');
  });

  it('calls an assessment "all typical" only when every value has a band and sits inside it', () => {
    const banded = neutralFoot({ kneeToWallCm: undefined });
    const typical = interpretAssessment({
      schemaVersion: 1,
      feet: { left: banded, right: banded },
    });
    expect(overallState(typical.observations)).toBe('all-typical');
    const withLunge = interpretAssessment({
      schemaVersion: 1,
      feet: { left: neutralFoot(), right: neutralFoot() },
    });
    expect(overallState(withLunge.observations)).toBe('unjudged');
    expect(overallState([])).toBe('nothing-assessed');
  });

  it('says a graded finding is outside, whatever else has no threshold', () => {
    const summary = interpretAssessment({
      ...shoulderTiltOnly,
      checkpointFindings: [
        ...(shoulderTiltOnly.checkpointFindings ?? []),
        {
          checkpointId: 'anterior.knee.alignment',
          side: 'right',
          severity: 'mild',
          deviation: 'valgus',
        },
      ],
    });
    expect(overallState(summary.observations)).toBe('findings');
  });

  it('lists what was not checked today, regions first', () => {
    const summary = interpretAssessment(shoulderTiltOnly);
    expect(notCheckedToday(shoulderTiltOnly, summary)).toEqual([
      'feet and ankles',
      'pelvis and hips',
      'lower back',
      'upper back',
      'head and neck',
      'pain rating',
      'back-pain questionnaire',
    ]);
  });
});
