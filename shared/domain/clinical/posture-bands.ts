/** Bands for the few posture measurements that have a sourced threshold. */
import type { BandSet } from './bands';
import { atLeast, below } from './bands';
import { SOURCES } from './sources';

/** Craniovertebral angle below 50° is treated as forward head (SOURCES.craniovertebralAngle). */
export const CRANIOVERTEBRAL_ANGLE_BANDS: BandSet<'forward-head' | 'typical'> = {
  id: 'craniovertebral-angle',
  measure: 'Craniovertebral angle',
  unit: 'deg',
  source: SOURCES.craniovertebralAngle,
  verified: true,
  typicalRangeName: 'typical range',
  note: 'Neck pain group 43.9 ± 3.6° vs controls 50.6 ± 2.1° (Lau 2009).',
  bands: [
    {
      category: 'forward-head',
      label: 'Head forward',
      lower: null,
      upper: below(50),
      isFinding: true,
    },
    {
      category: 'typical',
      label: 'Typical',
      lower: atLeast(50),
      upper: null,
      isFinding: false,
    },
  ],
};

/** About 1.2° of lateral pelvic tilt should prompt a leg-length check (SOURCES.pelvicObliquity). */
export const PELVIC_OBLIQUITY_BANDS: BandSet<'level' | 'check-leg-length'> = {
  id: 'pelvic-obliquity',
  measure: 'Pelvic tilt to one side',
  unit: 'deg',
  source: SOURCES.pelvicObliquity,
  verified: true,
  typicalRangeName: 'level range',
  note: 'A prompt to measure leg length, not a diagnosis; photo angles carry measurement error.',
  bands: [
    {
      category: 'level',
      label: 'Level',
      lower: atLeast(0),
      upper: below(1.2),
      isFinding: false,
    },
    {
      category: 'check-leg-length',
      label: 'Consider a leg-length check',
      lower: atLeast(1.2),
      upper: null,
      isFinding: true,
    },
  ],
};
