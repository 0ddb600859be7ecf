/** Typical client documents shared by the clinical tests. */
import type { AssessmentBody, CheckpointFinding, FootExam } from '../../../shared/domain/clinical';

export const fpiItemsSumming = (total: number): number[] => {
  // Spread a total over six items, largest first, staying within −2…+2.
  const items: number[] = [];
  let remaining = total;
  for (let index = 0; index < 6; index += 1) {
    const item = Math.max(-2, Math.min(2, remaining));
    items.push(item);
    remaining -= item;
  }
  return items;
};

export const neutralFoot = (overrides: Partial<FootExam> = {}): FootExam => ({
  fpi6: { items: fpiItemsSumming(3) },
  arch: 'neutral',
  footProgressionAngleDeg: 8,
  navicularDropMm: 6,
  rcspEversionDeg: 1,
  kneeToWallCm: 11,
  ...overrides,
});

const finding = (
  checkpointId: CheckpointFinding['checkpointId'],
  side: 'left' | 'right' | null,
  severity: 'none' | 'mild' | 'marked',
  deviation: CheckpointFinding['deviation'] = null,
): CheckpointFinding => ({ checkpointId, side, severity, deviation });

/** (a) Pronated right foot, right toe-out, right knee valgus; left side unremarkable. */
export const pronatedRightClient: AssessmentBody = {
  schemaVersion: 1,
  feet: {
    left: neutralFoot(),
    right: neutralFoot({
      fpi6: { items: fpiItemsSumming(8) },
      arch: 'low',
      footProgressionAngleDeg: 18,
      navicularDropMm: 12,
      rcspEversionDeg: 6,
    }),
  },
  checkpointFindings: [
    finding('anterior.foot.direction', 'left', 'none'),
    finding('anterior.foot.direction', 'right', 'marked', 'turned-out'),
    finding('anterior.knee.alignment', 'left', 'none'),
    finding('anterior.knee.alignment', 'right', 'marked', 'valgus'),
    finding('lateral.pelvis.tilt', null, 'none'),
  ],
  pain: { nprsNow: 4, nprsBestLastWeek: 2, nprsWorstLastWeek: 6, regions: ['back.low-back'] },
};

/** (b) Supinated feet on both sides. */
export const supinatedClient: AssessmentBody = {
  schemaVersion: 1,
  feet: {
    left: neutralFoot({ fpi6: { items: fpiItemsSumming(-3) }, arch: 'high', rcspEversionDeg: -4 }),
    right: neutralFoot({ fpi6: { items: fpiItemsSumming(-4) }, arch: 'high', rcspEversionDeg: -5 }),
  },
  checkpointFindings: [
    finding('posterior.heel.position', 'left', 'mild', 'inverted'),
    finding('posterior.heel.position', 'right', 'mild', 'inverted'),
  ],
};

/** (c) Symmetric typical feet with an increased lumbar curve and anterior pelvic tilt. */
export const hyperlordoticClient: AssessmentBody = {
  schemaVersion: 1,
  feet: { left: neutralFoot(), right: neutralFoot() },
  checkpointFindings: [
    finding('anterior.knee.alignment', 'left', 'none'),
    finding('anterior.knee.alignment', 'right', 'none'),
    finding('lateral.pelvis.tilt', null, 'marked', 'anterior'),
    finding('lateral.lumbar.curve', null, 'marked', 'increased'),
  ],
  rolandMorris: { responses: Array.from({ length: 24 }, (_, index) => index < 7) },
};
