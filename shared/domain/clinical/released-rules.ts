/**
 * Every released version of the clinical rules, each with the scoring that reproduces it. A
 * finalized assessment is stamped with the version it was scored with, and its report must read
 * the same years later: when a band or threshold changes, RULES_VERSION is bumped and the old
 * scoring stays here under its old name (a frozen copy of the modules it used), so old records
 * are still scored as they were signed off.
 */
import type { AssessmentBody } from './assessment-schema';
import type { FootReadingOptions } from './foot-readings';
import { RULES_VERSION } from './rules-version';
import { scoreAssessment, type ScoredAssessment } from './score-assessment';

export type Scoring = (body: AssessmentBody, options?: FootReadingOptions) => ScoredAssessment;

export const releasedRules: Readonly<Record<string, Scoring>> = {
  [RULES_VERSION]: scoreAssessment,
};

/** How a document is scored: with its own rules when this Stance still has them. */
export interface ScoringChoice {
  /** The version the numbers come from. */
  readonly version: string;
  /** The version stamped on the document. */
  readonly stamped: string;
  /** False when the stamped version is unknown here and the current rules stand in. */
  readonly reproduced: boolean;
  readonly score: Scoring;
}

export function scoringFor(
  stamped: string,
  rules: Readonly<Record<string, Scoring>> = releasedRules,
): ScoringChoice {
  const own = Object.hasOwn(rules, stamped) ? rules[stamped] : undefined;
  if (own) return { version: stamped, stamped, reproduced: true, score: own };
  return { version: RULES_VERSION, stamped, reproduced: false, score: scoreAssessment };
}
