/**
 * Overhead squat compensations → the muscles NASM lists as probably overactive and underactive,
 * per edition (clinical-reference §1c: current Table 12-5, 7th-edition Table 6-12). They are
 * hypotheses to test. The 7th edition reads a knee moving in during a single-leg squat with the
 * same list as the overhead squat, so both screens share one signal. Compensations the reference
 * holds no table for (feet flatten, heels rise, knees move out, low back rounds, the weight shift,
 * the single-leg squat's hip, trunk and balance) bring in nothing.
 */
import type { MuscleTable } from '../clinical/muscle-patterns';
import { SOURCES } from '../clinical/sources';

type Pair = Pick<MuscleTable, 'overactive' | 'underactive'>;

const table = (
  id: string,
  name: string,
  signal: MuscleTable['triggeredBy'][number],
  current: Pair,
  older: Pair,
): MuscleTable[] => [
  {
    id,
    name,
    edition: 'current',
    triggeredBy: [signal],
    ...current,
    source: SOURCES.nasmCompensationsCurrent,
  },
  {
    id,
    name,
    edition: 'older-secondary',
    triggeredBy: [signal],
    ...older,
    source: SOURCES.nasmCompensations7th,
  },
];

export const MOVEMENT_MUSCLE_TABLES: readonly MuscleTable[] = [
  ...table(
    'squat-feet-turn-out',
    'Squat: feet turn out',
    'squat-feet-turn-out',
    {
      overactive: ['gastrocnemius', 'soleus', 'hamstrings'],
      underactive: ['tibialis anterior', 'tibialis posterior', 'gluteus maximus', 'gluteus medius'],
    },
    {
      overactive: ['soleus', 'lateral gastrocnemius', 'biceps femoris (short head)'],
      underactive: [
        'medial gastrocnemius',
        'medial hamstrings',
        'gracilis',
        'sartorius',
        'popliteus',
      ],
    },
  ),
  ...table(
    'squat-knees-in',
    'Squat: knees move in',
    'squat-knees-in',
    {
      overactive: ['tensor fasciae latae', 'adductor group'],
      underactive: ['gluteus maximus', 'gluteus medius', 'tibialis anterior', 'tibialis posterior'],
    },
    {
      overactive: [
        'adductor group',
        'biceps femoris (short head)',
        'tensor fasciae latae',
        'vastus lateralis',
      ],
      underactive: ['gluteus medius', 'gluteus maximus', 'vastus medialis oblique'],
    },
  ),
  ...table(
    'squat-forward-lean',
    'Squat: trunk leans forward too far',
    'squat-forward-lean',
    {
      overactive: [
        'hip flexors',
        'gastrocnemius',
        'soleus',
        'rectus abdominis',
        'external obliques',
      ],
      underactive: ['gluteus maximus', 'hamstrings', 'lumbar extensors'],
    },
    {
      overactive: ['soleus', 'gastrocnemius', 'hip flexors', 'abdominals'],
      underactive: ['tibialis anterior', 'gluteus maximus'],
    },
  ),
  ...table(
    'squat-low-back-arches',
    'Squat: low back arches',
    'squat-low-back-arches',
    {
      overactive: ['hip flexors', 'lumbar extensors', 'latissimus dorsi'],
      underactive: ['gluteus maximus', 'hamstrings', 'abdominals'],
    },
    {
      overactive: ['hip flexors', 'erector spinae', 'latissimus dorsi'],
      underactive: ['gluteus maximus', 'hamstrings', 'deep core stabilisers'],
    },
  ),
  ...table(
    'squat-arms-fall-forward',
    'Squat: arms fall forward',
    'squat-arms-fall-forward',
    {
      overactive: ['latissimus dorsi', 'pectoralis major', 'pectoralis minor', 'teres major'],
      underactive: [
        'middle trapezius',
        'lower trapezius',
        'rhomboids',
        'posterior deltoid',
        'parts of the rotator cuff',
      ],
    },
    {
      overactive: ['latissimus dorsi', 'teres major', 'pectoralis major', 'pectoralis minor'],
      underactive: ['middle trapezius', 'lower trapezius', 'rhomboids', 'rotator cuff'],
    },
  ),
];
