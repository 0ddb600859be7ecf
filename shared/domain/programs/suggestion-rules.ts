/**
 * Suggestion rules as data: which finding prompts which built-in exercises, phase by phase, the
 * plain-words reason shown beside each suggestion, and the source of the muscle association.
 * Rules are listed from the feet up, so their order is also the order suggestions are read in.
 * Muscle lists follow the corrective exercise continuum: release and lengthen what the tables
 * call overactive, activate and integrate what they call underactive (clinical-reference §1c).
 */
import type { CheckpointId, FootMeasureId, PostureSignal, Source } from '../clinical';
import { SOURCES } from '../clinical';
import type { ExercisePhase } from '../exercises';
import type { Finding } from './findings';
import { ANKLE_BENDS_LESS } from './findings';

export interface SuggestionRule {
  readonly id: string;
  /** What the rule looks for, in plain words. */
  readonly lookFor: string;
  readonly when: (finding: Finding) => boolean;
  /** Built-in exercise ids per phase; ids are permanent, so they are checked by a unit test. */
  readonly exercises: Readonly<Partial<Record<ExercisePhase, readonly string[]>>>;
  /** `{seen}` becomes what was seen, starting with the side: "Right foot turned out 18° (…)". */
  readonly reason: string;
  /** Where the link between the finding and the muscles worked comes from. */
  readonly source: Source;
}

/** A foot measure landing in one of the named bands (or options). */
const measured =
  (measure: FootMeasureId, ...categories: string[]) =>
  (finding: Finding): boolean =>
    finding.observationId === `foot:${measure}` &&
    finding.category !== null &&
    categories.includes(finding.category);

/** A posture checkpoint graded (or measured) with this signal, optionally only the named ones. */
const checkpoint =
  (signal: PostureSignal, ...checkpointIds: CheckpointId[]) =>
  (finding: Finding): boolean =>
    finding.observationId.startsWith('checkpoint:') &&
    finding.signals.includes(signal) &&
    (checkpointIds.length === 0 ||
      checkpointIds.some((id) => finding.observationId === `checkpoint:${id}`));

/** A compensation seen in a movement screen (or a follow-up that helped) with this signal. */
const moved =
  (signal: PostureSignal) =>
  (finding: Finding): boolean =>
    finding.observationId.startsWith('movement:') && finding.signals.includes(signal);

const anyOf =
  (...predicates: ((finding: Finding) => boolean)[]) =>
  (finding: Finding): boolean =>
    predicates.some((predicate) => predicate(finding));

/**
 * The reference has no muscle table for supinated feet (CAVEATS.noTableForSupination), so this
 * rule is marked unconfirmed: its mobility and balance choices need a clinician's review.
 */
const noSupinationTable: Source = {
  citation:
    'NOT IN REFERENCE: no muscle table exists for supinated feet; these mobility and balance choices need clinical review',
  url: '',
  verified: false,
};

