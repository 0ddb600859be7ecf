/**
 * The kinetic-chain summary: observations read from the feet up (the affected side of each pair
 * first), left/right asymmetries, muscle hypotheses from the current NASM edition with the older
 * edition's list beside them, and the caveats the evidence asks for. It describes; it never
 * diagnoses.
 */
import type { AffectedSide } from './affected-side';
import { affectedSide, affectedSideFirst } from './affected-side';
import type { AssessmentBody } from './assessment-schema';
import type { ComplaintTarget } from './complaint';
import { complaintTarget, relationToComplaint } from './complaint';
import type { AsymmetryFlag, SideComparison } from './asymmetry';
import { compareFootSides } from './asymmetry';
import type { ChainObservation, ChainSide } from './chain-observations';
import { observationsFeetUp } from './chain-observations';
import type { Region } from './checkpoints';
import { REGIONS_FEET_UP, REGION_LABELS } from './checkpoints';
import type { FootReadingOptions } from './foot-readings';
import type { MuscleTable, PostureSignal } from './muscle-patterns';
import { NASM_EDITION_LABELS, muscleTablesFor, olderEditionOf } from './muscle-patterns';
import type { RedFlagScreen } from './red-flags';
import { screenRedFlags } from './red-flags';
import { RULES_VERSION } from './rules-version';
import type { Source } from './sources';
import { SOURCES } from './sources';
import { isPresent } from './present';

export interface Caveat {
  readonly id: string;
  readonly text: string;
  readonly source: Source;
}

