import { describe, expect, it } from 'vitest';
import type {
  AssessmentBody,
  CheckpointFinding,
  FootExam,
  Source,
} from '../../../shared/domain/clinical';
import {
  SOURCES,
  tierNotice,
  assessmentBodySchema,
  emptyAssessmentBody,
} from '../../../shared/domain/clinical';
import { exercisePhases, findExercise } from '../../../shared/domain/exercises';
import type { ProgramSuggestion } from '../../../shared/domain/programs/suggest';
import {
  COMFORTABLE_PROGRAM_SIZE,
  SUGGESTION_EXPLANATIONS,
  suggestProgram,
} from '../../../shared/domain/programs/suggest';
import { SUGGESTION_RULES } from '../../../shared/domain/programs/suggestion-rules';
import {
  fpiItemsSumming,
  hyperlordoticClient,
  neutralFoot,
  pronatedRightClient,
  supinatedClient,
} from '../clinical/fixtures';

type Side = 'left' | 'right';

const graded = (
  checkpointId: CheckpointFinding['checkpointId'],
  side: Side | null,
  severity: 'none' | 'mild' | 'marked' = 'marked',
  deviation: CheckpointFinding['deviation'] = null,
): CheckpointFinding => ({ checkpointId, side, severity, deviation });

const withFoot = (side: Side, exam: FootExam, other: FootExam = {}): AssessmentBody => ({
  schemaVersion: 1,
  feet: side === 'right' ? { left: other, right: exam } : { left: exam, right: other },
});

const withFindings = (...findings: CheckpointFinding[]): AssessmentBody => ({
  schemaVersion: 1,
  checkpointFindings: findings,
});

const ids = (suggestion: ProgramSuggestion) => suggestion.suggestions.map((s) => s.exerciseId);
const allIds = (suggestion: ProgramSuggestion) => [
  ...ids(suggestion),
  ...suggestion.alsoSuggested.map((s) => s.exerciseId),
];
const everySuggestion = (suggestion: ProgramSuggestion) => [
  ...suggestion.suggestions,
  ...suggestion.alsoSuggested,
];
const reasonsOf = (suggestion: ProgramSuggestion, ruleId: string) =>
  everySuggestion(suggestion)
    .flatMap((s) => s.reasons)
    .filter((reason) => reason.ruleId === ruleId);
const ruleExercises = (ruleId: string) =>
  Object.values(SUGGESTION_RULES.find((rule) => rule.id === ruleId)?.exercises ?? {}).flat();

describe('suggestion rules as data', () => {
  it('have unique ids, a {seen} placeholder, and a source', () => {
    const ruleIds = SUGGESTION_RULES.map((rule) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of SUGGESTION_RULES) {
      expect(rule.reason).toMatch(/^\{seen\} → \S/);
      expect(rule.lookFor.length).toBeGreaterThan(10);
      const known = (Object.values(SOURCES) as Source[]).includes(rule.source);
      // Only the supination rule lacks a reference table, and it says so.
      expect(known || (rule.id === 'supinated-foot' && !rule.source.verified)).toBe(true);
    }
  });

  it.each(SUGGESTION_RULES.map((rule) => [rule.id, rule] as const))(
    '%s names only built-in exercises, each under its own phase',
    (_id, rule) => {
      const listed = exercisePhases.flatMap((phase) =>
        (rule.exercises[phase] ?? []).map((id) => ({ id, phase })),
      );
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.length).toBeLessThanOrEqual(5);
      for (const { id, phase } of listed) {
        expect(findExercise(id), id).toBeDefined();
        expect(findExercise(id)?.phase, id).toBe(phase);
      }
    },
  );
});

