import { describe, expect, it } from 'vitest';
import type { KineticChainSummary, Region } from '../../../shared/domain/clinical';
import {
  CAVEATS,
  REGIONS_FEET_UP,
  interpretAssessment,
  kineticChainLines,
  tierNotice,
} from '../../../shared/domain/clinical';
import { hyperlordoticClient, pronatedRightClient, supinatedClient } from './fixtures';

const regionOrder = (summary: KineticChainSummary): number[] =>
  summary.observations.map((observation) => REGIONS_FEET_UP.indexOf(observation.region));

const firstIndexOf = (summary: KineticChainSummary, region: Region): number =>
  summary.observations.findIndex((observation) => observation.region === region);

const textOf = (summary: KineticChainSummary, id: string): string[] =>
  summary.observations.filter((observation) => observation.id === id).map((o) => o.text);

const caveatIds = (summary: KineticChainSummary) => summary.caveats.map((caveat) => caveat.id);

describe('kinetic-chain summary, client (a): pronated right foot, toe-out, knee valgus', () => {
  const summary = interpretAssessment(pronatedRightClient);

  it('reads from the feet up', () => {
    const order = regionOrder(summary);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(firstIndexOf(summary, 'feet-ankles')).toBe(0);
    expect(firstIndexOf(summary, 'feet-ankles')).toBeLessThan(firstIndexOf(summary, 'knees'));
    const lines = kineticChainLines(summary);
    expect(lines.indexOf('Feet and ankles:')).toBeLessThan(lines.indexOf('Knees:'));
  });

  it('names the side and how far outside the band, the affected right side first', () => {
    expect(summary.affectedSide).toBe('right');
    expect(textOf(summary, 'foot:fpi6')).toEqual([
      'Right foot — FPI-6 +8: pronated, 3 points above the normal range (0 to +5).',
      'Left foot — FPI-6 +3: normal.',
    ]);
    expect(textOf(summary, 'foot:footProgression')[0]).toBe(
      'Right foot — Foot progression angle 18° toe-out: more toe-out than typical, 5° above the typical adult range (5° to 13°).',
    );
    expect(textOf(summary, 'checkpoint:anterior.knee.alignment')).toEqual([
      'Right knee — drifts inward (valgus): marked, seen from the front.',
      'Left knee — knee over the foot: nothing seen from the front.',
    ]);
  });

  it('flags the left/right differences past a detectable change, and shows the rest unjudged', () => {
    expect(summary.asymmetries.map((flag) => flag.measure)).toEqual(['fpi6', 'navicularDrop']);
    const progression = summary.sideComparisons.find((c) => c.measure === 'footProgression');
    expect(progression).toMatchObject({ verdict: 'no-threshold', difference: 10 });
  });

  it('offers the pronation pattern once, from the current edition, the older list held apart', () => {
    const hypotheses = summary.hypotheses.map((h) => `${h.table.id}/${h.table.edition}`);
    expect(hypotheses).toEqual(['pronation-distortion/current']);
    const pronation = summary.hypotheses[0];
    expect(pronation?.sides).toEqual(['right']);
    expect(pronation?.basis).toContain('checkpoint:anterior.knee.alignment');
    expect(pronation?.text).toContain('NASM CPT, current edition');
    expect(pronation?.text).toContain('not a diagnosis');
    expect(pronation?.text).not.toContain('Older NASM edition');
    expect(pronation?.olderEdition?.table.edition).toBe('older-secondary');
    expect(pronation?.olderEdition?.text).toContain('peroneals');
  });

  it('names no screen Stance does not have', () => {
    const lines = kineticChainLines(summary).join('\n');
    expect(lines).not.toMatch(/squat/i);
    expect(summary.hypotheses.every((h) => !/squat/i.test(h.olderEdition?.text ?? ''))).toBe(true);
  });

  it('carries the caveats the evidence asks for', () => {
    expect(caveatIds(summary)).toEqual(
      expect.arrayContaining([
        CAVEATS.staticPostureIsNotDiagnosis.id,
        CAVEATS.smallAsymmetriesAreNormal.id,
        CAVEATS.muscleListsAreHypotheses.id,
        CAVEATS.navicularDropIsUnreliable.id,
        CAVEATS.footLowBackPainLinkIsModest.id,
      ]),
    );
    const lines = kineticChainLines(summary);
    expect(lines.join('\n')).toContain('It is not a diagnosis');
    expect(lines.join('\n')).toContain('Small left–right differences are normal');
  });

  it('lists what was not assessed instead of calling it normal', () => {
    expect(summary.notAssessed).toEqual([
      'lumbar-spine',
      'thoracic-spine',
      'shoulders-scapulae',
      'head-neck',
    ]);
  });
});

