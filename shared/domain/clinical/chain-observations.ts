/**
 * Turns the foot examination and the checkpoint findings into observations ordered from the feet
 * up: what was seen, on which side, and how far outside the typical band. Anything not assessed
 * produces no observation — it is never reported as typical.
 */
import type { AssessmentBody, CheckpointFinding } from './assessment-schema';
import type { Excursion } from './bands';
import { classify, excursionFromTypical, typicalRangeText } from './bands';
import { CHECKPOINTS } from './checkpoint-catalogue';
import type { Checkpoint, Region } from './checkpoints';
import { REGIONS_FEET_UP } from './checkpoints';
import { formatWithUnit } from './format';
import type { FootReading, FootReadingOptions, TypicalRange } from './foot-readings';
import { FOOT_MEASURE_LABELS, FOOT_MEASURES, readFoot } from './foot-readings';
import type { PostureSignal } from './muscle-patterns';
import type { Source } from './sources';
import { isPresent } from './present';
import { movementObservations } from '../movement/observations';

export type ChainSide = 'left' | 'right' | 'both' | 'midline';

/**
 * The three states every statement keeps apart: outside the typical range (a finding), within it,
 * or recorded with no threshold to judge it by (the value is shown without a verdict). The fourth,
 * not assessed, has no observation at all.
 */
export type ObservationVerdict = 'outside' | 'typical' | 'no-threshold';

export interface ChainObservation {
  /** 'foot:<measure>', 'checkpoint:<id>' or 'movement:<compensation or follow-up id>'. */
  readonly id: string;
  readonly region: Region;
  readonly side: ChainSide;
  /** A full sentence for reports, starting with the side. */
  readonly text: string;
  /** A short phrase for "prompted by" lists, e.g. "right knee drifts inward (valgus)". */
  readonly brief: string;
  readonly isFinding: boolean;
  readonly verdict: ObservationVerdict;
  readonly severity: 'mild' | 'marked' | null;
  readonly excursion: Excursion | null;
  readonly signals: readonly PostureSignal[];
  readonly source: Source | null;
}

const sideWord = (side: ChainSide): string =>
  side === 'both' ? 'Both' : side === 'left' ? 'Left' : side === 'right' ? 'Right' : '';

function excursionText(excursion: Excursion | null, range: TypicalRange | null): string {
  if (!excursion || !range) return '';
  const amount = formatWithUnit(excursion.amount, excursion.unit);
  return `, ${amount} ${excursion.direction} the ${range.name} (${range.span})`;
}

const withNote = (sentence: string, note: string | undefined): string =>
  note === undefined ? sentence : `${sentence} ${note}`;

function footReadingText(side: 'left' | 'right', reading: FootReading): string {
  const subject = `${sideWord(side)} foot — ${FOOT_MEASURE_LABELS[reading.measure]}`;
  if (reading.value === null) return `${subject}: ${reading.valueText}.`;
  const band = reading.categoryLabel ? `: ${reading.categoryLabel.toLowerCase()}` : '';
  const sentence = `${subject} ${reading.valueText}${band}${excursionText(reading.excursion, reading.typicalRange)}.`;
  // A band that could not be settled, or a measure without bands, needs its note to make sense.
  return withNote(sentence, reading.category === null ? reading.note : reading.findingNote);
}

/** One line for both feet when they share a band, or when the measure has no bands at all. */
function bothFeetText(left: FootReading, right: FootReading): string {
  const label = FOOT_MEASURE_LABELS[left.measure];
  if (left.value === null) return `Both feet — ${label}: ${left.valueText}.`;
  const values = `left ${left.valueText}, right ${right.valueText}`;
  if (left.category === null) return withNote(`Both feet — ${label}: ${values}.`, left.note);
  const band = (left.categoryLabel ?? '').toLowerCase();
  const range = left.typicalRange;
  const excursion =
    left.excursion && right.excursion && range
      ? `, left ${formatWithUnit(left.excursion.amount, left.excursion.unit)} and right ${formatWithUnit(right.excursion.amount, right.excursion.unit)} ${left.excursion.direction} the ${range.name} (${range.span})`
      : '';
  return withNote(`Both feet — ${label}: ${values}; ${band}${excursion}.`, left.findingNote);
}

