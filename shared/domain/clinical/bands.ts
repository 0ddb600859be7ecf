/**
 * Tolerance bands as data. A band set splits one measure's range into named bands; each set
 * carries its source so reports can say where an edge comes from.
 */
import type { Source } from './sources';

export type Unit = 'points' | 'percent' | 'mm' | 'cm' | 'deg';

export interface BandEdge {
  readonly value: number;
  readonly inclusive: boolean;
}

export interface Band<Category extends string = string> {
  readonly category: Category;
  /** Own wording, shown to the practitioner and on reports. */
  readonly label: string;
  /** null = no lower limit. */
  readonly lower: BandEdge | null;
  /** null = no upper limit. */
  readonly upper: BandEdge | null;
  /** Whether landing in this band is reported as a finding (outside what the source treats as typical). */
  readonly isFinding: boolean;
  /** Said alongside a value in this band, where the evidence asks for it. */
  readonly note?: string;
}

export interface BandSet<Category extends string = string> {
  readonly id: string;
  readonly measure: string;
  readonly unit: Unit;
  /** Ordered from lowest to highest value. */
  readonly bands: readonly Band<Category>[];
  readonly source: Source;
  /** False when the reference marks an edge UNVERIFIED; such sets must never drive a hypothesis. */
  readonly verified: boolean;
  /** What the typical bands are called in sentences: "3 points above the normal range". */
  readonly typicalRangeName: string;
  readonly note?: string;
}

/** Shorthand for inclusive/exclusive edges when writing band data. */
export const atLeast = (value: number): BandEdge => ({ value, inclusive: true });
export const above = (value: number): BandEdge => ({ value, inclusive: false });
export const atMost = (value: number): BandEdge => ({ value, inclusive: true });
export const below = (value: number): BandEdge => ({ value, inclusive: false });

export function isInBand(band: Band, value: number): boolean {
  const { lower, upper } = band;
  if (lower && (lower.inclusive ? value < lower.value : value <= lower.value)) return false;
  if (upper && (upper.inclusive ? value > upper.value : value >= upper.value)) return false;
  return true;
}

/** The band a value falls in, or null when it lies outside every band of the set. */
export function classify<Category extends string>(
  set: BandSet<Category>,
  value: number,
): Band<Category> | null {
  return set.bands.find((band) => isInBand(band, value)) ?? null;
}

/** How far a value lies beyond the typical (non-finding) bands, with the edge it was measured from. */
export interface Excursion {
  readonly amount: number;
  readonly direction: 'above' | 'below';
  readonly edge: number;
  readonly unit: Unit;
}

/**
 * Distance from the value to the nearest edge of the typical range, or null when the value is
 * inside it (or the set has no typical band). The typical bands of a set are contiguous.
 */
export function excursionFromTypical(set: BandSet, value: number): Excursion | null {
  const typical = set.bands.filter((band) => !band.isFinding);
  if (typical.length === 0 || typical.some((band) => isInBand(band, value))) return null;
  const lowest = typical[0]?.lower ?? null;
  const highest = typical[typical.length - 1]?.upper ?? null;
  const isBelowTypical =
    lowest !== null && (value < lowest.value || (value === lowest.value && !lowest.inclusive));
  if (lowest && isBelowTypical) {
    return {
      amount: roundTo(lowest.value - value, 2),
      direction: 'below',
      edge: lowest.value,
      unit: set.unit,
    };
  }
  if (highest) {
    return {
      amount: roundTo(value - highest.value, 2),
      direction: 'above',
      edge: highest.value,
      unit: set.unit,
    };
  }
  return null;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The span of the typical bands as text, e.g. "0 to +5" — used in report sentences. */
export function typicalRangeText(set: BandSet, format: (value: number) => string): string | null {
  const typical = set.bands.filter((band) => !band.isFinding);
  const lowest = typical[0]?.lower ?? null;
  const highest = typical[typical.length - 1]?.upper ?? null;
  if (lowest && highest) return `${format(lowest.value)} to ${format(highest.value)}`;
  if (lowest) return `${lowest.inclusive ? 'at least' : 'more than'} ${format(lowest.value)}`;
  if (highest) return `${highest.inclusive ? 'at most' : 'less than'} ${format(highest.value)}`;
  return null;
}
