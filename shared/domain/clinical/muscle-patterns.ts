/**
 * Commonly associated overactive/underactive muscles, as published in NASM course tables for a
 * standing posture. They are hypotheses to test, never conclusions. The current edition leads; an
 * older edition's list is kept beside it, with its own source, because the two disagree. The
 * overhead squat's tables live with the movement screens and are brought in only by what was seen
 * in a squat: a standing finding does not show what a squat would. Muscle names are facts in our
 * words.
 */
import type { Source } from './sources';
import { SOURCES } from './sources';
import { MOVEMENT_MUSCLE_TABLES } from '../movement/muscle-tables';

/** What a finding suggests, in the vocabulary the muscle tables are keyed by. */
export const POSTURE_SIGNALS = [
  'pronation',
  'supination',
  'feet-turn-out',
  'feet-turn-in',
  'knee-valgus',
  'anterior-pelvic-tilt',
  'lumbar-hyperlordosis',
  'thoracic-kyphosis',
  'rounded-shoulders',
  'forward-head',
  // Seen in the overhead or single-leg squat (shared/domain/movement), read by their own tables.
  'squat-feet-turn-out',
  'squat-knees-in',
  'squat-forward-lean',
  'squat-low-back-arches',
  'squat-arms-fall-forward',
  // A follow-up squat that got better with the heels raised, or with the hands on the hips.
  'squat-better-heels-raised',
  'squat-better-hands-on-hips',
] as const;
export type PostureSignal = (typeof POSTURE_SIGNALS)[number];

export type NasmEdition = 'current' | 'older-secondary';

export const NASM_EDITION_LABELS: Record<NasmEdition, string> = {
  current: 'NASM CPT, current edition',
  'older-secondary': 'Older NASM edition, via a secondary summary',
};

export interface MuscleTable {
  readonly id: string;
  readonly name: string;
  readonly edition: NasmEdition;
  /** Findings that bring this table into the summary. */
  readonly triggeredBy: readonly PostureSignal[];
  /** Findings that belong to the pattern and are listed with it, but never bring it in alone. */
  readonly supportedBy?: readonly PostureSignal[];
  readonly overactive: readonly string[];
  readonly underactive: readonly string[];
  readonly source: Source;
}

const pronationDistortion: MuscleTable[] = [
  {
    id: 'pronation-distortion',
    name: 'Pronation (pes planus) distortion pattern',
    edition: 'current',
    triggeredBy: ['pronation'],
    supportedBy: ['knee-valgus'],
    overactive: ['gastrocnemius', 'soleus', 'adductor group', 'hip flexors'],
    underactive: ['tibialis anterior', 'tibialis posterior', 'gluteus maximus', 'gluteus medius'],
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'pronation-distortion',
    name: 'Pronation distortion pattern',
    edition: 'older-secondary',
    triggeredBy: ['pronation'],
    supportedBy: ['knee-valgus'],
    overactive: [
      'gastrocnemius',
      'soleus',
      'peroneals',
      'adductors',
      'iliotibial band',
      'hip flexors',
      'biceps femoris',
    ],
    underactive: [
      'tibialis anterior',
      'tibialis posterior',
      'vastus medialis oblique',
      'gluteus medius',
      'gluteus maximus',
      'hip external rotators',
    ],
    source: SOURCES.nasmPronationDistortionOlder,
  },
];

const crossedPatterns: MuscleTable[] = [
  {
    id: 'lower-crossed',
    name: 'Lower crossed pattern (Janda)',
    edition: 'current',
    triggeredBy: ['anterior-pelvic-tilt', 'lumbar-hyperlordosis'],
    overactive: ['hip flexors', 'lumbar extensors'],
    underactive: ['gluteus maximus', 'gluteus medius', 'hamstrings', 'abdominals'],
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'upper-crossed',
    name: 'Upper crossed pattern (Janda)',
    edition: 'current',
    triggeredBy: ['thoracic-kyphosis', 'rounded-shoulders', 'forward-head'],
    overactive: [
      'pectoralis major',
      'pectoralis minor',
      'levator scapulae',
      'sternocleidomastoid',
      'upper trapezius',
    ],
    underactive: ['middle trapezius', 'lower trapezius', 'rhomboids', 'deep neck flexors'],
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
];

/**
 * All muscle tables: SOURCES.nasmDistortionPatternsCurrent, the older pronation list from
 * SOURCES.nasmPronationDistortionOlder, and the overhead squat's from
 * SOURCES.nasmCompensationsCurrent with SOURCES.nasmCompensations7th beside them.
 */
export const MUSCLE_TABLES: readonly MuscleTable[] = [
  ...pronationDistortion,
  ...crossedPatterns,
  ...MOVEMENT_MUSCLE_TABLES,
];

/** Current-edition tables a set of signals brings in, in table order. */
export function muscleTablesFor(signals: ReadonlySet<PostureSignal>): MuscleTable[] {
  return MUSCLE_TABLES.filter(
    (table) =>
      table.edition === 'current' && table.triggeredBy.some((signal) => signals.has(signal)),
  );
}

/** The older edition's list for the same pattern, or null when only the current one is held. */
export function olderEditionOf(table: MuscleTable): MuscleTable | null {
  return (
    MUSCLE_TABLES.find((other) => other.id === table.id && other.edition !== table.edition) ?? null
  );
}