/** Our wording of what the evidence asks reports to say. */
export const CAVEATS = {
  staticPostureIsNotDiagnosis: {
    id: 'static-posture-is-not-a-diagnosis',
    text: 'A standing posture check shows alignment at one moment. It is not a diagnosis and does not by itself explain pain; the "ideal" plumb-line posture is not evidence-based.',
    source: SOURCES.plumbLineCaveat,
  },
  smallAsymmetriesAreNormal: {
    id: 'small-asymmetries-are-normal',
    text: 'Small left–right differences are normal in people without symptoms, so they are compared with tolerance bands rather than treated as problems.',
    source: SOURCES.smallAsymmetriesNormal,
  },
  muscleListsAreHypotheses: {
    id: 'muscle-lists-are-hypotheses',
    text: 'Muscle lists are hypotheses from trainer-education tables (edition named). Confirm with movement, length and strength tests before building a program.',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  footLowBackPainLinkIsModest: {
    id: 'foot-low-back-pain-link-is-modest',
    text: 'In a large study, standing foot posture was not linked to low back pain (foot motion in walking showed a small link in women), so foot findings are one factor among many.',
    source: SOURCES.footLowBackPainLink,
  },
  navicularDropIsUnreliable: {
    id: 'navicular-drop-is-unreliable',
    text: 'Navicular drop repeats poorly between sessions; the FPI-6 is the more reliable foot-posture measure.',
    source: SOURCES.fpiVsNavicularDropReliability,
  },
  typicalFootIsSlightlyPronated: {
    id: 'typical-foot-is-slightly-pronated',
    text: 'The average healthy foot scores about +4 on the FPI-6, so scores up to +5 are normal and are not called flat.',
    source: SOURCES.fpiNorms,
  },
  squatsAreRatedByEye: {
    id: 'squats-are-rated-by-eye',
    text: 'Squats rated by eye agree only moderately between practitioners (better for the knee than for the hips or trunk). The movement findings record what was seen, not its cause.',
    source: SOURCES.singleLegSquatReliability,
  },
  noTableForSupination: {
    id: 'no-table-for-supination',
    text: 'The reference tables hold no muscle pattern for a supinated (high-arched) foot, so none is suggested.',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
} as const satisfies Record<string, Caveat>;

export interface EditionList {
  readonly table: MuscleTable;
  readonly editionLabel: string;
  readonly text: string;
}

export interface MuscleHypothesis extends EditionList {
  /** The same pattern as an older edition lists it, shown only on request; null when none. */
  readonly olderEdition: EditionList | null;
  /** Sides of the observations that prompted it. */
  readonly sides: readonly ChainSide[];
  /** Observation ids that prompted it. */
  readonly basis: readonly string[];
}

/** The findings on the chain from the feet up to the presenting complaint. */
export interface ComplaintChain {
  readonly target: ComplaintTarget;
  /** Findings at the complaint's link or below it, feet first; findings above it are left out. */
  readonly findings: readonly ChainObservation[];
}

export interface KineticChainSummary {
  readonly rulesVersion: string;
  /** Shown before anything else when it says "refer". */
  readonly redFlags: RedFlagScreen;
  /** Everything assessed, feet first; of a left/right pair, the affected side first. */
  readonly observations: readonly ChainObservation[];
  /** Which findings lie on the chain up to the complaint; null when no area was marked. */
  readonly complaintChain: ComplaintChain | null;
  /** The side with more, or more marked, findings; null when neither side stands out. */
  readonly affectedSide: AffectedSide | null;
  /** Differences at or beyond a smallest detectable change (some unconfirmed: see each rule). */
  readonly asymmetries: readonly AsymmetryFlag[];
  /** Every measure recorded on both feet, with its verdict or none where no threshold exists. */
  readonly sideComparisons: readonly SideComparison[];
  readonly hypotheses: readonly MuscleHypothesis[];
  /** Regions with nothing recorded standing — shown as "not assessed", never as normal. */
  readonly notAssessed: readonly Region[];
  readonly caveats: readonly Caveat[];
}

function editionList(table: MuscleTable): EditionList {
  const editionLabel = NASM_EDITION_LABELS[table.edition];
  const text =
    `${table.name} — ${editionLabel}: possibly overactive ${table.overactive.join(', ')}; ` +
    `possibly underactive ${table.underactive.join(', ')}.`;
  return { table, editionLabel, text };
}

function hypothesisFor(table: MuscleTable, basis: readonly ChainObservation[]): MuscleHypothesis {
  const current = editionList(table);
  const older = olderEditionOf(table);
  return {
    ...current,
    text:
      `${current.text} Prompted by: ${basis.map((observation) => observation.brief).join('; ')}. ` +
      'A hypothesis to test, not a diagnosis.',
    olderEdition: older ? editionList(older) : null,
    sides: [...new Set(basis.map((observation) => observation.side))],
    basis: basis.map((observation) => observation.id),
  };
}

function complaintChainOf(
  body: AssessmentBody,
  findings: readonly ChainObservation[],
): ComplaintChain | null {
  const target = complaintTarget(body.complaint);
  if (!target) return null;
  return {
    target,
    findings: findings.filter(
      (observation) => relationToComplaint(observation.region, target) !== 'above',
    ),
  };
}

function hasPainOrDisabilityData(body: AssessmentBody): boolean {
  const pain = body.pain;
  return (
    (pain?.nprsNow ?? 0) > 0 ||
    (pain?.nprsWorstLastWeek ?? 0) > 0 ||
    (pain?.regions?.length ?? 0) > 0 ||
    isPresent(body.oswestry) ||
    isPresent(body.rolandMorris)
  );
}

function caveatsFor(
  body: AssessmentBody,
  observations: readonly ChainObservation[],
  signals: ReadonlySet<PostureSignal>,
  hypotheses: readonly MuscleHypothesis[],
): Caveat[] {
  const caveats: Caveat[] = [
    CAVEATS.staticPostureIsNotDiagnosis,
    CAVEATS.smallAsymmetriesAreNormal,
  ];
  const has = (id: string) => observations.some((observation) => observation.id === id);
  if (has('foot:fpi6')) caveats.push(CAVEATS.typicalFootIsSlightlyPronated);
  if (has('foot:navicularDrop')) caveats.push(CAVEATS.navicularDropIsUnreliable);
  const hasFootFinding = observations.some((o) => o.region === 'feet-ankles' && o.isFinding);
  if (hasFootFinding && hasPainOrDisabilityData(body))
    caveats.push(CAVEATS.footLowBackPainLinkIsModest);
  if (signals.has('supination')) caveats.push(CAVEATS.noTableForSupination);
  if (observations.some((observation) => observation.id.startsWith('movement:')))
    caveats.push(CAVEATS.squatsAreRatedByEye);
  if (hypotheses.length > 0) caveats.push(CAVEATS.muscleListsAreHypotheses);
  return caveats;
}

/**
 * Builds the kinetic-chain summary for one assessment. Hypotheses come only from findings
 * (mild/marked grades or values outside a band); each pattern is the current edition's list, with
 * the older edition's beside it where one is held.
 */
export function interpretAssessment(
  body: AssessmentBody,
  options: FootReadingOptions = {},
): KineticChainSummary {
  const feetUp = observationsFeetUp(body, options);
  const side = affectedSide(feetUp);
  const observations = affectedSideFirst(feetUp, side);
  const findings = observations.filter((observation) => observation.isFinding);
  const signals = new Set(findings.flatMap((observation) => observation.signals));
  const hypotheses = muscleTablesFor(signals).map((table) =>
    hypothesisFor(
      table,
      findings.filter((observation) =>
        observation.signals.some(
          (signal) =>
            table.triggeredBy.includes(signal) || (table.supportedBy?.includes(signal) ?? false),
        ),
      ),
    ),
  );
  // Regions name the standing examination; the squats say what they did not cover on their own.
  const assessedRegions = new Set(
    observations
      .filter((observation) => !observation.id.startsWith('movement:'))
      .map((observation) => observation.region),
  );
  const sideComparisons = compareFootSides(body.feet?.left, body.feet?.right, options);
  return {
    rulesVersion: RULES_VERSION,
    redFlags: screenRedFlags(body.redFlags),
    observations,
    complaintChain: complaintChainOf(body, findings),
    affectedSide: side,
    asymmetries: sideComparisons.filter(
      (comparison): comparison is AsymmetryFlag => comparison.verdict === 'beyond-error',
    ),
    sideComparisons,
    hypotheses,
    notAssessed: REGIONS_FEET_UP.filter((region) => !assessedRegions.has(region)),
    caveats: caveatsFor(body, observations, signals, hypotheses),
  };
}

/**
 * What can honestly be said of everything assessed, as a whole: nothing assessed; something
 * outside its typical range; something recorded that has no threshold (so "all typical" would be
 * a claim the data cannot back); or everything within its typical range.
 */
export type OverallState = 'nothing-assessed' | 'findings' | 'unjudged' | 'all-typical';

export function overallState(observations: readonly ChainObservation[]): OverallState {
  if (observations.length === 0) return 'nothing-assessed';
  if (observations.some((observation) => observation.verdict === 'outside')) return 'findings';
  if (observations.some((observation) => observation.verdict === 'no-threshold')) return 'unjudged';
  return 'all-typical';
}

/** Values recorded with no threshold to judge them by: to be shown, never called normal. */
export function unjudgedObservations(
  observations: readonly ChainObservation[],
): ChainObservation[] {
  return observations.filter((observation) => observation.verdict === 'no-threshold');
}

/**
 * What was not checked at this visit, in plain words and in reading order: the body regions
 * with nothing recorded, then the pain rating and the back-pain questionnaires when absent.
 */
export function notCheckedToday(body: AssessmentBody, summary: KineticChainSummary): string[] {
  const items = summary.notAssessed.map((region) => REGION_LABELS[region].toLowerCase());
  if (!isPresent(body.pain?.nprsNow)) items.push('pain rating');
  if (!isPresent(body.oswestry) && !isPresent(body.rolandMorris))
    items.push('back-pain questionnaire');
  return items;
}

/**
 * The summary as plain lines, in reading order. The report no longer carries it (the print pages
 * write their own wording); kept for issue #12, whose Summary reads the chain from the feet up.
 */
export function kineticChainLines(summary: KineticChainSummary): string[] {
  const lines: string[] = [];
  if (summary.redFlags.status === 'refer') lines.push(summary.redFlags.notice);
  lines.push('Read from the feet up:');
  for (const region of REGIONS_FEET_UP) {
    const inRegion = summary.observations.filter((observation) => observation.region === region);
    if (inRegion.length === 0) continue;
    lines.push(`${REGION_LABELS[region]}:`);
    for (const observation of inRegion) lines.push(`  ${observation.text}`);
  }
  if (summary.notAssessed.length > 0) {
    lines.push(
      `Not assessed: ${summary.notAssessed.map((region) => REGION_LABELS[region].toLowerCase()).join(', ')}.`,
    );
  }
  if (summary.asymmetries.length > 0) {
    lines.push('Left–right differences beyond measurement error:');
    for (const flag of summary.asymmetries) lines.push(`  ${flag.text}`);
  }
  if (summary.hypotheses.length > 0) {
    lines.push('Possible muscle patterns to test:');
    for (const hypothesis of summary.hypotheses) lines.push(`  ${hypothesis.text}`);
  }
  if (summary.redFlags.status === 'incomplete') lines.push(summary.redFlags.notice);
  lines.push('Keep in mind:');
  for (const caveat of summary.caveats) lines.push(`  ${caveat.text}`);
  lines.push(`Scored with rules ${summary.rulesVersion}.`);
  return lines;
}
