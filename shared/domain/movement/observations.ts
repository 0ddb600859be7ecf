/**
 * Movement findings as observations on the chain from the feet up, so the Summary, the muscle
 * patterns and the suggestions read them beside the static ones. Nothing recorded yields nothing:
 * a screen not looked at is listed as not assessed, never as typical.
 */
import type { ChainObservation, ChainSide } from '../clinical/chain-observations';
import type { Compensation, FollowUp, MovementGrade } from './compensations';
import { COMPENSATIONS, FOLLOW_UPS } from './compensations';
import type { MovementFinding, MovementRecord } from './findings-schema';
import { movementScreens, movementViewLabels, type MovementScreen } from './screens';

export const MOVEMENT_GRADE_LABELS: Record<MovementGrade, string> = {
  none: 'not seen',
  mild: 'mild',
  marked: 'marked',
};

const screenLabel = (screen: MovementScreen): string =>
  movementScreens.find((item) => item.id === screen)?.label ?? screen;

/** "Overhead squat from the front" or "Single-leg squat on the right leg". */
function whereSeen(item: Compensation, side: ChainSide): string {
  if (item.screen === 'single-leg-squat') {
    const leg = side === 'both' ? 'either leg' : `the ${side} leg`;
    return `${screenLabel(item.screen)} on ${leg}`;
  }
  return `${screenLabel(item.screen)} ${movementViewLabels[item.view].toLowerCase()}`;
}

/** "left knee moves in", "both knees move in", "low back arches". */
function subjectPhrase(item: Compensation, side: ChainSide): string {
  if (item.screen === 'single-leg-squat' || !item.sided) return item.one;
  if (item.one.includes('{side}'))
    return side === 'both' ? item.both : item.one.replace('{side}', side);
  return side === 'both' ? `both ${item.both}` : `${side} ${item.one}`;
}

function briefOf(item: Compensation, side: ChainSide): string {
  if (item.screen === 'single-leg-squat') {
    const leg = side === 'both' ? 'either leg' : `the ${side} leg`;
    return `${item.one} standing on ${leg} (single-leg squat)`;
  }
  return `${subjectPhrase(item, side)} (overhead squat)`;
}

function observationOf(item: Compensation, side: ChainSide, grade: MovementGrade) {
  const isFinding = grade !== 'none';
  return {
    id: `movement:${item.id}`,
    region: item.region,
    side,
    text: `${whereSeen(item, side)} — ${subjectPhrase(item, side)}: ${MOVEMENT_GRADE_LABELS[grade]}.`,
    brief: briefOf(item, side),
    isFinding,
    verdict: isFinding ? 'outside' : 'typical',
    severity: isFinding ? grade : null,
    excursion: null,
    signals: isFinding ? item.signals : [],
    source: item.source,
  } satisfies ChainObservation;
}

function followUpObservation(item: FollowUp, result: 'better' | 'same'): ChainObservation {
  const isBetter = result === 'better';
  return {
    id: `movement:follow-up.${item.id}`,
    region: item.region,
    side: 'midline',
    text: `Overhead squat with ${item.label.toLowerCase()} — ${isBetter ? item.better : item.same}.`,
    brief: `squat ${isBetter ? 'better' : 'unchanged'} with ${item.label.toLowerCase()}`,
    isFinding: isBetter,
    verdict: isBetter ? 'outside' : 'typical',
    severity: null,
    excursion: null,
    signals: isBetter ? item.betterSignals : [],
    source: item.source,
  };
}

const gradeOf = (
  findings: readonly MovementFinding[],
  id: string,
  side: 'left' | 'right' | null,
): MovementGrade | null =>
  findings.find((finding) => finding.compensationId === id && finding.side === side)?.grade ?? null;

/** Catalogue order; a left and right graded alike are one "both" observation. */
export function movementObservations(
  movement: MovementRecord | null | undefined,
): ChainObservation[] {
  const findings = movement?.findings ?? [];
  const observations: ChainObservation[] = [];
  for (const item of COMPENSATIONS as readonly Compensation[]) {
    if (!item.sided) {
      const grade = gradeOf(findings, item.id, null);
      if (grade) observations.push(observationOf(item, 'midline', grade));
      continue;
    }
    const left = gradeOf(findings, item.id, 'left');
    const right = gradeOf(findings, item.id, 'right');
    if (left && left === right) {
      observations.push(observationOf(item, 'both', left));
      continue;
    }
    if (left) observations.push(observationOf(item, 'left', left));
    if (right) observations.push(observationOf(item, 'right', right));
  }
  for (const item of FOLLOW_UPS) {
    const record = movement?.followUps?.find((entry) => entry.followUpId === item.id);
    if (record) observations.push(followUpObservation(item, record.result));
  }
  return observations;
}

/** The screens with nothing recorded at all, for "not assessed" lists. */
export function screensNotAssessed(movement: MovementRecord | null | undefined): MovementScreen[] {
  const recorded = new Set(
    (movement?.findings ?? []).map(
      (finding) =>
        (COMPENSATIONS as readonly Compensation[]).find(
          (item) => item.id === finding.compensationId,
        )?.screen,
    ),
  );
  if ((movement?.followUps?.length ?? 0) > 0) recorded.add('overhead-squat');
  return movementScreens.map((screen) => screen.id).filter((id) => !recorded.has(id));
}
