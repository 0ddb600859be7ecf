/**
 * Scores a whole assessment document in one pass and stamps it with RULES_VERSION, and derives
 * the summary columns other code stores next to the document for lists and charts.
 */
import type { AssessmentBody } from './assessment-schema';
import type { Band } from './bands';
import type { FootReading, FootReadingOptions } from './foot-readings';
import { readFoot } from './foot-readings';
import type { Fpi6Score } from './fpi6';
import { scoreFpi6 } from './fpi6';
import type { KineticChainSummary } from './interpretation';
import { interpretAssessment } from './interpretation';
import type { OswestryScore } from './oswestry';
import { scoreOswestry } from './oswestry';
import type { NprsCategory } from './pain';
import { classifyNprs } from './pain';
import type { RolandMorrisScore } from './roland-morris';
import { scoreRolandMorris } from './roland-morris';
import { RULES_VERSION } from './rules-version';
import type { StartBackScore } from './start-back';
import { scoreStartBack } from './start-back';
import { isPresent } from './present';

export type DisabilityInstrument = 'odi' | 'modified-odi' | 'rmdq';

export interface AssessmentSummaryColumns {
  /** The rules the numbers below were computed with. */
  readonly rulesVersion: string;
  readonly painNow: number | null;
  /** ODI/modified ODI percent (0–100) if any section was answered, else RMDQ (0–24), else null. */
  readonly disabilityScore: number | null;
  /** Which scale disabilityScore is on — never compare scores across instruments. */
  readonly disabilityInstrument: DisabilityInstrument | null;
  /** Complete FPI-6 totals only; a total with an omitted item is not comparable over time. */
  readonly fpiLeft: number | null;
  readonly fpiRight: number | null;
}

function completeFpiTotal(items: readonly (number | null)[] | undefined): number | null {
  if (!items) return null;
  const score = scoreFpi6(items);
  return score?.complete ? score.total : null;
}

/**
 * The columns stored beside the document. ODI is preferred over RMDQ when both were taken: it is
 * the recommended scale for severe disability and its 0–100 range is finer; RMDQ fills in when
 * only it was used. An ODI with every section skipped counts as absent.
 */
export function summaryColumns(body: AssessmentBody): AssessmentSummaryColumns {
  const oswestry = body.oswestry
    ? scoreOswestry(body.oswestry.sections, body.oswestry.variant)
    : null;
  let disabilityScore: number | null = null;
  let disabilityInstrument: DisabilityInstrument | null = null;
  if (oswestry && body.oswestry) {
    disabilityScore = oswestry.percent;
    disabilityInstrument = body.oswestry.variant === 'modified' ? 'modified-odi' : 'odi';
  } else if (body.rolandMorris) {
    disabilityScore = scoreRolandMorris(body.rolandMorris.responses).score;
    disabilityInstrument = 'rmdq';
  }
  return {
    rulesVersion: RULES_VERSION,
    painNow: body.pain?.nprsNow ?? null,
    disabilityScore,
    disabilityInstrument,
    fpiLeft: completeFpiTotal(body.feet?.left?.fpi6?.items),
    fpiRight: completeFpiTotal(body.feet?.right?.fpi6?.items),
  };
}

export interface ScoredAssessment {
  readonly rulesVersion: string;
  readonly feet: {
    readonly left: readonly FootReading[];
    readonly right: readonly FootReading[];
    readonly fpiLeft: Fpi6Score | null;
    readonly fpiRight: Fpi6Score | null;
  };
  readonly pain: {
    readonly now: Band<NprsCategory> | null;
    readonly bestLastWeek: Band<NprsCategory> | null;
    readonly worstLastWeek: Band<NprsCategory> | null;
  };
  readonly oswestry: OswestryScore | null;
  readonly rolandMorris: RolandMorrisScore | null;
  readonly startBack: StartBackScore | null;
  readonly chain: KineticChainSummary;
  readonly columns: AssessmentSummaryColumns;
}

const nprsBand = (score: number | null | undefined) =>
  !isPresent(score) ? null : classifyNprs(score);

/** Everything the report needs, from a document that has passed assessmentBodySchema. */
export function scoreAssessment(
  body: AssessmentBody,
  options: FootReadingOptions = {},
): ScoredAssessment {
  const left = body.feet?.left;
  const right = body.feet?.right;
  return {
    rulesVersion: RULES_VERSION,
    feet: {
      left: left ? readFoot(left, options) : [],
      right: right ? readFoot(right, options) : [],
      fpiLeft: left?.fpi6 ? scoreFpi6(left.fpi6.items) : null,
      fpiRight: right?.fpi6 ? scoreFpi6(right.fpi6.items) : null,
    },
    pain: {
      now: nprsBand(body.pain?.nprsNow),
      bestLastWeek: nprsBand(body.pain?.nprsBestLastWeek),
      worstLastWeek: nprsBand(body.pain?.nprsWorstLastWeek),
    },
    oswestry: body.oswestry ? scoreOswestry(body.oswestry.sections, body.oswestry.variant) : null,
    rolandMorris: body.rolandMorris ? scoreRolandMorris(body.rolandMorris.responses) : null,
    startBack: body.startBack ? scoreStartBack(body.startBack) : null,
    chain: interpretAssessment(body, options),
    columns: summaryColumns(body),
  };
}
