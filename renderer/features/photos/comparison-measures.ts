/**
 * The measures of two photos of one view side by side, with the change from the earlier to the
 * later. A change is given only when both are measured in the same unit; never guessed.
 */
import {
  measureDefinition,
  measurePhoto,
  type MeasureResult,
} from '../../../shared/domain/photo-measures';
import type { LandmarkSet, PhotoView } from '../../../shared/domain/photo-views';
import type { UnitSystem } from '../../../shared/domain/settings';
import { tenths } from './annotator/measure-text';

export interface MeasureCell {
  readonly value: string;
  readonly detail: string;
}

export interface MeasureComparisonRow {
  readonly id: string;
  readonly label: string;
  readonly earlier: MeasureCell;
  readonly later: MeasureCell;
  /** "+1.2°", "No change", why there is none, or null when either photo lacks the measure. */
  readonly change: string | null;
}

const CM_PER_INCH = 2.54;

interface Shown {
  amount: number;
  unit: string;
}

function shown(result: MeasureResult, units: UnitSystem): Shown | null {
  if (result.status !== 'measured') return null;
  if (result.unit === 'deg') return { amount: result.value, unit: '°' };
  if (result.unit === 'px') return { amount: result.value, unit: ' px' };
  return units === 'imperial'
    ? { amount: result.value / CM_PER_INCH, unit: ' in' }
    : { amount: result.value, unit: ' cm' };
}

function cell(result: MeasureResult, units: UnitSystem): MeasureCell {
  const value = shown(result, units);
  if (!value || result.status !== 'measured')
    return { value: 'Not measured', detail: 'Landmarks missing' };
  const amount = result.unit === 'px' ? String(Math.round(value.amount)) : tenths(value.amount);
  return { value: `${amount.replace('-', '\u2212')}${value.unit}`, detail: result.direction };
}

function change(earlier: Shown | null, later: Shown | null): string | null {
  if (!earlier || !later) return null;
  if (earlier.unit !== later.unit) return 'Not comparable (one photo is not calibrated)';
  const difference = later.amount - earlier.amount;
  const text =
    earlier.unit === ' px'
      ? String(Math.round(Math.abs(difference)))
      : tenths(Math.abs(difference));
  if (/^0([.,]0)?$/.test(text)) return 'No change';
  return `${difference > 0 ? '+' : '\u2212'}${text}${earlier.unit}`;
}

export function compareMeasures(
  view: PhotoView,
  earlier: LandmarkSet,
  later: LandmarkSet,
  units: UnitSystem,
): MeasureComparisonRow[] {
  const before = measurePhoto(view, earlier);
  const after = measurePhoto(view, later);
  return before.map((first, index) => {
    const second = after[index]!;
    return {
      id: first.id,
      label: measureDefinition(first.id)?.label ?? first.id,
      earlier: cell(first, units),
      later: cell(second, units),
      change: change(shown(first, units), shown(second, units)),
    };
  });
}
