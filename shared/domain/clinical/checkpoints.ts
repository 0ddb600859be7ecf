/**
 * Vocabulary for the static postural checkpoints: views, regions (ordered from the feet up),
 * side-ness, severity grades and deviation directions. The catalogue itself is in
 * checkpoint-catalogue.ts.
 */
import type { BandSet } from './bands';
import type { PostureSignal } from './muscle-patterns';
import type { Source } from './sources';

/** The four photo/observation views; lateral views are named by the client's side facing the camera. */
export const VIEWS = ['anterior', 'lateral-left', 'lateral-right', 'posterior'] as const;
export type View = (typeof VIEWS)[number];
export type ViewGroup = 'anterior' | 'lateral' | 'posterior';

export const VIEW_LABELS: Record<View, string> = {
  anterior: 'Front',
  'lateral-left': 'Left side',
  'lateral-right': 'Right side',
  posterior: 'Back',
};

/** Regions in the order the kinetic chain is read: from the feet up (SOURCES.nasmCheckpoints). */
export const REGIONS_FEET_UP = [
  'feet-ankles',
  'knees',
  'lumbo-pelvic-hip',
  'lumbar-spine',
  'thoracic-spine',
  'shoulders-scapulae',
  'head-neck',
] as const;
export type Region = (typeof REGIONS_FEET_UP)[number];

export const REGION_LABELS: Record<Region, string> = {
  'feet-ankles': 'Feet and ankles',
  knees: 'Knees',
  'lumbo-pelvic-hip': 'Pelvis and hips',
  'lumbar-spine': 'Lower back',
  'thoracic-spine': 'Upper back',
  'shoulders-scapulae': 'Shoulders and shoulder blades',
  'head-neck': 'Head and neck',
};

/** 'left-and-right' checkpoints are recorded once per side; 'midline' ones once for the body. */
export type Sideness = 'left-and-right' | 'midline';

export const SEVERITIES = ['none', 'mild', 'marked'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  none: 'Not seen',
  mild: 'Mild',
  marked: 'Marked',
};

/** Every deviation id any checkpoint uses; 'present' is for checkpoints that look for one thing. */
export const DEVIATIONS = [
  'present',
  'turned-out',
  'turned-in',
  'valgus',
  'varus',
  'hyperextended',
  'flexed',
  'inward',
  'outward',
  'leaning-forward',
  'leaning-back',
  'left-high',
  'right-high',
  'rotated-left',
  'rotated-right',
  'anterior',
  'posterior',
  'shifted-forward',
  'shifted-back',
  'increased',
  'flattened',
  'everted',
  'inverted',
  'more-on-left',
  'more-on-right',
  'convex-left',
  'convex-right',
  'toward-left',
  'toward-right',
] as const;
export type DeviationId = (typeof DEVIATIONS)[number];

export interface Deviation {
  readonly id: DeviationId;
  /** Short phrase that completes "Right knee: …", in our own words. */
  readonly label: string;
  /** What this deviation suggests for the kinetic-chain summary, if anything. */
  readonly signal?: PostureSignal;
}

export interface CheckpointMeasurement {
  readonly unit: 'deg';
  readonly label: string;
  /** Input limits only (typo guards), not clinical thresholds. */
  readonly min: number;
  readonly max: number;
  /** null when no accepted threshold exists; the value is then reported without a judgement. */
  readonly bands: BandSet | null;
  readonly note?: string;
}

export interface Checkpoint {
  readonly id: string;
  readonly view: ViewGroup;
  readonly region: Region;
  readonly sideness: Sideness;
  /** Body part as it reads in a sentence: "Right knee", "Pelvis". */
  readonly part: string;
  /** Plural for "Both knees"; only for left-and-right checkpoints. */
  readonly partPlural?: string;
  readonly label: string;
  readonly help: string;
  /** One entry = a single thing to look for; several = the direction must be chosen when seen. */
  readonly deviations: readonly Deviation[];
  readonly measurement?: CheckpointMeasurement;
  readonly source: Source;
}

export interface GradingOption {
  readonly severity: Severity;
  readonly deviation: DeviationId | null;
  readonly label: string;
}

/** The choices a form offers for one checkpoint: "not seen", then mild/marked for each deviation. */
export function gradingOptions(checkpoint: Checkpoint): GradingOption[] {
  const options: GradingOption[] = [
    { severity: 'none', deviation: null, label: SEVERITY_LABELS.none },
  ];
  for (const deviation of checkpoint.deviations) {
    for (const severity of ['mild', 'marked'] as const) {
      const label =
        checkpoint.deviations.length === 1
          ? SEVERITY_LABELS[severity]
          : `${SEVERITY_LABELS[severity]}: ${deviation.label}`;
      options.push({ severity, deviation: deviation.id, label });
    }
  }
  return options;
}
