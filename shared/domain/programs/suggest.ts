/**
 * Turns one assessment into a suggested program: the rules' exercises for what was found, each
 * once with every reason that prompted it, in continuum order (release → lengthen → activate →
 * integrate) and from the feet up within a phase. Suggestions are a starting point for the
 * practitioner to choose from, never a prescription.
 */
import type { AssessmentBody, ChainSide, FootReadingOptions, Source } from '../clinical';
import type { Dosage, ExercisePhase } from '../exercises';
import { overallState } from '../clinical';
import { builtInExercises, exercisePhases, findExercise } from '../exercises';
import type { Finding } from './findings';
import { findingsOf } from './findings';
import type { SuggestionRule } from './suggestion-rules';
import { SUGGESTION_RULES, reasonText } from './suggestion-rules';

/** Above this many exercises adherence drops (clinical-reference §1e), so the UI warns gently. */
export const COMFORTABLE_PROGRAM_SIZE = 6;

/** Past this, more suggestions are noise to pick through; the rest are listed as left out. */
export const MAX_SUGGESTIONS = 10;

export const SUGGESTION_EXPLANATIONS = {
  nothingAssessed:
    'Nothing has been assessed yet, so there is nothing to suggest from. Record the foot exam or the posture checkpoints first.',
  allTypical:
    'Everything assessed is within its typical range, so no corrective exercises are suggested. Add exercises by hand if the client has other goals.',
  nothingOutsideButUnjudged:
    'Nothing assessed is outside a typical range, but some values have no threshold to judge them by, so they are not called normal (see the summary). No corrective exercises are suggested from them; add exercises by hand if they matter.',
  noRuleMatches:
    'Stance has no suggestion for what was found. Choose exercises from the library by hand.',
  suggested:
    'Suggested from what was found, read from the feet up and ordered release, lengthen, activate, integrate. Treat them as a starting point: check each with movement tests and keep the ones that matter most.',
} as const;

export interface SuggestionReason {
  readonly ruleId: string;
  readonly side: ChainSide;
  /** e.g. "Right foot turned out 18° (typical adult range 5° to 13°) → release and lengthen …" */
  readonly text: string;
  readonly source: Source;
}

export interface SuggestedExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly phase: ExercisePhase;
  readonly illustration: string | null;
  /** The library's default dosage, for the practitioner to adjust. */
  readonly dosage: Dosage;
  readonly reasons: readonly SuggestionReason[];
}

export interface ProgramSuggestion {
  readonly suggestions: readonly SuggestedExercise[];
  /** More than COMFORTABLE_PROGRAM_SIZE suggestions. */
  readonly tooMany: boolean;
  /** Suggestions past MAX_SUGGESTIONS, least supported first to go; never silently dropped. */
  readonly leftOut: readonly SuggestedExercise[];
  /** What was found that no rule has a suggestion for, so the practitioner can choose by hand. */
  readonly notCovered: readonly string[];
  readonly explanation: string;
  /** Set when the red-flag screen is unfinished; a "refer" screen suggests nothing at all. */
  readonly screeningNotice: string | null;
}

interface Draft {
  readonly exerciseId: string;
  readonly phase: ExercisePhase;
  /** Index of the first (lowest in the body) rule that suggested it. */
  readonly firstRule: number;
  readonly rules: Set<string>;
  readonly reasons: SuggestionReason[];
  readonly suggestion: Omit<SuggestedExercise, 'reasons'>;
}

/**
 * The findings a rule gives reasons for: one per side for sided findings (a measured value is
 * listed before the graded impression of the same side, so it wins), and each midline finding.
 */
function reasonsFindings(rule: SuggestionRule, findings: readonly Finding[]): Finding[] {
  const covered = new Set<string>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (!rule.when(finding)) continue;
    const keys =
      finding.side === 'both'
        ? ['left', 'right']
        : finding.side === 'midline'
          ? [finding.observationId]
          : [finding.side];
    if (keys.every((key) => covered.has(key))) continue;
    for (const key of keys) covered.add(key);
    kept.push(finding);
  }
  return kept;
}

