/**
 * The measures of one photo in words for the panel: a number to 0.1 with its unit and direction, or
 * what is still missing. Never a number for a measure that is not measured.
 */
import { landmarkPairs } from '../../../../shared/domain/landmark-sanity';
import {
  measureDefinition,
  measurePhoto,
  provisionalMeasures,
  type MeasureResult,
} from '../../../../shared/domain/photo-measures';
import type { UnitSystem } from '../../../../shared/domain/settings';
import type { LandmarkSet, PhotoView } from '../../../../shared/domain/photo-views';
import { toolLabel } from './annotation';

export interface MeasureRow {
  id: string;
  label: string;
  measured: boolean;
  /** Held back until a pair that looks swapped is swapped or kept as placed. */
  waiting: boolean;
  /** From suggested points she has not confirmed: shown, never printed or counted. */
  provisional?: boolean;
  /** "2.3°", "1.8 cm (36 px)", "Waiting" or "Not measured". */
  value: string;
  /** The direction in words, or what to place. */
  detail: string;
}

const CM_PER_INCH = 2.54;

const oneDecimal = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** To 0.1, with a proper minus sign and never "−0.0". */
export function tenths(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return oneDecimal.format(rounded === 0 ? 0 : rounded).replace('-', '\u2212');
}

function pixels(value: number): string {
  const rounded = Math.round(value);
  return `${wholeNumber.format(rounded === 0 ? 0 : rounded).replace('-', '\u2212')} px`;
}

function missingText(view: PhotoView, missing: readonly string[]): string {
  const names = missing.map((id) =>
    id === 'plumbLine' ? 'the plumb line' : toolLabel(view, { kind: 'landmark', id }),
  );
  const list =
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('; ')} and ${names.at(-1)}`;
  return `Place ${list}.`;
}

function waitingText(view: PhotoView, pairs: readonly string[]): string {
  const names = pairs.map(
    (pair) => landmarkPairs(view).find((item) => item.pair === pair)?.label ?? pair,
  );
  return `Check the sides of ${names.join(' and ')} first.`;
}

export function describeMeasures(
  view: PhotoView,
  set: LandmarkSet,
  units: UnitSystem,
): MeasureRow[] {
  const inPixels = set.calibration ? measurePhoto(view, { ...set, calibration: undefined }) : null;
  const provisional = provisionalMeasures(view, set);
  return measurePhoto(view, set).map((counted) => {
    const label = measureDefinition(counted.id)?.label ?? counted.id;
    const result = provisional.find((item) => item.id === counted.id) ?? counted;
    if (result !== counted && result.status === 'measured')
      return {
        id: result.id,
        label,
        measured: false,
        waiting: false,
        provisional: true,
        value: `${valueText(result, null, units)} provisional`,
        detail: `${result.direction}; from suggested points. Accept or move them to keep it.`,
      };
    if (result.status === 'not-measured' && result.waitingFor)
      return {
        id: result.id,
        label,
        measured: false,
        waiting: true,
        value: 'Waiting',
        detail: waitingText(view, result.waitingFor),
      };
    if (result.status === 'not-measured')
      return {
        id: result.id,
        label,
        measured: false,
        waiting: false,
        value: 'Not measured',
        detail: missingText(view, result.missing),
      };
    const value = valueText(result, inPixels, units);
    return {
      id: result.id,
      label,
      measured: true,
      waiting: false,
      value,
      detail: result.direction,
    };
  });
}

function valueText(
  result: Extract<MeasureResult, { status: 'measured' }>,
  inPixels: MeasureResult[] | null,
  units: UnitSystem,
): string {
  if (result.unit === 'deg') return `${tenths(result.value)}°`;
  if (result.unit === 'px') return pixels(result.value);
  const px = inPixels?.find((item) => item.id === result.id);
  const length =
    units === 'imperial'
      ? `${tenths(result.value / CM_PER_INCH)} in`
      : `${tenths(result.value)} cm`;
  return px?.status === 'measured' ? `${length} (${pixels(px.value)})` : length;
}
