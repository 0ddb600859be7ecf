/**
 * Foot and ankle examination, each side: categorical options and the bands for the measured
 * values. Sign conventions are in the field names: foot progression positive = toe-out, RCSP
 * positive = everted.
 */
import type { BandSet } from './bands';
import { above, atLeast, atMost, below, roundTo } from './bands';
import type { Source } from './sources';
import { SOURCES } from './sources';

export type Side = 'left' | 'right';

export const ARCH_TYPES = ['high', 'neutral', 'low'] as const;
export type ArchType = (typeof ARCH_TYPES)[number];
export const ARCH_LABELS: Record<ArchType, string> = {
  high: 'High arch',
  neutral: 'Neutral arch',
  low: 'Low arch',
};

/** Manchester scale, four grades (Garrow 2001; SOURCES.manchesterScale). */
export const HALLUX_VALGUS_GRADES = ['none', 'mild', 'moderate', 'severe'] as const;
export type HalluxValgusGrade = (typeof HALLUX_VALGUS_GRADES)[number];
export const HALLUX_VALGUS_LABELS: Record<HalluxValgusGrade, string> = {
  none: 'No bunion deformity',
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

export const CALLUS_SITES = [
  'hallux',
  'first-metatarsal-head',
  'central-metatarsal-heads',
  'fifth-metatarsal-head',
  'lateral-border',
  'heel',
  'toes',
] as const;
export type CallusSite = (typeof CALLUS_SITES)[number];
export const CALLUS_SITE_LABELS: Record<CallusSite, string> = {
  hallux: 'Big toe',
  'first-metatarsal-head': 'Under the big-toe joint',
  'central-metatarsal-heads': 'Under the middle of the ball of the foot',
  'fifth-metatarsal-head': 'Under the little-toe joint',
  'lateral-border': 'Outer edge of the foot',
  heel: 'Heel',
  toes: 'Lesser toes',
};

export const ORTHOTIC_TYPES = ['none', 'prefabricated', 'custom'] as const;

/** Helbing's sign is recorded yes/no, never scored (SOURCES.helbingSign). */
export const HELBING_NOTE =
  'Helbing’s sign has limited clinical value on its own; it was dropped from the FPI for poor validity.';

export type FootProgressionCategory =
  'toe-in' | 'reduced-toe-out' | 'typical' | 'increased-toe-out';

/**
 * Adult foot progression (degrees, + toe-out): typical 5–13° (secondary source,
 * SOURCES.footProgressionAdultRange); the primary 1932 study found a mean of 7.5° with most feet
 * 5–10° (SOURCES.footProgressionAdults). The wider range is used so ordinary feet are not flagged.
 */
export const FOOT_PROGRESSION_ADULT_BANDS: BandSet<FootProgressionCategory> = {
  id: 'foot-progression-adult',
  measure: 'Foot progression angle',
  unit: 'deg',
  source: SOURCES.footProgressionAdultRange,
  verified: true,
  typicalRangeName: 'typical adult range',
  note: 'Primary data: adult mean about 7.5° toe-out, most feet 5–10° (JBJS 1932).',
  bands: [
    { category: 'toe-in', label: 'Points inward', lower: null, upper: below(0), isFinding: true },
    {
      category: 'reduced-toe-out',
      label: 'Less toe-out than typical',
      lower: atLeast(0),
      upper: below(5),
      isFinding: true,
    },
    {
      category: 'typical',
      label: 'Typical toe-out',
      lower: atLeast(5),
      upper: atMost(13),
      isFinding: false,
    },
    {
      category: 'increased-toe-out',
      label: 'More toe-out than typical',
      lower: above(13),
      upper: null,
      isFinding: true,
    },
  ],
};

/** Children 4–16 y: ±2 SD from −8° to +16.4° (SOURCES.footProgressionChildren). */
export const FOOT_PROGRESSION_CHILD_BANDS: BandSet<FootProgressionCategory> = {
  id: 'foot-progression-child',
  measure: 'Foot progression angle (age 4–16)',
  unit: 'deg',
  source: SOURCES.footProgressionChildren,
  verified: true,
  typicalRangeName: 'typical range for age',
  note: 'In-toeing largely resolves between 6 and 9 years.',
  bands: [
    {
      category: 'toe-in',
      label: 'More in-toeing than typical for age',
      lower: null,
      upper: below(-8),
      isFinding: true,
    },
    {
      category: 'typical',
      label: 'Typical for age',
      lower: atLeast(-8),
      upper: atMost(16.4),
      isFinding: false,
    },
    {
      category: 'increased-toe-out',
      label: 'More toe-out than typical for age',
      lower: above(16.4),
      upper: null,
      isFinding: true,
    },
  ],
};

export const CHILD_FOOT_PROGRESSION_AGE = { min: 4, max: 16 } as const;

/** Picks the children's bands for ages 4–16 and the adult bands otherwise (or when age is unknown). */
export function footProgressionBandsFor(ageYears: number | null): BandSet<FootProgressionCategory> {
  const isChild =
    ageYears !== null &&
    ageYears >= CHILD_FOOT_PROGRESSION_AGE.min &&
    ageYears <= CHILD_FOOT_PROGRESSION_AGE.max;
  return isChild ? FOOT_PROGRESSION_CHILD_BANDS : FOOT_PROGRESSION_ADULT_BANDS;
}

export type NavicularDropCategory = 'not-excessive' | 'excessive';

/**
 * Navicular drop: more than 10 mm = excessive pronation (SOURCES.navicularDropCutoff). The
 * speculative "<5 mm = rigid" idea has no established criterion and is left out.
 */
export const NAVICULAR_DROP_BANDS: BandSet<NavicularDropCategory> = {
  id: 'navicular-drop',
  measure: 'Navicular drop',
  unit: 'mm',
  source: SOURCES.navicularDropCutoff,
  verified: true,
  typicalRangeName: 'usual range',
  note: 'Navicular drop repeats poorly (test–retest kappa 0.40); prefer the FPI-6.',
  bands: [
    {
      category: 'not-excessive',
      label: 'Not excessive',
      lower: atLeast(0),
      upper: atMost(10),
      isFinding: false,
    },
    {
      category: 'excessive',
      label: 'Excessive',
      lower: above(10),
      upper: null,
      isFinding: true,
    },
  ],
};

export type RcspCategory = 'inverted' | 'rectus' | 'everted';

/**
 * Resting calcaneal stance position (degrees, + everted): rectus = within 2° of vertical
 * (SOURCES.rcspRectus). Healthy adults average about 6° everted (SOURCES.rcspNorms), so "everted"
 * describes the heel; it is not a fault by itself.
 */
export const RCSP_BANDS: BandSet<RcspCategory> = {
  id: 'rcsp',
  measure: 'Resting calcaneal stance position',
  unit: 'deg',
  source: SOURCES.rcspRectus,
  verified: true,
  typicalRangeName: 'near-vertical range',
  note: 'Healthy adults average about 6° everted (Sobel 1999), so eversion alone is common.',
  bands: [
    {
      category: 'inverted',
      label: 'Tilted in',
      lower: null,
      upper: below(-2),
      isFinding: true,
    },
    {
      category: 'rectus',
      label: 'Near vertical',
      lower: atLeast(-2),
      upper: atMost(2),
      isFinding: false,
    },
    {
      category: 'everted',
      label: 'Tilted out',
      lower: above(2),
      upper: null,
      isFinding: true,
      note: 'Healthy adults average about 6° everted, so a tilted-out heel alone is common.',
    },
  ],
};

export type FirstMtpCategory = 'rigidus-range' | 'limited' | 'adequate';

/**
 * First MTP dorsiflexion: about 65° is needed for normal gait, below that = hallux limitus
 * (SOURCES.firstMtpDorsiflexion); 10° or less suggests hallux rigidus (SOURCES.halluxRigidus).
 */
export const FIRST_MTP_BANDS: BandSet<FirstMtpCategory> = {
  id: 'first-mtp-dorsiflexion',
  measure: 'Big-toe joint upward bend',
  unit: 'deg',
  source: SOURCES.firstMtpDorsiflexion,
  verified: true,
  typicalRangeName: 'range needed for normal walking',
  note: 'The 10° rigidus edge is a suggestion (Stuck 1988), not a firm criterion.',
  bands: [
    {
      category: 'rigidus-range',
      label: 'Very stiff',
      lower: atLeast(0),
      upper: atMost(10),
      isFinding: true,
    },
    {
      category: 'limited',
      label: 'Limited',
      lower: above(10),
      upper: below(65),
      isFinding: true,
    },
    {
      category: 'adequate',
      label: 'Enough for normal walking',
      lower: atLeast(65),
      upper: null,
      isFinding: false,
    },
  ],
};

export type LungeRater = 'same-rater' | 'different-rater';

/**
 * Knee-to-wall minimal detectable change in cm: 1.9 (same rater), 1.6 (different raters) in
 * healthy adults (SOURCES.lungeMdcHealthy). No validated cm cut-off for "restricted" exists in
 * general adults, so the lunge is reported as a value, a change and a side difference only.
 */
export const LUNGE_MDC_CM: Record<LungeRater, { readonly cm: number; readonly source: Source }> = {
  'same-rater': { cm: 1.9, source: SOURCES.lungeMdcHealthy },
  'different-rater': { cm: 1.6, source: SOURCES.lungeMdcHealthy },
};

export interface LungeChange {
  readonly changeCm: number;
  readonly mdcCm: number;
  /** True when the change is at least the MDC, i.e. larger than measurement error. */
  readonly isBeyondMeasurementError: boolean;
  readonly source: Source;
}

/**
 * Change in knee-to-wall distance between two visits, compared with the MDC. Only its tests use
 * it yet; kept for issue #13 (each measure's change against its smallest detectable change).
 */
export function assessLungeChange(
  baselineCm: number,
  followUpCm: number,
  rater: LungeRater,
): LungeChange {
  const { cm: mdcCm, source } = LUNGE_MDC_CM[rater];
  const changeCm = roundTo(followUpCm - baselineCm, 2);
  return { changeCm, mdcCm, isBeyondMeasurementError: Math.abs(changeCm) >= mdcCm, source };
}
