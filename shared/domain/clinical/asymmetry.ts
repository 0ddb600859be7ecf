/**
 * Left/right comparison of the foot examination. Small asymmetries are normal
 * (SOURCES.smallAsymmetriesNormal), so a difference is called "beyond measurement error" only
 * against a published smallest detectable change (MDC). Where the reference gives none, the
 * difference is shown as measured, without a verdict — never as a problem, never as normal.
 */
import type { FootExam } from './assessment-schema';
import type { Unit } from './bands';
import { roundTo } from './bands';
import { formatWithUnit } from './format';
import type { FootMeasureId, FootReading, FootReadingOptions } from './foot-readings';
import { FOOT_MEASURE_LABELS, readFoot } from './foot-readings';
import { scoreFpi6 } from './fpi6';
import type { Source } from './sources';
import { SOURCES } from './sources';

export type AsymmetryRule =
  | {
      readonly measure: FootMeasureId;
      /** A side difference at or above `tolerance` is beyond measurement error. */
      readonly kind: 'difference';
      readonly tolerance: number;
      readonly unit: Unit;
      readonly source: Source;
      /** False when the MDC is marked UNVERIFIED or read from an error band: shown "unconfirmed". */
      readonly verified: boolean;
      readonly rationale: string;
    }
  | {
      readonly measure: FootMeasureId;
      /** No published smallest real difference: the difference is shown without a verdict. */
      readonly kind: 'no-threshold';
      readonly tolerance: null;
      readonly source: Source;
      readonly verified: false;
      readonly rationale: string;
    };

const noThreshold = (measure: FootMeasureId): AsymmetryRule => ({
  measure,
  kind: 'no-threshold',
  tolerance: null,
  source: SOURCES.noSideTolerance,
  verified: false,
  rationale:
    'No published smallest real side difference; the difference is shown without a verdict.',
});

/**
 * Knee-to-wall: 1.5 cm is the MDC for the side difference in patients (SOURCES.lungeMdcPatients).
 * FPI-6: the one published MDC (0.33) is UNVERIFIED and below the score's one-point step; read as
 * a per-item figure it is about 2 points of the total (SOURCES.fpiMdcLowBackPain). Navicular drop:
 * no formal MDC, so the widest clinicians' 95% error band, 3.5 mm (SOURCES.navicularDropErrorBand).
 * The last two are labelled unconfirmed wherever they are shown.
 */
export const ASYMMETRY_RULES: readonly AsymmetryRule[] = [
  {
    measure: 'fpi6',
    kind: 'difference',
    tolerance: 2,
    unit: 'points',
    source: SOURCES.fpiMdcLowBackPain,
    verified: false,
    rationale:
      'Unconfirmed: the published FPI-6 MDC (0.33) is read as a per-item figure, about 2 points of the total.',
  },
  noThreshold('arch'),
  {
    measure: 'navicularDrop',
    kind: 'difference',
    tolerance: 3.5,
    unit: 'mm',
    source: SOURCES.navicularDropErrorBand,
    verified: false,
    rationale:
      'Unconfirmed: no formal MDC; the widest 95% error band of five clinicians is ±3.5 mm.',
  },
  noThreshold('rcsp'),
  noThreshold('helbingSign'),
  noThreshold('footProgression'),
  {
    measure: 'kneeToWall',
    kind: 'difference',
    tolerance: 1.5,
    unit: 'cm',
    source: SOURCES.lungeMdcPatients,
    verified: true,
    rationale: 'Side differences under the detectable change are within measurement error.',
  },
  noThreshold('firstMtp'),
  noThreshold('halluxValgus'),
];

/** beyond-error: at or past the MDC; within-error: under it; no-threshold: no verdict is given. */
export type SideVerdict = 'beyond-error' | 'within-error' | 'no-threshold';

export interface SideComparison {
  readonly measure: FootMeasureId;
  readonly left: FootReading;
  readonly right: FootReading;
  /** |left − right| for measured values, else null. */
  readonly difference: number | null;
  readonly rule: AsymmetryRule;
  readonly verdict: SideVerdict;
  readonly text: string;
}

