import { describe, expect, it } from 'vitest';
import type { AssessmentBody, KineticChainSummary } from '../../../shared/domain/clinical';
import { interpretAssessment } from '../../../shared/domain/clinical';
import { fpiItemsSumming, neutralFoot } from './fixtures';

const sidesOf = (summary: KineticChainSummary, id: string) =>
  summary.observations.filter((observation) => observation.id === id).map((o) => o.side);

const knee = (side: 'left' | 'right', severity: 'none' | 'mild' | 'marked') => ({
  checkpointId: 'anterior.knee.alignment' as const,
  side,
  severity,
  deviation: severity === 'none' ? null : ('valgus' as const),
});

describe('the affected side reads first', () => {
  it('puts a pronated left foot before a normal right one, and leaves the left first', () => {
    const summary = interpretAssessment({
      schemaVersion: 1,
      feet: { left: neutralFoot({ fpi6: { items: fpiItemsSumming(9) } }), right: neutralFoot() },
    });
    expect(summary.affectedSide).toBe('left');
    expect(sidesOf(summary, 'foot:fpi6')).toEqual(['left', 'right']);
  });

  it('puts a marked grade before a mild one on the other side', () => {
    const summary = interpretAssessment({
      schemaVersion: 1,
      checkpointFindings: [knee('left', 'mild'), knee('right', 'marked')],
    });
    expect(summary.affectedSide).toBe('right');
    expect(sidesOf(summary, 'checkpoint:anterior.knee.alignment')).toEqual(['right', 'left']);
  });

  it('with both sides outside the band, puts the one further out first', () => {
    const summary = interpretAssessment({
      schemaVersion: 1,
      feet: {
        left: neutralFoot({ fpi6: { items: fpiItemsSumming(10) } }),
        right: neutralFoot({ fpi6: { items: fpiItemsSumming(7) } }),
      },
    });
    expect(sidesOf(summary, 'foot:fpi6')).toEqual(['left', 'right']);
    const flipped = interpretAssessment({
      schemaVersion: 1,
      feet: {
        left: neutralFoot({ fpi6: { items: fpiItemsSumming(7) } }),
        right: neutralFoot({ fpi6: { items: fpiItemsSumming(10) } }),
      },
    });
    expect(sidesOf(flipped, 'foot:fpi6')).toEqual(['right', 'left']);
  });

  it('orders a pair with nothing to choose between by the side the findings point to', () => {
    const body: AssessmentBody = {
      schemaVersion: 1,
      feet: { left: neutralFoot(), right: neutralFoot({ fpi6: { items: fpiItemsSumming(9) } }) },
      checkpointFindings: [
        { ...knee('left', 'mild'), deviation: 'varus' },
        { ...knee('right', 'mild'), deviation: 'valgus' },
      ],
    };
    const summary = interpretAssessment(body);
    expect(summary.affectedSide).toBe('right');
    // Both knees are graded mild, so the pronated right foot decides the order.
    expect(sidesOf(summary, 'checkpoint:anterior.knee.alignment')).toEqual(['right', 'left']);
  });

  it('names no affected side when the sides weigh the same, and keeps the left first', () => {
    const summary = interpretAssessment({
      schemaVersion: 1,
      checkpointFindings: [knee('left', 'mild'), knee('right', 'mild')],
    });
    expect(summary.affectedSide).toBeNull();
    const uneven = interpretAssessment({
      schemaVersion: 1,
      feet: { left: neutralFoot({ footProgressionAngleDeg: 8 }), right: neutralFoot() },
    });
    expect(uneven.affectedSide).toBeNull();
  });

  it('keeps the chain read from the feet up while reordering sides', () => {
    const summary = interpretAssessment({
      schemaVersion: 1,
      feet: { left: neutralFoot(), right: neutralFoot({ fpi6: { items: fpiItemsSumming(9) } }) },
      checkpointFindings: [knee('left', 'none'), knee('right', 'marked')],
    });
    const regions = summary.observations.map((observation) => observation.region);
    expect(regions.indexOf('knees')).toBeGreaterThan(regions.lastIndexOf('feet-ankles'));
  });
});
