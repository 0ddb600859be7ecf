/**
 * Pain: the 0–10 numeric rating (NPRS) with its bands, and the body-chart regions.
 * 0 = no pain, 10 = worst imaginable; use the same anchors every time (SOURCES.nprsBands).
 */
import type { Band, BandSet } from './bands';
import { atLeast, atMost, classify } from './bands';
import { SOURCES } from './sources';

export const NPRS_MIN = 0;
export const NPRS_MAX = 10;

export type NprsCategory = 'none' | 'mild' | 'moderate' | 'severe';

const nprsBandSet = (
  id: string,
  source: BandSet['source'],
  mildMax: number,
  moderateMax: number,
): BandSet<NprsCategory> => ({
  id,
  measure: 'Pain (0–10)',
  unit: 'points',
  source,
  verified: true,
  typicalRangeName: 'no-pain score',
  bands: [
    { category: 'none', label: 'No pain', lower: atLeast(0), upper: atMost(0), isFinding: false },
    { category: 'mild', label: 'Mild', lower: atLeast(1), upper: atMost(mildMax), isFinding: true },
    {
      category: 'moderate',
      label: 'Moderate',
      lower: atLeast(mildMax + 1),
      upper: atMost(moderateMax),
      isFinding: true,
    },
    {
      category: 'severe',
      label: 'Severe',
      lower: atLeast(moderateMax + 1),
      upper: atMost(10),
      isFinding: true,
    },
  ],
});

/** Default: mild 1–3, moderate 4–6, severe 7–10 (SOURCES.nprsBands). */
export const NPRS_BANDS = nprsBandSet('nprs', SOURCES.nprsBands, 3, 6);

/**
 * Alternative cut-points: community adults 1–4 / 5–6 / 7–10 (SOURCES.nprsBandsCommunity); chronic
 * musculoskeletal pain ≤5 / 6–7 / ≥8 (SOURCES.nprsBandsChronicMsk). In both, 0 is kept apart as
 * "no pain", as in the default set. Only their tests use them yet; kept as data for issue #12
 * (severity first, every number with its source).
 */
export const NPRS_BANDS_COMMUNITY = nprsBandSet('nprs-community', SOURCES.nprsBandsCommunity, 4, 6);
export const NPRS_BANDS_CHRONIC_MSK = nprsBandSet(
  'nprs-chronic-msk',
  SOURCES.nprsBandsChronicMsk,
  5,
  7,
);

export function classifyNprs(
  score: number,
  bands: BandSet<NprsCategory> = NPRS_BANDS,
): Band<NprsCategory> {
  if (!Number.isInteger(score) || score < NPRS_MIN || score > NPRS_MAX) {
    throw new RangeError('Pain is rated as a whole number from 0 to 10.');
  }
  const band = classify(bands, score);
  if (band === null) throw new RangeError('Pain is rated as a whole number from 0 to 10.');
  return band;
}

export type BodyChartView = 'front' | 'back';
export type BodySide = 'left' | 'right' | 'midline';

export interface BodyChartRegion {
  readonly id: string;
  readonly view: BodyChartView;
  readonly side: BodySide;
  readonly label: string;
}

const midline = (view: BodyChartView, part: string, label: string): BodyChartRegion => ({
  id: `${view}.${part}`,
  view,
  side: 'midline',
  label,
});

const paired = (view: BodyChartView, part: string, label: string): BodyChartRegion[] =>
  (['left', 'right'] as const).map((side) => ({
    id: `${view}.${part}.${side}`,
    view,
    side,
    label: `${side === 'left' ? 'Left' : 'Right'} ${label}`,
  }));

/** Regions for a front/back body chart; sides are the client's own left and right. */
export const BODY_CHART_REGIONS: readonly BodyChartRegion[] = [
  midline('front', 'head', 'Head and face'),
  midline('front', 'neck', 'Front of neck'),
  midline('front', 'chest', 'Chest'),
  midline('front', 'abdomen', 'Abdomen'),
  ...paired('front', 'shoulder', 'shoulder (front)'),
  ...paired('front', 'arm', 'arm'),
  ...paired('front', 'hand', 'wrist and hand'),
  ...paired('front', 'groin', 'hip and groin'),
  ...paired('front', 'thigh', 'thigh (front)'),
  ...paired('front', 'knee', 'knee (front)'),
  ...paired('front', 'shin', 'shin'),
  ...paired('front', 'ankle', 'ankle (front)'),
  ...paired('front', 'foot', 'top of foot'),
  midline('back', 'head', 'Back of head'),
  midline('back', 'neck', 'Back of neck'),
  ...paired('back', 'shoulder-blade', 'shoulder blade'),
  midline('back', 'upper-back', 'Upper back'),
  midline('back', 'mid-back', 'Middle back'),
  ...paired('back', 'low-back', 'side of lower back'),
  midline('back', 'low-back', 'Centre of lower back'),
  midline('back', 'sacrum', 'Tailbone area'),
  ...paired('back', 'buttock', 'buttock'),
  ...paired('back', 'thigh', 'thigh (back)'),
  ...paired('back', 'knee', 'back of knee'),
  ...paired('back', 'calf', 'calf'),
  ...paired('back', 'heel', 'heel and Achilles'),
  ...paired('back', 'sole', 'sole of foot'),
];

export const BODY_CHART_REGION_IDS: readonly string[] = BODY_CHART_REGIONS.map(
  (region) => region.id,
);

const regionsById = new Map(BODY_CHART_REGIONS.map((region) => [region.id, region]));

export function bodyChartRegionById(id: string): BodyChartRegion | undefined {
  return regionsById.get(id);
}
