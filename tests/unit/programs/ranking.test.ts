/**
 * Each ranking rule on its own (candidates that differ in one thing only), then the default
 * program and the low-back-pain client end to end through suggestProgram.
 */
import { describe, expect, it } from 'vitest';
import type {
  AssessmentBody,
  CheckpointFinding,
  ComplaintRecord,
  Region,
} from '../../../shared/domain/clinical';
import { complaintTarget, tierNotice } from '../../../shared/domain/clinical';
import type { Finding } from '../../../shared/domain/programs/findings';
import type { Candidate } from '../../../shared/domain/programs/ranking';
import { rankOrder, selectDefault } from '../../../shared/domain/programs/ranking';
import { groupByReason } from '../../../shared/domain/programs/reason-groups';
import { suggestProgram } from '../../../shared/domain/programs/suggest';
import { fpiItemsSumming } from '../clinical/fixtures';

const finding = (
  observationId: string,
  region: Region,
  severity: 'mild' | 'marked',
  side: Finding['side'] = 'right',
): Finding => ({
  observationId,
  side,
  region,
  severity,
  category: null,
  signals: [],
  seen: observationId,
});

const candidate = (
  exerciseId: string,
  findings: Finding[],
  overrides: Partial<Candidate> = {},
): Candidate => ({
  exerciseId,
  name: exerciseId,
  firstRule: 0,
  ruleIds: new Set(['rule']),
  findings,
  verified: true,
  libraryIndex: 0,
  ...overrides,
});

const lowBack: ComplaintRecord = { regions: ['back.low-back'] };
const order = (complaint: ComplaintRecord | null, ...candidates: Candidate[]) =>
  [...candidates].sort(rankOrder(complaintTarget(complaint))).map((c) => c.exerciseId);

describe('ranking rules, one at a time', () => {
  it('severity: a marked finding outranks a mild one, even higher in the body', () => {
    const feet = candidate('feet', [finding('foot:fpi6', 'feet-ankles', 'mild')]);
    const neck = candidate('neck', [finding('checkpoint:head', 'head-neck', 'marked')], {
      firstRule: 9,
    });
    expect(order(null, feet, neck)).toEqual(['neck', 'feet']);
    // ...and even when only the mild one is near the complaint.
    expect(order({ regions: ['front.foot.right'] }, feet, neck)).toEqual(['neck', 'feet']);
  });

  it('relation to the complaint: at its link (or just below) before further down the chain, before past it', () => {
    const feet = candidate('feet', [finding('foot:fpi6', 'feet-ankles', 'mild')]);
    const pelvis = candidate('pelvis', [finding('checkpoint:pelvis', 'lumbo-pelvic-hip', 'mild')], {
      firstRule: 7,
    });
    const shoulders = candidate(
      'shoulders',
      [finding('checkpoint:shoulders', 'shoulders-scapulae', 'mild')],
      { firstRule: 9 },
    );
    expect(order(lowBack, shoulders, feet, pelvis)).toEqual(['pelvis', 'feet', 'shoulders']);
    // A neck complaint puts the shoulders just below it, so they come first.
    expect(order({ regions: ['back.neck'] }, shoulders, feet, pelvis)).toEqual([
      'shoulders',
      'feet',
      'pelvis',
    ]);
  });

  it('feet first: with the same severity and relation, the lower finding leads', () => {
    const knees = candidate('knees', [finding('checkpoint:knee', 'knees', 'mild')], {
      firstRule: 6,
    });
    const feet = candidate('feet', [finding('foot:fpi6', 'feet-ankles', 'mild')], {
      firstRule: 0,
      verified: false,
    });
    expect(order(null, knees, feet)).toEqual(['feet', 'knees']);
  });

  it('strength of evidence: a verified source, then more findings agreeing, breaks a tie', () => {
    const same = [finding('foot:fpi6', 'feet-ankles', 'mild')];
    const unconfirmed = candidate('unconfirmed', same, { verified: false, libraryIndex: 0 });
    const verified = candidate('verified', same, { verified: true, libraryIndex: 5 });
    expect(order(null, unconfirmed, verified)).toEqual(['verified', 'unconfirmed']);
    const twoRules = candidate('two-rules', same, {
      ruleIds: new Set(['a', 'b']),
      libraryIndex: 9,
    });
    expect(order(null, verified, twoRules)).toEqual(['two-rules', 'verified']);
  });

  it('the default program covers every marked finding before any mild one', () => {
    const mild = finding('foot:fpi6', 'feet-ankles', 'mild');
    const markedA = finding('checkpoint:a', 'knees', 'marked');
    const markedB = finding('checkpoint:b', 'thoracic-spine', 'marked');
    const ranked = [
      ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => candidate(id, [markedA])),
      candidate('b1', [markedB], { firstRule: 5 }),
      candidate('m1', [mild]),
    ].sort(rankOrder(null));
    // Marked A alone would fill all six places; B is covered first, then the mild finding.
    const { chosen, rest } = selectDefault(ranked, null, 6);
    expect(chosen.map((c) => c.exerciseId)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'm1']);
    expect(rest.map((entry) => entry.reason)).toEqual([
      'What it works on is already covered by a1 and a2 in the top six.',
      'What it works on is already covered by a1 and a2 in the top six.',
    ]);

    // With more marked findings than places, no mild one gets in.
    const manyMarked = ['k', 'l', 'm', 'n', 'o', 'p', 'q'].map((id, index) =>
      candidate(id, [finding(`checkpoint:${id}`, 'knees', 'marked')], { firstRule: index }),
    );
    const crowded = selectDefault(
      [...manyMarked, candidate('mild', [mild], { firstRule: 0 })].sort(rankOrder(null)),
      null,
      6,
    );
    expect(crowded.chosen.map((c) => c.exerciseId)).toEqual(['k', 'l', 'm', 'n', 'o', 'p']);
    expect(crowded.rest.find((entry) => entry.candidate.exerciseId === 'mild')?.reason).toBe(
      'Its finding is mild; the top six went to marked findings first.',
    );
  });
});