function footObservation(side: ChainSide, reading: FootReading, text: string): ChainObservation {
  const feet = side === 'both' ? 'both feet' : `${side} foot`;
  const brief =
    reading.value === null
      ? `${feet}: ${reading.valueText}`
      : `${feet}: ${FOOT_MEASURE_LABELS[reading.measure]} ${reading.categoryLabel?.toLowerCase() ?? reading.valueText}`;
  return {
    id: `foot:${reading.measure}`,
    region: 'feet-ankles',
    side,
    text,
    brief,
    isFinding: reading.isFinding,
    verdict: reading.isFinding
      ? 'outside'
      : reading.category === null && reading.value !== null
        ? 'no-threshold'
        : 'typical',
    severity: null,
    excursion: reading.excursion,
    signals: reading.signals,
    source: reading.source,
  };
}

function canMerge(left: FootReading, right: FootReading): boolean {
  // Unbanded knee-to-wall values read best side by side on one line.
  if (left.category === null) return left.measure === 'kneeToWall';
  // Observations without a number (arch, calluses…) merge only when they read the same.
  if (left.value === null) return left.valueText === right.valueText;
  return left.category === right.category;
}

/** Foot-exam observations: sides in the same band are merged into one "Both feet" line. */
export function footObservations(
  feet: AssessmentBody['feet'],
  options: FootReadingOptions = {},
): ChainObservation[] {
  const left = feet?.left ? readFoot(feet.left, options) : [];
  const right = feet?.right ? readFoot(feet.right, options) : [];
  const observations: ChainObservation[] = [];
  for (const measure of FOOT_MEASURES) {
    const l = left.find((reading) => reading.measure === measure);
    const r = right.find((reading) => reading.measure === measure);
    if (l && r && canMerge(l, r)) {
      const merged = { ...l, signals: [...new Set([...l.signals, ...r.signals])] };
      observations.push(footObservation('both', merged, bothFeetText(l, r)));
      continue;
    }
    if (l) observations.push(footObservation('left', l, footReadingText('left', l)));
    if (r) observations.push(footObservation('right', r, footReadingText('right', r)));
  }
  return observations;
}

function viewPhrase(checkpoint: Checkpoint, side: ChainSide): string {
  if (checkpoint.view === 'anterior') return 'from the front';
  if (checkpoint.view === 'posterior') return 'from behind';
  return side === 'left' || side === 'right' ? `from the ${side} side` : 'from the side';
}

function subjectOf(checkpoint: Checkpoint, side: ChainSide): string {
  if (checkpoint.sideness === 'midline') return checkpoint.part;
  return side === 'both'
    ? `Both ${checkpoint.partPlural ?? checkpoint.part}`
    : `${sideWord(side)} ${checkpoint.part}`;
}

