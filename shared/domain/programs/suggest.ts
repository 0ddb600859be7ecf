/**
 * Turns one assessment into a suggested program: the rules' exercises for what was found, each
 * once with every reason that prompted it, ranked the way a specialist reads the chain (see
 * ranking.ts): red flags suppress, then marked before mild, then nearness to the complaint, then
 * feet first, then strength of evidence. The default program is the top six, shown in continuum
 * order (release → lengthen → activate → integrate) so it reads as a session; the rest follow,
 * each with why it was left out. Suggestions are a starting point, never a prescription.
 */
import type {
  AssessmentBody,
  ChainSide,
  ComplaintRelation,
  ComplaintTarget,
  FootReadingOptions,
  Source,
} from '../clinical';
import { complaintTarget, relationToComplaint } from '../clinical';
import type { Dosage, ExercisePhase } from '../exercises';
import { overallState } from '../clinical';
import { builtInExercises, exercisePhases, findExercise } from '../exercises';
import type { Finding, FindingSeverity } from './findings';
import { findingsOf } from './findings';
import type { Candidate } from './ranking';
import { DEFAULT_PROGRAM_SIZE, rankFinding, rankOrder, selectDefault } from './ranking';
import type { SuggestionRule } from './suggestion-rules';
import { SUGGESTION_RULES, reasonText } from './suggestion-rules';

/** Above this many exercises adherence drops (clinical-reference §1e), so the UI warns gently. */
export const COMFORTABLE_PROGRAM_SIZE = DEFAULT_PROGRAM_SIZE;

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
    'Ranked from what was found: marked findings before mild ones, then those nearest the complaint, then from the feet up. The top six are shown in the order to do them (release, lengthen, activate, integrate). Treat them as a starting point: check each with movement tests and keep the ones that matter most.',
} as const;

export interface SuggestionReason {
  readonly ruleId: string;
  readonly side: ChainSide;
  /** e.g. "Right foot turned out 18° (typical adult range 5° to 13°) → release and lengthen …" */
  readonly text: string;
  readonly source: Source;
  /** The finding it was prompted by ('foot:<measure>' or 'checkpoint:<id>'). */
  readonly observationId: string;
  readonly severity: FindingSeverity;
  readonly relation: ComplaintRelation;
}

export interface SuggestedExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly phase: ExercisePhase;
  readonly illustration: string | null;
  /** The library's default dosage, for the practitioner to adjust. */
  readonly dosage: Dosage;
  /** Most pressing first (severity, then nearness to the complaint, then feet first). */
  readonly reasons: readonly SuggestionReason[];
}

export interface LeftOutExercise extends SuggestedExercise {
  /** Why it is not in the top six, in plain words. */
  readonly leftOutReason: string;
}

export interface ProgramSuggestion {
  /** The default program: at most six, covering every marked finding before any mild one. */
  readonly suggestions: readonly SuggestedExercise[];
  /** Every other suggestion, in rank order, each with why it was left out; never dropped. */
  readonly alsoSuggested: readonly LeftOutExercise[];
  /** The complaint's areas the ranking read toward, e.g. ["Centre of lower back"]; empty if none. */
  readonly complaintAreas: readonly string[];
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
  readonly findings: Finding[];
  readonly reasons: SuggestionReason[];
  verified: boolean;
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

function draftsFor(findings: readonly Finding[], target: ComplaintTarget | null): Draft[] {
  const drafts = new Map<string, Draft>();
  SUGGESTION_RULES.forEach((rule, ruleIndex) => {
    const matched = reasonsFindings(rule, findings);
    if (matched.length === 0) return;
    const all = findings.filter((finding) => rule.when(finding));
    const reasons = matched.map((finding) => ({
      ruleId: rule.id,
      side: finding.side,
      text: reasonText(rule, finding),
      source: rule.source,
      observationId: finding.observationId,
      severity: finding.severity,
      relation: relationToComplaint(finding.region, target),
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
          findings: [],
          reasons: [],
          verified: false,
          suggestion: {
            exerciseId,
            name: exercise.name,
            phase: exercise.phase,
            illustration: exercise.illustration,
            dosage: exercise.dosage,
          },
        };
        draft.rules.add(rule.id);
        draft.findings.push(...all.filter((finding) => !draft.findings.includes(finding)));
        draft.reasons.push(...reasons);
        draft.verified ||= rule.source.verified;
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

const asCandidate = (draft: Draft): Candidate => ({
  exerciseId: draft.exerciseId,
  name: draft.suggestion.name,
  firstRule: draft.firstRule,
  ruleIds: draft.rules,
  findings: draft.findings,
  verified: draft.verified,
  libraryIndex: indexOf(draft),
});

function toSuggestion(draft: Draft, findings: readonly Finding[], target: ComplaintTarget | null) {
  const rankOf = (reason: SuggestionReason) => {
    const finding = findings.find(
      (candidate) =>
        candidate.observationId === reason.observationId && candidate.side === reason.side,
    );
    return finding ? rankFinding(finding, target) : { severity: 9, relation: 9, region: 9 };
  };
  // Stable sort: reasons with the same standing keep their feet-up rule order.
  const reasons = [...draft.reasons].sort((a, b) => {
    const ra = rankOf(a);
    const rb = rankOf(b);
    return ra.severity - rb.severity || ra.relation - rb.relation || ra.region - rb.region;
  });
  return { ...draft.suggestion, reasons };
}

export function suggestProgram(
  body: AssessmentBody,
  options: FootReadingOptions = {},
): ProgramSuggestion {
  const { summary, findings } = findingsOf(body, options);
  const target = complaintTarget(body.complaint);
  const screeningNotice = summary.redFlags.status === 'incomplete' ? summary.redFlags.notice : null;
  const empty = (explanation: string, notCovered: readonly string[] = []): ProgramSuggestion => ({
    suggestions: [],
    alsoSuggested: [],
    complaintAreas: target?.areas ?? [],
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
  const drafts = draftsFor(findings, target);
  if (drafts.length === 0) return empty(SUGGESTION_EXPLANATIONS.noRuleMatches, notCovered);

  const byId = new Map(drafts.map((draft) => [draft.exerciseId, draft]));
  const ranked = drafts.map(asCandidate).sort(rankOrder(target));
  const { chosen, rest } = selectDefault(ranked, target);
  const draftOf = (candidate: Candidate) => byId.get(candidate.exerciseId) as Draft;
  return {
    suggestions: chosen
      .map(draftOf)
      .sort(continuumOrder)
      .map((draft) => toSuggestion(draft, findings, target)),
    alsoSuggested: rest.map(({ candidate, reason }) => ({
      ...toSuggestion(draftOf(candidate), findings, target),
      leftOutReason: reason,
    })),
    complaintAreas: target?.areas ?? [],
    notCovered,
    explanation: SUGGESTION_EXPLANATIONS.suggested,
    screeningNotice,
  };
}