/** For each rule, a body holding only its finding on the given side (midline rules ignore it). */
const onlyFinding: Record<string, (side: Side) => AssessmentBody> = {
  'pronated-foot': (side) => withFoot(side, { fpi6: { items: fpiItemsSumming(8) } }),
  'low-arch': (side) => withFoot(side, { arch: 'low' }),
  'supinated-foot': (side) => withFoot(side, { fpi6: { items: fpiItemsSumming(-3) } }),
  'toe-out': (side) => withFoot(side, { footProgressionAngleDeg: 18 }),
  'ankle-bends-less': (side) => withFoot(side, { kneeToWallCm: 7 }, { kneeToWallCm: 10.5 }),
  'big-toe-limited': (side) => withFoot(side, { firstMtpDorsiflexionDeg: 40 }),
  'knee-valgus': (side) => withFindings(graded('anterior.knee.alignment', side, 'mild', 'valgus')),
  'lower-crossed': () => withFindings(graded('lateral.pelvis.tilt', null, 'mild', 'anterior')),
  'thoracic-kyphosis': () =>
    withFindings(graded('lateral.thoracic.curve', null, 'marked', 'increased')),
  'rounded-shoulders': (side) => withFindings(graded('anterior.shoulder.rounding', side)),
  'squat-forward-lean': () => ({
    schemaVersion: 1,
    movement: { findings: [{ compensationId: 'ohs.forward-lean', side: null, grade: 'marked' }] },
  }),
  'squat-arms-fall-forward': () => ({
    schemaVersion: 1,
    movement: {
      findings: [{ compensationId: 'ohs.arms-fall-forward', side: null, grade: 'mild' }],
    },
  }),
  'forward-head': () =>
    withFindings({
      checkpointId: 'lateral.head.position',
      side: null,
      severity: null,
      valueDeg: 44,
    }),
};

const midlineStart: Record<string, string> = {
  'lower-crossed': 'Pelvis tipped forward (anterior tilt), mild →',
  'thoracic-kyphosis': 'Upper back rounder (kyphosis), marked →',
  'squat-forward-lean': 'Trunk leans forward too far (overhead squat), marked →',
  'squat-arms-fall-forward': 'Arms fall forward (overhead squat), mild →',
  'forward-head': 'Head: craniovertebral angle 44°: head forward, 6° below the typical range',
};

describe('each rule fires on its finding and names the side', () => {
  it('covers every rule', () => {
    expect(Object.keys(onlyFinding).sort()).toEqual(SUGGESTION_RULES.map((r) => r.id).sort());
  });

  for (const rule of SUGGESTION_RULES) {
    const sides: Side[] = rule.id in midlineStart ? ['right'] : ['left', 'right'];
    it.each(sides)(`${rule.id} (%s)`, (side) => {
      const body = onlyFinding[rule.id]?.(side);
      expect(assessmentBodySchema.safeParse(body).success).toBe(true);
      const suggestion = suggestProgram(body as AssessmentBody);
      expect(allIds(suggestion).sort()).toEqual([...new Set(ruleExercises(rule.id))].sort());
      const reasons = reasonsOf(suggestion, rule.id);
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) {
        const expectedStart = midlineStart[rule.id] ?? (side === 'left' ? 'Left ' : 'Right ');
        expect(reason.text.startsWith(expectedStart), reason.text).toBe(true);
        expect(reason.source).toBe(rule.source);
      }
    });
  }

  it('words the toe-out reason with the value and the typical range', () => {
    const [reason] = reasonsOf(suggestProgram(onlyFinding['toe-out']!('right')), 'toe-out');
    expect(reason?.text).toBe(
      'Right foot turned out 18° (typical adult range 5° to 13°) → release and lengthen the calf muscles, strengthen tibialis posterior',
    );
  });

  it('names the shorter knee-to-wall side and the distance between the sides', () => {
    const [reason] = reasonsOf(
      suggestProgram(onlyFinding['ankle-bends-less']!('left')),
      'ankle-bends-less',
    );
    expect(reason?.text).toContain('Left ankle bends less: knee-to-wall 7 cm against 10.5 cm');
    expect(reason?.text).toContain('3.5 cm apart');
  });

  it('keeps the measured value when the same side is also graded', () => {
    const body: AssessmentBody = {
      ...withFoot('right', { footProgressionAngleDeg: 18 }),
      checkpointFindings: [graded('anterior.foot.direction', 'right', 'marked', 'turned-out')],
    };
    const calf = suggestProgram(body).suggestions.find((s) => s.exerciseId === 'calf-foam-roll');
    expect(calf?.reasons.map((reason) => reason.text.split(' → ')[0])).toEqual([
      'Right foot turned out 18° (typical adult range 5° to 13°)',
    ]);
  });

  it('uses the children’s range for a child, so ordinary toe-out prompts nothing', () => {
    const body = withFoot('right', { footProgressionAngleDeg: 15 });
    expect(ids(suggestProgram(body, { ageYears: 8 }))).toEqual([]);
    expect(ids(suggestProgram(body, { ageYears: 30 }))).not.toEqual([]);
  });
});