function checkpointObservation(
  checkpoint: Checkpoint,
  side: ChainSide,
  finding: CheckpointFinding,
): ChainObservation {
  const deviation = checkpoint.deviations.find(
    (option) => option.id === (finding.deviation ?? checkpoint.deviations[0]?.id),
  );
  const gradedSeverity =
    finding.severity === 'mild' || finding.severity === 'marked' ? finding.severity : null;
  const isGraded = gradedSeverity !== null;
  const subject = subjectOf(checkpoint, side);
  const seenFrom = viewPhrase(checkpoint, side);
  const parts: string[] = [];
  const signals: PostureSignal[] = [];
  if (isGraded && deviation) {
    parts.push(`${deviation.label}: ${gradedSeverity}, seen ${seenFrom}`);
    if (deviation.signal) signals.push(deviation.signal);
  } else if (finding.severity === 'none') {
    parts.push(`${checkpoint.label.toLowerCase()}: nothing seen ${seenFrom}`);
  }
  let isMeasuredFinding = false;
  let isUnjudgedValue = false;
  let excursion: Excursion | null = null;
  const measurement = checkpoint.measurement;
  if (isPresent(finding.valueDeg) && measurement) {
    const value = formatWithUnit(finding.valueDeg, 'deg');
    if (measurement.bands) {
      const band = classify(measurement.bands, finding.valueDeg);
      excursion = excursionFromTypical(measurement.bands, finding.valueDeg);
      const span = typicalRangeText(measurement.bands, (edge) => formatWithUnit(edge, 'deg'));
      const range = span === null ? null : { name: measurement.bands.typicalRangeName, span };
      isMeasuredFinding = band?.isFinding ?? false;
      isUnjudgedValue = band === null;
      parts.push(
        `${measurement.label.toLowerCase()} ${value}${band ? `: ${band.label.toLowerCase()}` : ''}${excursionText(excursion, range)}`,
      );
      const single = checkpoint.deviations.length === 1 ? checkpoint.deviations[0] : undefined;
      if (isMeasuredFinding && measurement.bands.verified && single?.signal) {
        signals.push(single.signal);
      }
    } else {
      isUnjudgedValue = true;
      parts.push(
        `${measurement.label.toLowerCase()} ${value} (${measurement.note ?? 'no threshold'})`,
      );
    }
  }
  const brief =
    isGraded && deviation
      ? `${subject.toLowerCase()} ${deviation.label}`
      : `${subject.toLowerCase()} ${checkpoint.label.toLowerCase()}`;
  return {
    id: `checkpoint:${checkpoint.id}`,
    region: checkpoint.region,
    side,
    text: `${subject} — ${parts.join('; ')}.`,
    brief,
    isFinding: isGraded || isMeasuredFinding,
    verdict:
      isGraded || isMeasuredFinding ? 'outside' : isUnjudgedValue ? 'no-threshold' : 'typical',
    severity: gradedSeverity,
    excursion,
    signals: [...new Set(signals)],
    source:
      measurement?.bands && isPresent(finding.valueDeg)
        ? measurement.bands.source
        : checkpoint.source,
  };
}

const isRecorded = (finding: CheckpointFinding): boolean =>
  finding.severity !== null || isPresent(finding.valueDeg);

/** Checkpoint observations in catalogue order; identical left and right grades merge into "Both". */
export function checkpointObservations(
  findings: readonly CheckpointFinding[] | null | undefined,
): ChainObservation[] {
  const observations: ChainObservation[] = [];
  for (const checkpoint of CHECKPOINTS as readonly Checkpoint[]) {
    const mine = (findings ?? []).filter((f) => f.checkpointId === checkpoint.id && isRecorded(f));
    if (checkpoint.sideness === 'midline') {
      const finding = mine[0];
      if (finding) observations.push(checkpointObservation(checkpoint, 'midline', finding));
      continue;
    }
    const left = mine.find((f) => f.side === 'left');
    const right = mine.find((f) => f.side === 'right');
    const isSame =
      left &&
      right &&
      !isPresent(left.valueDeg) &&
      !isPresent(right.valueDeg) &&
      left.severity === right.severity &&
      (left.deviation ?? null) === (right.deviation ?? null);
    if (left && isSame) {
      observations.push(checkpointObservation(checkpoint, 'both', left));
      continue;
    }
    if (left) observations.push(checkpointObservation(checkpoint, 'left', left));
    if (right) observations.push(checkpointObservation(checkpoint, 'right', right));
  }
  return observations;
}

/**
 * All observations, read from the feet up; within a region the foot exam comes first, then the
 * standing checkpoints, then what was seen in the movement screens.
 */
export function observationsFeetUp(
  body: AssessmentBody,
  options: FootReadingOptions = {},
): ChainObservation[] {
  const all = [
    ...footObservations(body.feet, options),
    ...checkpointObservations(body.checkpointFindings),
    ...movementObservations(body.movement),
  ];
  const regionIndex = (region: Region) => REGIONS_FEET_UP.indexOf(region);
  // Array.prototype.sort is stable, so catalogue order survives within each region.
  return all.sort((a, b) => regionIndex(a.region) - regionIndex(b.region));
}
