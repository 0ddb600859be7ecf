/**
 * The findings the suggestion rules read: every foot measure outside its typical band, per side,
 * a knee-to-wall side difference beyond measurement error, every graded or out-of-band posture
 * checkpoint, and every compensation graded in a movement screen — each with a short phrase that starts with the side. Anything not assessed
 * yields nothing, so it can never prompt a suggestion.
 */
import type {
  AssessmentBody,
  AsymmetryFlag,
  ChainObservation,
  ChainSide,
  FootReading,
  FootReadingOptions,
  KineticChainSummary,
  PostureSignal,
  Region,
} from '../clinical';
import { FOOT_MEASURE_LABELS, formatWithUnit, interpretAssessment, readFoot } from '../clinical';

export interface Finding {
  /** The interpretation's observation id: 'foot:<measure>', 'checkpoint:<id>' or 'movement:<id>'. */
  readonly observationId: string;
  readonly side: ChainSide;
  /** The chain link it was seen in, for reading from the feet up toward the complaint. */
  readonly region: Region;
  /** Graded "marked", or a foot measure in its most extreme band; every other finding is mild. */
  readonly severity: FindingSeverity;
  /** The band or option id of a foot measure; null for posture checkpoints. */
  readonly category: string | null;
  readonly signals: readonly PostureSignal[];
  /** What was seen, starting with the side or body part: "Right foot turned out 18° (…)". */
  readonly seen: string;
}

export type FindingSeverity = 'marked' | 'mild';

/**
 * Foot measures have no mild/marked grade of their own; their outermost bands (FPI-6 highly
 * pronated or supinated, a big toe in the rigidus range) are read as marked, as a graded
 * checkpoint would be, and every other band outside the typical range as mild.
 */
export const MARKED_FOOT_CATEGORIES: readonly string[] = [
  'highly-pronated',
  'highly-supinated',
  'rigidus-range',
];

/** The category a knee-to-wall finding gets on the side that bends less. */
export const ANKLE_BENDS_LESS = 'less-than-other-side';

const sideWord = (side: 'left' | 'right'): string => (side === 'left' ? 'Left' : 'Right');

const lower = (text: string | null): string => (text ?? '').toLowerCase();

function rangeOf(reading: FootReading): string {
  const range = reading.typicalRange;
  return range ? ` (${range.name} ${range.span})` : '';
}

/** Our phrase for one foot reading; the measures the rules use read as a short sentence. */
function footSeen(side: 'left' | 'right', reading: FootReading): string {
  const who = sideWord(side);
  const band = lower(reading.categoryLabel);
  switch (reading.measure) {
    case 'footProgression': {
      const value = reading.value ?? 0;
      const turn = value < 0 ? 'turned in' : 'turned out';
      return `${who} foot ${turn} ${formatWithUnit(Math.abs(value), 'deg')}${rangeOf(reading)}`;
    }
    case 'fpi6':
      return `${who} foot FPI-6 ${reading.valueText}, ${band}${rangeOf(reading)}`;
    case 'arch':
      return `${who} foot has a ${band}`;
    case 'rcsp':
      return `${who} heel ${reading.valueText}, ${band}${rangeOf(reading)}`;
    case 'firstMtp':
      return `${who} big toe bends up ${reading.valueText}, ${band}${rangeOf(reading)}`;
    default: {
      const label = FOOT_MEASURE_LABELS[reading.measure];
      const value = reading.value === null ? '' : ` ${reading.valueText}`;
      const category = reading.value === null ? ` ${reading.valueText}` : band ? `, ${band}` : '';
      return `${who} foot — ${label}${value}${category}${rangeOf(reading)}`;
    }
  }
}

function footFindings(feet: AssessmentBody['feet'], options: FootReadingOptions): Finding[] {
  const findings: Finding[] = [];
  for (const side of ['left', 'right'] as const) {
    const exam = feet?.[side];
    if (!exam) continue;
    for (const reading of readFoot(exam, options)) {
      if (!reading.isFinding) continue;
      findings.push({
        observationId: `foot:${reading.measure}`,
        side,
        region: 'feet-ankles',
        severity: MARKED_FOOT_CATEGORIES.includes(reading.category ?? '') ? 'marked' : 'mild',
        category: reading.category,
        signals: reading.signals,
        seen: footSeen(side, reading),
      });
    }
  }
  return findings;
}

/**
 * No validated cut-off for a restricted lunge exists in general adults, so only a side
 * difference beyond measurement error marks the side that bends less.
 */
function ankleBendFinding(flags: readonly AsymmetryFlag[]): Finding | null {
  const flag = flags.find((candidate) => candidate.measure === 'kneeToWall');
  const left = flag?.left.value ?? null;
  const right = flag?.right.value ?? null;
  if (!flag || left === null || right === null || flag.rule.kind !== 'difference') return null;
  const side = left < right ? 'left' : 'right';
  const other = side === 'left' ? 'right' : 'left';
  const [less, more] = side === 'left' ? [left, right] : [right, left];
  const cm = (value: number) => formatWithUnit(value, 'cm');
  return {
    observationId: 'foot:kneeToWall',
    side,
    region: 'feet-ankles',
    severity: 'mild',
    category: ANKLE_BENDS_LESS,
    signals: [],
    seen:
      `${sideWord(side)} ankle bends less: knee-to-wall ${cm(less)} against ${cm(more)} on the ${other} ` +
      `(${cm(flag.difference ?? more - less)} apart; ${cm(flag.rule.tolerance)} or more is beyond measurement error)`,
  };
}

function checkpointSeen(observation: ChainObservation): string {
  if (observation.severity !== null && observation.excursion === null) {
    const brief = observation.brief;
    return `${brief.charAt(0).toUpperCase()}${brief.slice(1)}, ${observation.severity}`;
  }
  // A measured angle carries its band and distance, which the full sentence already states.
  return observation.text.replace(/\.$/, '').replace(' — ', ': ');
}

/** Graded checkpoints and what the movement screens showed; the foot exam is read from the body. */
function checkpointFindings(summary: KineticChainSummary): Finding[] {
  return summary.observations
    .filter(
      (observation) =>
        (observation.id.startsWith('checkpoint:') || observation.id.startsWith('movement:')) &&
        observation.isFinding,
    )
    .map((observation) => ({
      observationId: observation.id,
      side: observation.side,
      region: observation.region,
      // A measured angle outside its band carries no grade; it counts as mild.
      severity: observation.severity ?? 'mild',
      category: null,
      signals: observation.signals,
      seen: checkpointSeen(observation),
    }));
}

export interface AssessmentFindings {
  readonly summary: KineticChainSummary;
  /** Foot exam first (left then right per measure), then checkpoints and movement from the feet up. */
  readonly findings: readonly Finding[];
}

export function findingsOf(
  body: AssessmentBody,
  options: FootReadingOptions = {},
): AssessmentFindings {
  const summary = interpretAssessment(body, options);
  const ankle = ankleBendFinding(summary.asymmetries);
  return {
    summary,
    findings: [
      ...footFindings(body.feet, options),
      ...(ankle ? [ankle] : []),
      ...checkpointFindings(summary),
    ],
  };
}