/** A comparison whose difference is at or past a (possibly unconfirmed) MDC. */
export type AsymmetryFlag = SideComparison & {
  readonly verdict: 'beyond-error';
  readonly rule: Extract<AsymmetryRule, { kind: 'difference' }>;
};

function describeSide(reading: FootReading): string {
  return reading.categoryLabel && reading.value !== null
    ? `${reading.valueText} (${reading.categoryLabel.toLowerCase()})`
    : reading.valueText;
}

const unconfirmed = (rule: AsymmetryRule) => (rule.verified ? '' : ' (unconfirmed)');

function comparisonText(
  rule: AsymmetryRule,
  left: FootReading,
  right: FootReading,
  difference: number | null,
  verdict: SideVerdict,
): string {
  const label = FOOT_MEASURE_LABELS[rule.measure];
  const sides = `left ${describeSide(left)}, right ${describeSide(right)}`;
  if (rule.kind === 'no-threshold') {
    const apart =
      difference === null
        ? ''
        : ` — ${formatWithUnit(difference, unitOfReading(rule.measure))} apart`;
    return `${label}: ${sides}${apart}; no published threshold for a side difference, so no verdict.`;
  }
  const apart = formatWithUnit(difference ?? 0, rule.unit);
  const mdc = formatWithUnit(rule.tolerance, rule.unit);
  return verdict === 'beyond-error'
    ? `${label}: ${sides} — ${apart} apart, at or beyond the ${mdc} that measurement error can explain${unconfirmed(rule)}.`
    : `${label}: ${sides} — ${apart} apart, within the ${mdc} that measurement error can explain${unconfirmed(rule)}.`;
}

const READING_UNITS: Partial<Record<FootMeasureId, Unit>> = {
  fpi6: 'points',
  navicularDrop: 'mm',
  rcsp: 'deg',
  footProgression: 'deg',
  kneeToWall: 'cm',
  firstMtp: 'deg',
};
const unitOfReading = (measure: FootMeasureId): Unit => READING_UNITS[measure] ?? 'points';

/**
 * Every measure recorded on both feet, compared. A measure whose value is missing on a side, or
 * whose FPI-6 total lacks an item, is not compared: half a score says nothing about a difference.
 */
export function compareFootSides(
  left: FootExam | null | undefined,
  right: FootExam | null | undefined,
  options: FootReadingOptions = {},
): SideComparison[] {
  if (!left || !right) return [];
  const leftReadings = readFoot(left, options);
  const rightReadings = readFoot(right, options);
  const comparisons: SideComparison[] = [];
  for (const rule of ASYMMETRY_RULES) {
    const l = leftReadings.find((reading) => reading.measure === rule.measure);
    const r = rightReadings.find((reading) => reading.measure === rule.measure);
    if (!l || !r) continue;
    if (rule.measure === 'fpi6' && (!isWholeFpi(left) || !isWholeFpi(right))) continue;
    const difference =
      l.value !== null && r.value !== null ? roundTo(Math.abs(l.value - r.value), 2) : null;
    if (rule.kind === 'difference' && difference === null) continue;
    if (rule.kind === 'no-threshold' && difference === null && l.valueText === r.valueText)
      continue;
    if (difference === 0) continue;
    const verdict: SideVerdict =
      rule.kind === 'no-threshold'
        ? 'no-threshold'
        : (difference ?? 0) >= rule.tolerance
          ? 'beyond-error'
          : 'within-error';
    comparisons.push({
      measure: rule.measure,
      left: l,
      right: r,
      difference,
      rule,
      verdict,
      text: comparisonText(rule, l, r, difference, verdict),
    });
  }
  return comparisons;
}

const isWholeFpi = (exam: FootExam) =>
  exam.fpi6 ? (scoreFpi6(exam.fpi6.items)?.complete ?? false) : false;

const isFlag = (comparison: SideComparison): comparison is AsymmetryFlag =>
  comparison.verdict === 'beyond-error' && comparison.rule.kind === 'difference';

/** Only the differences at or beyond a (possibly unconfirmed) smallest detectable change. */
export function compareFeet(
  left: FootExam | null | undefined,
  right: FootExam | null | undefined,
  options: FootReadingOptions = {},
): AsymmetryFlag[] {
  return compareFootSides(left, right, options).filter(isFlag);
}
