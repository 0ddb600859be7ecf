/**
 * Foot Posture Index (FPI-6). Item names are facts from the literature; the manual's per-score
 * wording and figures are © A. Redmond and are deliberately not reproduced — the form shows our
 * own short help and points the practitioner to the manual for the scoring criteria.
 */
import type { Band, BandSet } from './bands';
import { atLeast, atMost, classify } from './bands';
import { SOURCES } from './sources';

export const FPI6_ITEM_COUNT = 6;
export const FPI6_ITEM_MIN = -2;
export const FPI6_ITEM_MAX = 2;

export interface Fpi6Item {
  readonly number: number;
  readonly id: string;
  readonly part: 'rearfoot' | 'forefoot';
  readonly label: string;
  readonly help: string;
}

/** Source: Redmond et al. 2008 (SOURCES.fpiItems). Help text is our own wording. */
export const FPI6_ITEMS: readonly Fpi6Item[] = [
  {
    number: 1,
    id: 'talarHead',
    part: 'rearfoot',
    label: 'Talar head palpation',
    help: 'Feel the head of the talus either side of the ankle: which side stands out more.',
  },
  {
    number: 2,
    id: 'malleolarCurves',
    part: 'rearfoot',
    label: 'Curves above and below the outer ankle bone',
    help: 'Compare the curve of the skin just above and just below the lateral malleolus.',
  },
  {
    number: 3,
    id: 'calcanealPosition',
    part: 'rearfoot',
    label: 'Heel position from behind',
    help: 'Whether the heel bone sits tilted in, upright or tilted out, viewed from behind.',
  },
  {
    number: 4,
    id: 'talonavicularBulge',
    part: 'forefoot',
    label: 'Talonavicular area on the inner side',
    help: 'Whether the area in front of the inner ankle dips, is flat or bulges.',
  },
  {
    number: 5,
    id: 'medialArch',
    part: 'forefoot',
    label: 'Inner arch height and shape',
    help: 'How high and how evenly curved the inner arch is compared with a typical arch.',
  },
  {
    number: 6,
    id: 'forefootAbduction',
    part: 'forefoot',
    label: 'Forefoot turned in or out on the rearfoot',
    help: 'From behind, how many toes show on the inner compared with the outer side.',
  },
];

export type FpiCategory =
  'highly-supinated' | 'supinated' | 'normal' | 'pronated' | 'highly-pronated';

/**
 * FPI-6 total bands: −12…−5 highly supinated, −4…−1 supinated, 0…+5 normal, +6…+9 pronated,
 * +10…+12 highly pronated. Source: Redmond manual categories as reproduced (SOURCES.fpiBands).
 * The normal band reaches +5 because the healthy adult mean is about +4 (SOURCES.fpiNorms).
 */
export const FPI6_BANDS: BandSet<FpiCategory> = {
  id: 'fpi6-total',
  measure: 'FPI-6 total',
  unit: 'points',
  source: SOURCES.fpiBands,
  verified: true,
  typicalRangeName: 'normal range',
  note: 'The average healthy adult foot scores about +4, so up to +5 is normal, not flat.',
  bands: [
    {
      category: 'highly-supinated',
      label: 'Highly supinated',
      lower: atLeast(-12),
      upper: atMost(-5),
      isFinding: true,
    },
    {
      category: 'supinated',
      label: 'Supinated',
      lower: atLeast(-4),
      upper: atMost(-1),
      isFinding: true,
    },
    { category: 'normal', label: 'Normal', lower: atLeast(0), upper: atMost(5), isFinding: false },
    {
      category: 'pronated',
      label: 'Pronated',
      lower: atLeast(6),
      upper: atMost(9),
      isFinding: true,
    },
    {
      category: 'highly-pronated',
      label: 'Highly pronated',
      lower: atLeast(10),
      upper: atMost(12),
      isFinding: true,
    },
  ],
};

export interface Fpi6Score {
  /** Sum of the items that were scored. Equals the FPI-6 total only when `complete`. */
  readonly total: number;
  readonly itemsScored: number;
  /** Item numbers (1–6) that were omitted as unscorable. */
  readonly omittedItems: readonly number[];
  readonly complete: boolean;
  /** Lowest and highest totals the full six items could have given. */
  readonly possibleRange: { readonly min: number; readonly max: number };
  /**
   * The band, given only when every possible full total falls in the same band — so an omitted
   * item can never move the foot into a band we did not report.
   */
  readonly band: Band<FpiCategory> | null;
}

/**
 * Scores FPI-6 items (each −2…+2, null = omitted as unscorable).
 *
 * Omissions: the procedure says to omit an unscorable item and note it (SOURCES.fpiProcedure); no
 * source gives a prorating rule, so we never prorate. The partial sum is reported with the items
 * scored, and a band is given only when the omitted items (each −2…+2) could not change it.
 * Returns null when no item was scored.
 */
export function scoreFpi6(items: readonly (number | null)[]): Fpi6Score | null {
  if (items.length !== FPI6_ITEM_COUNT) {
    throw new RangeError(`FPI-6 has ${FPI6_ITEM_COUNT} items; received ${items.length}.`);
  }
  let total = 0;
  const omittedItems: number[] = [];
  items.forEach((item, index) => {
    if (item === null) {
      omittedItems.push(index + 1);
      return;
    }
    if (!Number.isInteger(item) || item < FPI6_ITEM_MIN || item > FPI6_ITEM_MAX) {
      throw new RangeError('Each FPI-6 item is scored from −2 to +2.');
    }
    total += item;
  });
  const itemsScored = FPI6_ITEM_COUNT - omittedItems.length;
  if (itemsScored === 0) return null;
  const possibleRange = {
    min: total + omittedItems.length * FPI6_ITEM_MIN,
    max: total + omittedItems.length * FPI6_ITEM_MAX,
  };
  const lowestBand = classify(FPI6_BANDS, possibleRange.min);
  const highestBand = classify(FPI6_BANDS, possibleRange.max);
  const band = lowestBand !== null && lowestBand === highestBand ? lowestBand : null;
  return {
    total,
    itemsScored,
    omittedItems,
    complete: omittedItems.length === 0,
    possibleRange,
    band,
  };
}
