/**
 * Change between a baseline and a follow-up, judged against the minimal clinically important
 * difference (MCID). For all these scales a lower score is better.
 */
import { NPRS_MAX } from './pain';
import { ROLAND_MORRIS_CHANGE_LIMITS, ROLAND_MORRIS_MAX } from './roland-morris';
import type { Source } from './sources';
import { SOURCES } from './sources';

export const CHANGE_INSTRUMENTS = ['odi', 'modified-odi', 'rmdq', 'nprs'] as const;
export type ChangeInstrument = (typeof CHANGE_INSTRUMENTS)[number];

export interface McidRule {
  readonly instrument: ChangeInstrument;
  readonly scaleMax: number;
  /** Improvement of at least this many points meets the MCID. */
  readonly points: number;
  /** Or an improvement of at least this percentage of the baseline; null = points only. */
  readonly percentOfBaseline: number | null;
  /** The rule as the source states it. */
  readonly ruleText: string;
  readonly source: Source;
}

/**
 * Ostelo 2008 consensus: ODI 10 points or 30%; RMDQ 5 points or 30%; NPRS 2 points or 30%
 * (SOURCES.ostelo2008). Modified ODI: 6 points (SOURCES.modifiedOswestryMcid). "Or" means either
 * test is enough; "at least" is read as ≥.
 */
export const MCID_RULES: Record<ChangeInstrument, McidRule> = {
  odi: {
    instrument: 'odi',
    scaleMax: 100,
    points: 10,
    percentOfBaseline: 30,
    ruleText: 'ODI: 10 points or 30% improvement',
    source: SOURCES.ostelo2008,
  },
  'modified-odi': {
    instrument: 'modified-odi',
    scaleMax: 100,
    points: 6,
    percentOfBaseline: null,
    ruleText: 'Modified ODI: 6 points',
    source: SOURCES.modifiedOswestryMcid,
  },
  rmdq: {
    instrument: 'rmdq',
    scaleMax: ROLAND_MORRIS_MAX,
    points: 5,
    percentOfBaseline: 30,
    ruleText: 'RMDQ: 5 points or 30% improvement',
    source: SOURCES.ostelo2008,
  },
  nprs: {
    instrument: 'nprs',
    scaleMax: NPRS_MAX,
    points: 2,
    percentOfBaseline: 30,
    ruleText: 'NPRS: 2 points or 30% improvement',
    source: SOURCES.ostelo2008,
  },
};

export type ChangeDirection = 'improved' | 'worsened' | 'unchanged';
export type McidCriterion = 'points' | 'percent';

export interface ChangeAssessment {
  readonly instrument: ChangeInstrument;
  readonly baseline: number;
  readonly followUp: number;
  /** followUp − baseline: negative means the score went down (better). */
  readonly change: number;
  readonly direction: ChangeDirection;
  /** Improvement as a percentage of baseline; null when the baseline is 0. */
  readonly percentImprovement: number | null;
  /** True only for an improvement that passes the rule. The rules are defined for improvement. */
  readonly meetsMcid: boolean;
  readonly metBy: readonly McidCriterion[];
  readonly rule: McidRule;
  /** Plain-words limits on reading this change (SOURCES.rolandMorrisChangeLimits). */
  readonly cautions: readonly string[];
}

/** Tolerance for comparing fractional ODI percentages with the cut-offs. */
const EPSILON = 1e-9;

export function assessChange(
  instrument: ChangeInstrument,
  baseline: number,
  followUp: number,
): ChangeAssessment {
  const rule = MCID_RULES[instrument];
  for (const score of [baseline, followUp]) {
    if (!Number.isFinite(score) || score < 0 || score > rule.scaleMax) {
      throw new RangeError(`Scores for this measure run from 0 to ${rule.scaleMax}.`);
    }
  }
  const improvement = baseline - followUp;
  const direction: ChangeDirection =
    improvement > 0 ? 'improved' : improvement < 0 ? 'worsened' : 'unchanged';
  // % improvement = change ÷ baseline × 100 (SOURCES.percentImprovement).
  const percentImprovement = baseline === 0 ? null : (improvement / baseline) * 100;
  const metBy: McidCriterion[] = [];
  if (direction === 'improved') {
    if (improvement >= rule.points - EPSILON) metBy.push('points');
    if (
      rule.percentOfBaseline !== null &&
      percentImprovement !== null &&
      percentImprovement >= rule.percentOfBaseline - EPSILON
    ) {
      metBy.push('percent');
    }
  }
  return {
    instrument,
    baseline,
    followUp,
    change: followUp - baseline,
    direction,
    percentImprovement,
    meetsMcid: metBy.length > 0,
    metBy,
    rule,
    cautions: cautionsFor(instrument, baseline),
  };
}

function cautionsFor(instrument: ChangeInstrument, baseline: number): string[] {
  const cautions: string[] = [];
  if (instrument === 'rmdq' && baseline < ROLAND_MORRIS_CHANGE_LIMITS.improvementBelow) {
    cautions.push('A Roland-Morris baseline under 4 leaves too little room to show improvement.');
  }
  if (instrument === 'rmdq' && baseline > ROLAND_MORRIS_CHANGE_LIMITS.worseningAbove) {
    cautions.push('A Roland-Morris baseline over 20 leaves too little room to show worsening.');
  }
  return cautions;
}