const phaseIndexes = (suggestion: ProgramSuggestion) =>
  suggestion.suggestions.map((s) => exercisePhases.indexOf(s.phase));

describe('three typical clients', () => {
  it('(a) pronated right foot, toe-out, knee valgus: the marked findings covered, right side only', () => {
    const suggestion = suggestProgram(pronatedRightClient);
    expect(ids(suggestion)).toEqual([
      'calf-foam-roll',
      'tfl-foam-roll',
      'calf-wall-stretch',
      'adductor-side-lunge-stretch',
      'short-foot',
      'heel-raise-ball-squeeze',
    ]);
    expect(suggestion.alsoSuggested.map((s) => s.exerciseId)).toEqual([
      'clamshell',
      'step-up',
      'single-leg-balance',
    ]);
    expect(phaseIndexes(suggestion)).toEqual([...phaseIndexes(suggestion)].sort());
    const reasons = everySuggestion(suggestion).flatMap((s) => s.reasons);
    expect(reasons.every((reason) => reason.side === 'right')).toBe(true);
    expect(reasons.some((reason) => reason.text.includes('Left'))).toBe(false);
    expect(suggestion.suggestions[1]?.reasons[0]?.text).toBe(
      'Right knee drifts inward (valgus), marked → release the outer hip, lengthen the inner thigh, strengthen the side of the hip, then practise knee control',
    );
    // Findings no rule acts on are listed for the practitioner, never dropped silently.
    expect(suggestion.notCovered).toEqual([
      'Right foot — Navicular drop 12 mm, excessive (usual range 0 mm to 10 mm)',
      'Right heel 6° everted, tilted out (near-vertical range −2° to 2°)',
    ]);
    expect(suggestion.explanation).toBe(SUGGESTION_EXPLANATIONS.suggested);
  });

  it('(b) supinated feet: mobility and balance for both sides, marked as unconfirmed', () => {
    const suggestion = suggestProgram(supinatedClient);
    expect(ids(suggestion)).toEqual([
      'plantar-fascia-ball-roll',
      'calf-wall-stretch',
      'ankle-alphabet',
      'single-leg-balance',
    ]);
    for (const exercise of suggestion.suggestions) {
      expect(exercise.reasons.map((reason) => reason.side)).toEqual(['left', 'right']);
      expect(exercise.reasons[0]?.text).toMatch(/^Left foot FPI-6 −3, supinated \(normal range/);
      expect(exercise.reasons.every((reason) => !reason.source.verified)).toBe(true);
    }
    expect(suggestion.alsoSuggested).toEqual([]);
  });

  it('(c) symmetric feet, hyperlordosis: the lower-crossed set, nothing for the feet', () => {
    const suggestion = suggestProgram(hyperlordoticClient);
    expect(ids(suggestion)).toEqual([
      'quadriceps-foam-roll',
      'kneeling-hip-flexor-stretch',
      'glute-bridge',
      'dead-bug',
    ]);
    const [first] = suggestion.suggestions;
    expect(first?.reasons.map((reason) => reason.text.split(' → ')[0])).toEqual([
      'Pelvis tipped forward (anterior tilt), marked',
      'Lower back deeper curve (hyperlordosis), marked',
    ]);
    expect(first?.dosage).toEqual(findExercise('quadriceps-foam-roll')?.dosage);
  });
});

describe('de-duplication and size', () => {
  it('lists an exercise once, with every reason that prompted it', () => {
    const suggestion = suggestProgram(pronatedRightClient);
    expect(new Set(ids(suggestion)).size).toBe(ids(suggestion).length);
    const calf = suggestion.suggestions.find((s) => s.exerciseId === 'calf-foam-roll');
    expect(calf?.reasons.map((reason) => reason.ruleId)).toEqual(['pronated-foot', 'toe-out']);
  });

  it('keeps the default program to six and lists every other suggestion with its reason', () => {
    expect(suggestProgram(hyperlordoticClient).alsoSuggested).toEqual([]);
    const everything: AssessmentBody = {
      ...pronatedRightClient,
      checkpointFindings: [
        ...(pronatedRightClient.checkpointFindings ?? []).filter(
          (finding) => finding.checkpointId !== 'lateral.pelvis.tilt',
        ),
        ...(hyperlordoticClient.checkpointFindings ?? []).filter((f) => f.side === null),
        graded('lateral.thoracic.curve', null, 'marked', 'increased'),
        graded('lateral.head.position', null),
      ],
    };
    const suggestion = suggestProgram(everything);
    expect(suggestion.suggestions.length).toBe(COMFORTABLE_PROGRAM_SIZE);
    expect(suggestion.alsoSuggested.length).toBeGreaterThan(0);
    for (const left of suggestion.alsoSuggested) expect(left.leftOutReason).toMatch(/\S/);
    expect(phaseIndexes(suggestion)).toEqual([...phaseIndexes(suggestion)].sort());
    // Nothing is dropped: every exercise any rule prompted is offered somewhere.
    expect(new Set(allIds(suggestion)).size).toBe(allIds(suggestion).length);
  });
});

describe('when nothing should be suggested', () => {
  it('suggests nothing for a wholly not-assessed body', () => {
    const suggestion = suggestProgram(emptyAssessmentBody());
    expect(suggestion.suggestions).toEqual([]);
    expect(suggestion.explanation).toBe(SUGGESTION_EXPLANATIONS.nothingAssessed);
  });

  it('gives an empty list with an explanation for a neutral body', () => {
    // Knee-to-wall has no cut-off, so a body that records it is not "all typical" (see below).
    const banded = () => neutralFoot({ kneeToWallCm: undefined });
    const neutral: AssessmentBody = {
      schemaVersion: 1,
      feet: { left: banded(), right: banded() },
      checkpointFindings: [
        graded('anterior.knee.alignment', 'left', 'none'),
        graded('lateral.pelvis.tilt', null, 'none'),
      ],
    };
    const suggestion = suggestProgram(neutral);
    expect(suggestion.suggestions).toEqual([]);
    expect(suggestion.alsoSuggested).toEqual([]);
    expect(suggestion.explanation).toBe(SUGGESTION_EXPLANATIONS.allTypical);
  });

  it('does not call a body "all typical" when a value has no threshold (a 6° shoulder tilt)', () => {
    const body: AssessmentBody = {
      schemaVersion: 1,
      checkpointFindings: [
        { checkpointId: 'anterior.shoulder.level', side: null, severity: null, valueDeg: 6 },
        graded('anterior.knee.alignment', 'left', 'none'),
      ],
    };
    const suggestion = suggestProgram(body);
    expect(suggestion.suggestions).toEqual([]);
    expect(suggestion.explanation).toBe(SUGGESTION_EXPLANATIONS.nothingOutsideButUnjudged);
    expect(suggestion.explanation).not.toContain('within its typical range');
  });

  it('says so when findings have no matching rule', () => {
    const suggestion = suggestProgram(withFoot('left', { halluxValgusGrade: 'moderate' }));
    expect(suggestion.suggestions).toEqual([]);
    expect(suggestion.explanation).toBe(SUGGESTION_EXPLANATIONS.noRuleMatches);
    expect(suggestion.notCovered).toEqual(['Left foot — Hallux valgus (Manchester) moderate']);
  });

  it('suggests nothing while a red-flag answer says refer', () => {
    const suggestion = suggestProgram({
      ...pronatedRightClient,
      redFlags: { nightPain: true },
    });
    expect(suggestion.suggestions).toEqual([]);
    expect(suggestion.explanation).toBe(tierNotice('urgent'));
  });
});