export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  {
    id: 'pronated-foot',
    lookFor: 'A foot in the pronated FPI-6 band, or a heel graded as tilting outward',
    when: anyOf(
      measured('fpi6', 'pronated', 'highly-pronated'),
      checkpoint('pronation', 'posterior.heel.position'),
    ),
    // Short-foot belongs to the pronated foot itself, whether or not the arch was also entered as low.
    exercises: {
      release: ['calf-foam-roll'],
      lengthen: ['calf-wall-stretch'],
      activate: ['heel-raise-ball-squeeze', 'short-foot'],
      integrate: ['single-leg-balance'],
    },
    reason:
      '{seen} → release and lengthen the calf, strengthen tibialis posterior and the arch, then practise single-leg balance',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'low-arch',
    lookFor: 'A low arch, or an inner arch graded as flattening',
    when: anyOf(measured('arch', 'low'), checkpoint('pronation', 'anterior.foot.arch-collapse')),
    exercises: { activate: ['short-foot'], integrate: ['single-leg-balance'] },
    reason:
      '{seen} → strengthen the muscles that hold the arch up, then practise single-leg balance',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'supinated-foot',
    lookFor: 'A foot in a supinated FPI-6 band, a high arch, or a heel tilted inward',
    when: anyOf(
      measured('fpi6', 'supinated', 'highly-supinated'),
      measured('arch', 'high'),
      measured('rcsp', 'inverted'),
      checkpoint('supination'),
    ),
    exercises: {
      release: ['plantar-fascia-ball-roll'],
      lengthen: ['calf-wall-stretch', 'ankle-alphabet'],
      integrate: ['single-leg-balance'],
    },
    reason:
      '{seen} → keep the sole, calf and ankle supple and train balance (no muscle pattern is published for this foot type)',
    source: noSupinationTable,
  },
  {
    id: 'toe-out',
    lookFor:
      'A foot turned out beyond the typical range, measured or graded, standing or squatting',
    when: anyOf(
      measured('footProgression', 'increased-toe-out'),
      checkpoint('feet-turn-out'),
      moved('squat-feet-turn-out'),
    ),
    exercises: {
      release: ['calf-foam-roll'],
      lengthen: ['calf-wall-stretch'],
      activate: ['heel-raise-ball-squeeze'],
    },
    reason: '{seen} → release and lengthen the calf muscles, strengthen tibialis posterior',
    source: SOURCES.nasmCompensationsCurrent,
  },
  {
    id: 'ankle-bends-less',
    lookFor:
      'A knee-to-wall lunge shorter on one side by more than measurement error, or a squat that improved with the heels raised',
    when: anyOf(measured('kneeToWall', ANKLE_BENDS_LESS), moved('squat-better-heels-raised')),
    exercises: {
      release: ['calf-foam-roll'],
      lengthen: ['soleus-wall-stretch', 'knee-to-wall-ankle-mobility'],
    },
    reason: '{seen} → loosen the calf and soleus and practise the knee-to-wall movement',
    source: SOURCES.lungeMdcPatients,
  },
  {
    id: 'big-toe-limited',
    lookFor: 'A big toe that bends up less than walking needs (but is not very stiff)',
    when: measured('firstMtp', 'limited'),
    exercises: {
      release: ['plantar-fascia-ball-roll'],
      lengthen: ['big-toe-extension-mobility'],
      activate: ['toe-yoga'],
    },
    reason:
      '{seen} → ease the sole of the foot, bend the big toe back gently, practise toe control',
    source: SOURCES.firstMtpDorsiflexion,
  },
  {
    id: 'knee-valgus',
    lookFor: 'A knee graded as drifting inward, standing, or moving in during a squat',
    when: anyOf(checkpoint('knee-valgus'), moved('squat-knees-in')),
    exercises: {
      release: ['tfl-foam-roll'],
      lengthen: ['adductor-side-lunge-stretch'],
      activate: ['clamshell'],
      integrate: ['step-up'],
    },
    reason:
      '{seen} → release the outer hip, lengthen the inner thigh, strengthen the side of the hip, then practise knee control',
    source: SOURCES.nasmCompensationsCurrent,
  },
  {
    id: 'lower-crossed',
    lookFor: 'A pelvis tipped forward or a deeper low-back curve, standing or squatting',
    when: anyOf(
      checkpoint('anterior-pelvic-tilt'),
      checkpoint('lumbar-hyperlordosis'),
      moved('squat-low-back-arches'),
    ),
    exercises: {
      release: ['quadriceps-foam-roll'],
      lengthen: ['kneeling-hip-flexor-stretch'],
      activate: ['glute-bridge', 'dead-bug'],
    },
    reason:
      '{seen} → release and lengthen the hip flexors, strengthen the buttocks and deep stomach muscles',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'squat-forward-lean',
    lookFor: 'The trunk leaning forward too far in the overhead squat',
    when: moved('squat-forward-lean'),
    exercises: {
      release: ['calf-foam-roll'],
      lengthen: ['kneeling-hip-flexor-stretch', 'calf-wall-stretch'],
      activate: ['glute-bridge'],
      integrate: ['ball-wall-squat'],
    },
    reason:
      '{seen} → release the calves, lengthen the hip flexors and calves, strengthen the buttocks, then practise the squat with support',
    source: SOURCES.nasmCompensationsCurrent,
  },
  {
    id: 'thoracic-kyphosis',
    lookFor: 'A rounder upper back',
    when: checkpoint('thoracic-kyphosis'),
    exercises: {
      release: ['thoracic-foam-roll'],
      lengthen: ['thoracic-extension-roller'],
      activate: ['prone-y-t-w'],
    },
    reason:
      '{seen} → free the upper back into extension, strengthen the middle and lower trapezius',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'rounded-shoulders',
    lookFor: 'A shoulder rounded forward or a shoulder blade drawn forward',
    when: checkpoint('rounded-shoulders'),
    exercises: {
      release: ['pec-ball-release'],
      lengthen: ['pec-doorway-stretch'],
      activate: ['band-pull-apart'],
    },
    reason:
      '{seen} → release and lengthen the chest, strengthen the muscles between the shoulder blades',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'squat-arms-fall-forward',
    lookFor:
      'The arms falling forward in the overhead squat, or a squat that improved with the hands on the hips',
    when: anyOf(moved('squat-arms-fall-forward'), moved('squat-better-hands-on-hips')),
    exercises: {
      release: ['lat-foam-roll'],
      lengthen: ['kneeling-lat-stretch', 'pec-doorway-stretch'],
      activate: ['prone-y-t-w'],
    },
    reason:
      '{seen} → release and lengthen the broad back muscle and the chest, strengthen the middle and lower trapezius',
    source: SOURCES.nasmCompensationsCurrent,
  },
  {
    id: 'forward-head',
    lookFor: 'A head forward of the shoulders, graded or by craniovertebral angle',
    when: checkpoint('forward-head'),
    exercises: {
      release: ['upper-trap-ball-release'],
      lengthen: ['levator-scapulae-stretch'],
      activate: ['chin-tuck'],
    },
    reason:
      '{seen} → ease the upper shoulder and side of the neck, strengthen the deep neck flexors',
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
];

/** The reason shown for one finding. */
export function reasonText(rule: SuggestionRule, finding: Finding): string {
  return rule.reason.replace('{seen}', finding.seen);
}
