/**
 * Left/right comparison of the foot examination. Small asymmetries are normal
 * (SOURCES.smallAsymmetriesNormal), so a difference is flagged only past a sourced tolerance —
 * and where the reference has no tolerance, only when the two sides fall in different bands.
 */
import type { FootExam } from './assessment-schema';
import type { Unit } from './bands';
import { roundTo } from './bands';
import { formatWithUnit } from './format';
import type { FootMeasureId, FootReading, FootReadingOptions } from './foot-readings';
import { FOOT_MEASURE_LABELS, readFoot } from './foot-readings';
import type { Source } from './sources';
import { SOURCES } from './sources';

export type AsymmetryRule =
  | {
      readonly measure: FootMeasureId;
      readonly kind: 'difference';
      /** Flag when |left − right| is at least this. */
      readonly tolerance: number;
      readonly unit: Unit;
      readonly source: Source;
      readonly verified: true;
      readonly rationale: string;
    }
  | {
      readonly measure: FootMeasureId;
      readonly kind: 'different-band';
      readonly tolerance: null;
      readonly source: Source;
      readonly verified: false;
      readonly rationale: string;
    };

const noSourcedTolerance: Source = {
  citation:
    'NOT FOUND: the reference gives no left/right tolerance for this measure; sides are compared by band only',
  url: '',
  verified: false,
};

const byBand = (measure: FootMeasureId): AsymmetryRule => ({
  measure,
  kind: 'different-band',
  tolerance: null,
  source: noSourcedTolerance,
  verified: false,
  rationale:
    'No sourced side-to-side tolerance; flagged only when the sides land in different bands.',
});

/**
 * Knee-to-wall: a side difference of 1.5 cm is the minimal detectable change for side
 * differences (SOURCES.lungeMdcPatients); smaller differences cannot be told from measurement
 * error. Dorsiflexion is not symmetric even in healthy people, so this is not a fault threshold.
 */
export const ASYMMETRY_RULES: readonly AsymmetryRule[] = [
  byBand('fpi6'),
  byBand('arch'),
  byBand('navicularDrop'),
  byBand('rcsp'),
  byBand('helbingSign'),
  byBand('footProgression'),
  {
    measure: 'kneeToWall',
    kind: 'difference',
    tolerance: 1.5,
    unit: 'cm',
    source: SOURCES.lungeMdcPatients,
    verified: true,
    rationale: 'Side differences under the detectable change are within measurement error.',
  },
  byBand('firstMtp'),
  byBand('halluxValgus'),
];

export interface AsymmetryFlag {
  readonly measure: FootMeasureId;
  readonly left: FootReading;
  readonly right: FootReading;
  /** |left − right| for measured values, else null. */
  readonly difference: number | null;
  readonly rule: AsymmetryRule;
  readonly text: string;
}

function describeSide(reading: FootReading): string {
  return reading.categoryLabel && reading.value !== null
    ? `${reading.valueText} (${reading.categoryLabel.toLowerCase()})`
    : reading.valueText;
}

export function compareFeet(
  left: FootExam | null | undefined,
  right: FootExam | null | undefined,
  options: FootReadingOptions = {},
): AsymmetryFlag[] {
  if (!left || !right) return [];
  const leftReadings = readFoot(left, options);
  const rightReadings = readFoot(right, options);
  const flags: AsymmetryFlag[] = [];
  for (const rule of ASYMMETRY_RULES) {
    const leftReading = leftReadings.find((reading) => reading.measure === rule.measure);
    const rightReading = rightReadings.find((reading) => reading.measure === rule.measure);
    if (!leftReading || !rightReading) continue;
    const label = FOOT_MEASURE_LABELS[rule.measure];
    const sides = `left ${describeSide(leftReading)}, right ${describeSide(rightReading)}`;
    if (rule.kind === 'difference') {
      if (leftReading.value === null || rightReading.value === null) continue;
      const difference = roundTo(Math.abs(leftReading.value - rightReading.value), 2);
      if (difference < rule.tolerance) continue;
      flags.push({
        measure: rule.measure,
        left: leftReading,
        right: rightReading,
        difference,
        rule,
        text: `${label}: ${sides} — ${formatWithUnit(difference, rule.unit)} apart; differences of ${formatWithUnit(rule.tolerance, rule.unit)} or more exceed measurement error.`,
      });
      continue;
    }
    if (leftReading.category === null || rightReading.category === null) continue;
    if (leftReading.category === rightReading.category) continue;
    flags.push({
      measure: rule.measure,
      left: leftReading,
      right: rightReading,
      difference:
        leftReading.value !== null && rightReading.value !== null
          ? roundTo(Math.abs(leftReading.value - rightReading.value), 2)
          : null,
      rule,
      text: `${label}: ${sides} — the two sides fall in different bands.`,
    });
  }
  return flags;
}