describe('kinetic-chain summary, client (b): supinated feet', () => {
  const summary = interpretAssessment(supinatedClient);

  it('merges matching sides into one line that names both, feet first', () => {
    expect(summary.observations[0]?.text).toBe(
      'Both feet — FPI-6: left −3, right −4; supinated, left 3 points and right 4 points below the normal range (0 to +5).',
    );
    expect(summary.observations.every((o) => o.region === 'feet-ankles')).toBe(true);
    expect(textOf(summary, 'checkpoint:posterior.heel.position')).toEqual([
      'Both heels — tilts inward (inverted): mild, seen from behind.',
    ]);
  });

  it('suggests no muscle pattern, and says why', () => {
    expect(summary.hypotheses).toEqual([]);
    expect(caveatIds(summary)).toContain(CAVEATS.noTableForSupination.id);
    expect(caveatIds(summary)).toContain(CAVEATS.staticPostureIsNotDiagnosis.id);
    expect(caveatIds(summary)).not.toContain(CAVEATS.muscleListsAreHypotheses.id);
  });

  it('finds no asymmetry between two similarly supinated feet', () => {
    expect(summary.asymmetries).toEqual([]);
  });
});

describe('kinetic-chain summary, client (c): symmetric feet, lumbar hyperlordosis', () => {
  const summary = interpretAssessment(hyperlordoticClient);

  it('reports typical, symmetric feet first, then the pelvis and lower back', () => {
    expect(summary.observations[0]?.text).toBe('Both feet — FPI-6: left +3, right +3; normal.');
    const feet = summary.observations.filter((o) => o.region === 'feet-ankles');
    expect(feet.every((o) => !o.isFinding && o.side === 'both')).toBe(true);
    expect(firstIndexOf(summary, 'feet-ankles')).toBeLessThan(
      firstIndexOf(summary, 'lumbo-pelvic-hip'),
    );
    expect(firstIndexOf(summary, 'lumbo-pelvic-hip')).toBeLessThan(
      firstIndexOf(summary, 'lumbar-spine'),
    );
    expect(textOf(summary, 'checkpoint:lateral.lumbar.curve')).toEqual([
      'Lower back — deeper curve (hyperlordosis): marked, seen from the side.',
    ]);
    expect(summary.asymmetries).toEqual([]);
  });

  it('offers the lower crossed pattern, not a foot pattern, with no older list to toggle', () => {
    expect(summary.hypotheses.map((h) => `${h.table.id}/${h.table.edition}`)).toEqual([
      'lower-crossed/current',
    ]);
    expect(summary.hypotheses[0]?.sides).toEqual(['midline']);
    expect(summary.hypotheses[0]?.olderEdition).toBeNull();
    expect(summary.affectedSide).toBeNull();
  });

  it('carries the caveats, but not the foot/back-pain one when the feet are typical', () => {
    expect(caveatIds(summary)).toEqual(
      expect.arrayContaining([
        CAVEATS.staticPostureIsNotDiagnosis.id,
        CAVEATS.smallAsymmetriesAreNormal.id,
        CAVEATS.typicalFootIsSlightlyPronated.id,
      ]),
    );
    expect(caveatIds(summary)).not.toContain(CAVEATS.footLowBackPainLinkIsModest.id);
  });
});

describe('red flags in the summary', () => {
  it('puts the referral notice first when any answer is yes', () => {
    const summary = interpretAssessment({
      ...hyperlordoticClient,
      redFlags: { saddleNumbness: true },
    });
    expect(summary.redFlags.status).toBe('refer');
    expect(kineticChainLines(summary)[0]).toBe(tierNotice('emergency'));
  });

  it('reports nothing as typical for an empty assessment', () => {
    const summary = interpretAssessment({ schemaVersion: 1 });
    expect(summary.observations).toEqual([]);
    expect(summary.notAssessed).toEqual([...REGIONS_FEET_UP]);
    expect(summary.hypotheses).toEqual([]);
  });
});

describe('the chain up to the presenting complaint', () => {
  it('names the findings from the feet up to a low-back complaint', () => {
    const summary = interpretAssessment({
      ...hyperlordoticClient,
      complaint: { regions: ['back.low-back'] },
    });
    expect(summary.complaintChain?.target.top).toBe('lumbar-spine');
    expect(summary.complaintChain?.findings.map((finding) => finding.id)).toEqual([
      'checkpoint:lateral.pelvis.tilt',
      'checkpoint:lateral.lumbar.curve',
    ]);
  });

  it('leaves out findings above the complaint, and says nothing without one', () => {
    const knee = interpretAssessment({
      ...pronatedRightClient,
      // The same client with a marked anterior pelvic tilt, above a right-knee complaint.
      checkpointFindings: (pronatedRightClient.checkpointFindings ?? []).map((finding) =>
        finding.checkpointId === 'lateral.pelvis.tilt'
          ? { ...finding, severity: 'marked' as const, deviation: 'anterior' as const }
          : finding,
      ),
      complaint: { regions: ['front.knee.right'] },
    });
    const ids = knee.complaintChain?.findings.map((finding) => finding.id) ?? [];
    expect(ids).toContain('foot:fpi6');
    expect(ids).toContain('checkpoint:anterior.knee.alignment');
    expect(ids).not.toContain('checkpoint:lateral.pelvis.tilt');
    expect(interpretAssessment(pronatedRightClient).complaintChain).toBeNull();
  });
});
