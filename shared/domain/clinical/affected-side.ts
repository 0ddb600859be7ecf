/**
 * Which side is the problem. A practitioner reads the affected side first: a normal left foot
 * listed before a pronated right one hides the point of the line. Only recorded findings decide;
 * a side with nothing outside its typical range never outranks one with something.
 */
import type { ChainObservation } from './chain-observations';

export type AffectedSide = 'left' | 'right';

/** How much a marked grade counts against a mild one or a measure outside its band. */
const SEVERITY_WEIGHT = { marked: 2, mild: 1 } as const;

function weight(observation: ChainObservation): number {
  if (observation.verdict !== 'outside') return 0;
  return observation.severity === null ? 1 : SEVERITY_WEIGHT[observation.severity];
}

/**
 * The side whose findings weigh more (marked counts twice a mild grade or an out-of-band value),
 * or null when the sides weigh the same.
 */
export function affectedSide(observations: readonly ChainObservation[]): AffectedSide | null {
  let left = 0;
  let right = 0;
  for (const observation of observations) {
    if (observation.side === 'left') left += weight(observation);
    if (observation.side === 'right') right += weight(observation);
  }
  if (left === right) return null;
  return left > right ? 'left' : 'right';
}

/** Whether the right reading of a pair should come first. */
function rightBeforeLeft(
  left: ChainObservation,
  right: ChainObservation,
  overall: AffectedSide | null,
): boolean {
  const byWeight = weight(right) - weight(left);
  if (byWeight !== 0) return byWeight > 0;
  // Both outside by a measured amount: the one further out is the larger finding.
  const byAmount = (right.excursion?.amount ?? 0) - (left.excursion?.amount ?? 0);
  if (weight(left) > 0 && byAmount !== 0) return byAmount > 0;
  return overall === 'right';
}

/**
 * The observations with each left/right pair of one measure put affected side first; the order
 * of measures (feet up) is kept. A tie follows the overall affected side, else left first.
 */
export function affectedSideFirst(
  observations: readonly ChainObservation[],
  overall: AffectedSide | null,
): ChainObservation[] {
  const ordered = [...observations];
  for (let index = 0; index + 1 < ordered.length; index += 1) {
    const left = ordered[index];
    const right = ordered[index + 1];
    if (!left || !right || left.id !== right.id) continue;
    if (left.side !== 'left' || right.side !== 'right') continue;
    if (rightBeforeLeft(left, right, overall)) {
      ordered[index] = right;
      ordered[index + 1] = left;
    }
    index += 1;
  }
  return ordered;
}
