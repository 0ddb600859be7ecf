/**
 * Commonly associated overactive/underactive muscles, as published in NASM course tables. They are
 * hypotheses to test, never conclusions, and the two editions disagree — so each table is stored
 * with its edition and source, and reports name both. Muscle names are facts written in our words.
 */
import type { Source } from './sources';
import { SOURCES } from './sources';

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
] as const;
export type PostureSignal = (typeof POSTURE_SIGNALS)[number];

export type NasmEdition = 'current' | '7th' | 'older-secondary';

export const NASM_EDITION_LABELS: Record<NasmEdition, string> = {
  current: 'NASM CPT, current edition',
  '7th': 'NASM CPT, 7th edition',
  'older-secondary': 'Older NASM edition, via a secondary summary',
};

export interface MuscleTable {
  readonly id: string;
  readonly name: string;
  readonly edition: NasmEdition;
  /**
   * 'overhead-squat' tables describe a movement screen; applied to a standing finding they are a
   * weaker hypothesis and must be checked in the squat.
   */
  readonly context: 'static-posture' | 'overhead-squat';
  /** Findings that bring this table into the summary; empty = shown only from a movement screen. */
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
    context: 'static-posture',
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
    context: 'static-posture',
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
    context: 'static-posture',
    triggeredBy: ['anterior-pelvic-tilt', 'lumbar-hyperlordosis'],
    overactive: ['hip flexors', 'lumbar extensors'],
    underactive: ['gluteus maximus', 'gluteus medius', 'hamstrings', 'abdominals'],
    source: SOURCES.nasmDistortionPatternsCurrent,
  },
  {
    id: 'upper-crossed',
    name: 'Upper crossed pattern (Janda)',
    edition: 'current',
    context: 'static-posture',
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

const squat7th = (
  id: string,
  name: string,
  triggeredBy: PostureSignal[],
  overactive: string[],
  underactive: string[],
): MuscleTable => ({
  id,
  name,
  edition: '7th',
  context: 'overhead-squat',
  triggeredBy,
  overactive,
  underactive,
  source: SOURCES.nasmCompensations7th,
});

const squatCurrent = (
  id: string,
  name: string,
  triggeredBy: PostureSignal[],
  overactive: string[],
  underactive: string[],
): MuscleTable => ({
  id,
  name,
  edition: 'current',
  context: 'overhead-squat',
  triggeredBy,
  overactive,
  underactive,
  source: SOURCES.nasmCompensationsCurrent,
});

const lowBackArches: PostureSignal[] = ['anterior-pelvic-tilt', 'lumbar-hyperlordosis'];

const overheadSquat: MuscleTable[] = [
  squat7th(
    'feet-turn-out',
    'Feet turn out',
    ['feet-turn-out'],
    ['soleus', 'lateral gastrocnemius', 'biceps femoris (short head)'],
    ['medial gastrocnemius', 'medial hamstrings', 'gracilis', 'sartorius', 'popliteus'],
  ),
  squatCurrent(
    'feet-turn-out',
    'Feet turn out',
    ['feet-turn-out'],
    ['gastrocnemius', 'soleus', 'hamstrings'],
    ['tibialis anterior', 'tibialis posterior', 'gluteus maximus', 'gluteus medius'],
  ),
  squat7th(
    'knees-move-in',
    'Knees move in',
    ['knee-valgus'],
    ['adductor group', 'biceps femoris (short head)', 'tensor fasciae latae', 'vastus lateralis'],
    ['gluteus medius', 'gluteus maximus', 'vastus medialis oblique'],
  ),
  squatCurrent(
    'knees-move-in',
    'Knees move in',
    ['knee-valgus'],
    ['tensor fasciae latae', 'adductor group'],
    ['gluteus maximus', 'gluteus medius', 'tibialis anterior', 'tibialis posterior'],
  ),
  squat7th(
    'excessive-forward-lean',
    'Excessive forward lean',
    [],
    ['soleus', 'gastrocnemius', 'hip flexors', 'abdominal group'],
    ['tibialis anterior', 'gluteus maximus'],
  ),
  squatCurrent(
    'excessive-forward-lean',
    'Excessive forward lean',
    [],
    ['hip flexors', 'gastrocnemius', 'soleus', 'rectus abdominis', 'external obliques'],
    ['gluteus maximus', 'hamstrings', 'lumbar extensors'],
  ),
  squat7th(
    'low-back-arches',
    'Low back arches',
    lowBackArches,
    ['hip flexors', 'erector spinae', 'latissimus dorsi'],
    ['gluteus maximus', 'hamstrings', 'deep core stabilisers'],
  ),
  squatCurrent(
    'low-back-arches',
    'Low back arches',
    lowBackArches,
    ['hip flexors', 'lumbar extensors', 'latissimus dorsi'],
    ['gluteus maximus', 'hamstrings', 'abdominals'],
  ),
  squat7th(
    'arms-fall-forward',
    'Arms fall forward',
    [],
    ['latissimus dorsi', 'teres major', 'pectoralis major', 'pectoralis minor'],
    ['middle trapezius', 'lower trapezius', 'rhomboids', 'rotator cuff'],
  ),
  squatCurrent(
    'arms-fall-forward',
    'Arms fall forward',
    [],
    ['latissimus dorsi', 'pectoralis major', 'pectoralis minor', 'teres major'],
    [
      'middle trapezius',
      'lower trapezius',
      'rhomboids',
      'posterior deltoid',
      'parts of the rotator cuff',
    ],
  ),
];

/**
 * All muscle tables. Static distortion patterns: SOURCES.nasmDistortionPatternsCurrent and
 * SOURCES.nasmPronationDistortionOlder; overhead-squat compensations: SOURCES.nasmCompensations7th
 * and SOURCES.nasmCompensationsCurrent.
 */
export const MUSCLE_TABLES: readonly MuscleTable[] = [
  ...pronationDistortion,
  ...crossedPatterns,
  ...overheadSquat,
];

/** Tables a set of signals brings in, static patterns first, in table order. */
export function muscleTablesFor(signals: ReadonlySet<PostureSignal>): MuscleTable[] {
  const matching = MUSCLE_TABLES.filter((table) =>
    table.triggeredBy.some((signal) => signals.has(signal)),
  );
  return [
    ...matching.filter((table) => table.context === 'static-posture'),
    ...matching.filter((table) => table.context === 'overhead-squat'),
  ];
}