const graded = (
  checkpointId: CheckpointFinding['checkpointId'],
  side: 'left' | 'right' | null,
  severity: 'none' | 'mild' | 'marked',
  deviation: CheckpointFinding['deviation'] = null,
): CheckpointFinding => ({ checkpointId, side, severity, deviation });

/** The client: right foot pronated and turned out, mild right valgus, marked pelvic tilt. */
const lowBackPainClient: AssessmentBody = {
  schemaVersion: 1,
  complaint: {
    regions: ['back.low-back'],
    duration: '2 years',
    aggravatedBy: 'sitting',
    goal: 'garden without pain',
  },
  feet: {
    left: {
      fpi6: { items: fpiItemsSumming(3) },
      footProgressionAngleDeg: 8,
      navicularDropMm: 6,
      kneeToWallCm: 11,
    },
    right: {
      fpi6: { items: fpiItemsSumming(9) },
      footProgressionAngleDeg: 18,
      navicularDropMm: 12,
      kneeToWallCm: 7,
    },
  },
  checkpointFindings: [
    graded('anterior.knee.alignment', 'right', 'mild', 'valgus'),
    graded('lateral.pelvis.tilt', null, 'marked', 'anterior'),
  ],
  redFlags: {
    saddleNumbness: false,
    bladderOrBowelChange: false,
    nightPain: false,
    unexplainedWeightLoss: false,
  },
};

const PELVIS_EXERCISES = ['kneeling-hip-flexor-stretch', 'glute-bridge', 'dead-bug'];

describe('the low-back-pain client from the issue', () => {
  const suggestion = suggestProgram(lowBackPainClient);
  const top = suggestion.suggestions.map((s) => s.exerciseId);

  it('puts the marked pelvic tilt’s exercises in the default six', () => {
    expect(top.length).toBeLessThanOrEqual(6);
    expect(top.filter((id) => PELVIS_EXERCISES.includes(id)).length).toBeGreaterThan(0);
    expect(top).toEqual(expect.arrayContaining(PELVIS_EXERCISES));
  });

  it('still covers the feet in the six, and lists the rest with why each was left out', () => {
    expect(top).toContain('calf-foam-roll');
    expect(suggestion.alsoSuggested.length).toBeGreaterThan(0);
    for (const left of suggestion.alsoSuggested) {
      expect(left.leftOutReason.length, left.name).toBeGreaterThan(10);
    }
    expect(suggestion.complaintAreas).toEqual(['Centre of lower back']);
  });

  it('marks the pelvis reasons as marked and at the complaint, the feet as mild and below it', () => {
    const reasons = [...suggestion.suggestions, ...suggestion.alsoSuggested].flatMap(
      (s) => s.reasons,
    );
    const pelvis = reasons.find((reason) => reason.ruleId === 'lower-crossed');
    expect(pelvis).toMatchObject({ severity: 'marked', relation: 'at' });
    const foot = reasons.find((reason) => reason.ruleId === 'pronated-foot');
    expect(foot).toMatchObject({ severity: 'mild', relation: 'below', side: 'right' });
  });

  it('suggests short-foot for the pronated foot though no low arch was entered', () => {
    const all = [...suggestion.suggestions, ...suggestion.alsoSuggested];
    const shortFoot = all.find((s) => s.exerciseId === 'short-foot');
    expect(shortFoot?.reasons.map((reason) => reason.ruleId)).toEqual(['pronated-foot']);
  });

  it('writes each reason once when grouped, however many exercises it covers', () => {
    for (const list of [suggestion.suggestions, suggestion.alsoSuggested]) {
      const lines = groupByReason(list).map((group) => group.reason.text);
      expect(new Set(lines).size).toBe(lines.length);
      const listed = groupByReason(list).flatMap((group) => group.exercises);
      expect(listed.length).toBe(list.length);
    }
  });

  it('without the complaint, the same marked finding still leads', () => {
    const withoutComplaint = suggestProgram({ ...lowBackPainClient, complaint: null });
    const ids = withoutComplaint.suggestions.map((s) => s.exerciseId);
    expect(ids.filter((id) => PELVIS_EXERCISES.includes(id)).length).toBeGreaterThan(0);
    expect(withoutComplaint.complaintAreas).toEqual([]);
  });

  it('red flags suppress every suggestion', () => {
    const flagged = suggestProgram({ ...lowBackPainClient, redFlags: { nightPain: true } });
    expect(flagged.suggestions).toEqual([]);
    expect(flagged.alsoSuggested).toEqual([]);
    expect(flagged.explanation).toBe(tierNotice('urgent'));
  });
});