function draftsFor(findings: readonly Finding[]): Draft[] {
  const drafts = new Map<string, Draft>();
  SUGGESTION_RULES.forEach((rule, ruleIndex) => {
    const matched = reasonsFindings(rule, findings);
    if (matched.length === 0) return;
    const reasons = matched.map((finding) => ({
      ruleId: rule.id,
      side: finding.side,
      text: reasonText(rule, finding),
      source: rule.source,
    }));
    for (const phase of exercisePhases) {
      for (const exerciseId of rule.exercises[phase] ?? []) {
        const exercise = findExercise(exerciseId);
        if (!exercise) continue;
        const draft = drafts.get(exerciseId) ?? {
          exerciseId,
          phase: exercise.phase,
          firstRule: ruleIndex,
          rules: new Set<string>(),
          reasons: [],
          suggestion: {
            exerciseId,
            name: exercise.name,
            phase: exercise.phase,
            illustration: exercise.illustration,
            dosage: exercise.dosage,
          },
        };
        draft.rules.add(rule.id);
        draft.reasons.push(...reasons);
        drafts.set(exerciseId, draft);
      }
    }
  });
  return [...drafts.values()];
}

const libraryIndex = new Map(builtInExercises.map((exercise, index) => [exercise.id, index]));
const indexOf = (draft: Draft) => libraryIndex.get(draft.exerciseId) ?? Number.MAX_SAFE_INTEGER;

/** Continuum phase first, then feet up (rule order), then the library's own order. */
const continuumOrder = (a: Draft, b: Draft): number =>
  exercisePhases.indexOf(a.phase) - exercisePhases.indexOf(b.phase) ||
  a.firstRule - b.firstRule ||
  indexOf(a) - indexOf(b);

/** What to keep when there are too many: exercises more findings agree on, then the lowest in the body. */
const priorityOrder = (a: Draft, b: Draft): number =>
  b.rules.size - a.rules.size || a.firstRule - b.firstRule || indexOf(a) - indexOf(b);

const toSuggestion = (draft: Draft): SuggestedExercise => ({
  ...draft.suggestion,
  reasons: draft.reasons,
});

export function suggestProgram(
  body: AssessmentBody,
  options: FootReadingOptions = {},
): ProgramSuggestion {
  const { summary, findings } = findingsOf(body, options);
  const screeningNotice = summary.redFlags.status === 'incomplete' ? summary.redFlags.notice : null;
  const empty = (explanation: string, notCovered: readonly string[] = []): ProgramSuggestion => ({
    suggestions: [],
    tooMany: false,
    leftOut: [],
    notCovered,
    explanation,
    screeningNotice,
  });
  if (summary.redFlags.status === 'refer') return empty(summary.redFlags.notice);
  if (summary.observations.length === 0) return empty(SUGGESTION_EXPLANATIONS.nothingAssessed);
  if (findings.length === 0)
    return empty(
      overallState(summary.observations) === 'all-typical'
        ? SUGGESTION_EXPLANATIONS.allTypical
        : SUGGESTION_EXPLANATIONS.nothingOutsideButUnjudged,
    );

  const notCovered = findings
    .filter((finding) => !SUGGESTION_RULES.some((rule) => rule.when(finding)))
    .map((finding) => finding.seen);
  const ranked = draftsFor(findings).sort(priorityOrder);
  if (ranked.length === 0) return empty(SUGGESTION_EXPLANATIONS.noRuleMatches, notCovered);

  const kept = ranked.slice(0, MAX_SUGGESTIONS).sort(continuumOrder);
  const leftOut = ranked.slice(MAX_SUGGESTIONS).sort(continuumOrder);
  return {
    suggestions: kept.map(toSuggestion),
    tooMany: kept.length > COMFORTABLE_PROGRAM_SIZE,
    leftOut: leftOut.map(toSuggestion),
    notCovered,
    explanation: SUGGESTION_EXPLANATIONS.suggested,
    screeningNotice,
  };
}
